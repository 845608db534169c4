package cn.fundperf.web.home;

import cn.fundperf.ejb.worklist.Task;
import cn.fundperf.ejb.worklist.WorklistService;
import cn.fundperf.web.security.CurrentUser;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

/** The home page's 我的待办. */
@Named
@RequestScoped
public class HomeBacking {

    @Inject
    WorklistService worklist;

    @Inject
    CurrentUser currentUser;

    private List<Task> tasks;

    public List<Task> getTasks() {
        if (tasks == null) {
            tasks = currentUser.isBusinessUser() ? worklist.tasks() : List.of();
        }
        return tasks;
    }
}
