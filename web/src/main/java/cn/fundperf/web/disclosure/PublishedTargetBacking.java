package cn.fundperf.web.disclosure;

import cn.fundperf.ejb.disclosure.DisclosureService;
import cn.fundperf.ejb.disclosure.PublishedTarget;
import cn.fundperf.ejb.platform.ShortLivedCache;
import cn.fundperf.web.faces.StatelessView;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
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

    @PostConstruct
    void stateless() {
        StatelessView.keepNoState();
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
