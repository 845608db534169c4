package cn.fundperf.web.organization;

import cn.fundperf.ejb.directory.OrganizationService;
import cn.fundperf.ejb.organization.Organization;
import cn.fundperf.web.faces.PagedModel;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;

/** 单位通讯录: the organizations within the user's data scope. */
@Named
@ViewScoped
public class DirectoryBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    OrganizationService organizations;

    private String text;
    private PagedModel<Organization> model;

    @PostConstruct
    void init() {
        model = new PagedModel<>(() -> organizations.directoryCount(text),
                (first, max) -> organizations.directory(text, first, max), Organization::getId);
    }

    public PagedModel<Organization> getModel() {
        return model;
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }
}
