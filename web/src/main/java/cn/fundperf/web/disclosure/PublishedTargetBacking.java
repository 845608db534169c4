package cn.fundperf.web.disclosure;

import cn.fundperf.ejb.disclosure.DisclosureService;
import cn.fundperf.ejb.disclosure.PublishedTarget;
import cn.fundperf.ejb.platform.ShortLivedCache;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import java.util.Optional;

/** 信息公开: one published target with its indicators, at its own address (/public/target.xhtml?version=…). */
@Named
@RequestScoped
public class PublishedTargetBacking {

    @Inject
    DisclosureService disclosure;

    @Inject
    ShortLivedCache cache;

    private long version;
    private Optional<PublishedTarget> target;

    /** No view state is kept for a visitor: the page is built afresh on every request, also when a button posts. */
    @PostConstruct
    void stateless() {
        FacesContext context = FacesContext.getCurrentInstance();
        if (context != null && context.getViewRoot() != null) {
            context.getViewRoot().setTransient(true);
        }
    }

    public PublishedTarget getTarget() {
        if (target == null) {
            long id = version;
            target = cache.get(List.of("target", id), () -> disclosure.target(id));
        }
        return target.orElse(null);
    }

    public long getVersion() { return version; }
    public void setVersion(long version) { this.version = version; }
}
