package cn.fundperf.ejb.approval;

import cn.fundperf.ejb.business.BusinessException;
import cn.fundperf.ejb.task.BackgroundTask;
import cn.fundperf.ejb.task.TaskKind;
import cn.fundperf.ejb.task.TaskOutcome;
import cn.fundperf.ejb.task.TaskWork;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.util.Arrays;
import java.util.List;

/**
 * A large 备案 batch: each sheet filed in its own transaction, so that one sheet that cannot be
 * filed (no budget yet, moved on meanwhile) does not hold back the others. Those stay in the list
 * of sheets awaiting filing, where the screen says why.
 */
@Dependent
public class BatchFilingWork implements TaskWork {

    @Inject
    ApprovalService approvals;

    @Override
    public TaskKind kind() {
        return TaskKind.BATCH_FILING;
    }

    @Override
    public TaskOutcome execute(BackgroundTask task, Progress progress) {
        List<Long> ids = Arrays.stream(task.getParameters().split(",")).map(Long::valueOf).toList();
        int filed = 0;
        int notFiled = 0;
        for (int i = 0; i < ids.size(); i++) {
            try {
                if (approvals.fileOne(ids.get(i)).isPresent()) {
                    filed++;
                }
            } catch (BusinessException refused) {
                notFiled++;
            }
            if (i % 10 == 9 || i == ids.size() - 1) {
                progress.report(i + 1, ids.size());
            }
        }
        return TaskOutcome.message("task.filing.done", filed, notFiled);
    }
}
