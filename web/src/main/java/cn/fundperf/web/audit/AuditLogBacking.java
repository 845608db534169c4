package cn.fundperf.web.audit;

import cn.fundperf.ejb.audit.AuditFilter;
import cn.fundperf.ejb.audit.AuditService;
import cn.fundperf.ejb.audit.ChainVerification;
import cn.fundperf.ejb.platform.ClockProducer;
import cn.fundperf.web.faces.PagedModel;
import cn.fundperf.web.faces.Texts;
import cn.fundperf.web.faces.UserLocale;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.OutputStreamWriter;
import java.io.Serializable;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.ResourceBundle;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;

/** 审计日志 (审计管理员): filter, page in words, export as CSV (codes as recorded), verify the hash chain. */
@Named
@ViewScoped
public class AuditLogBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    AuditService audit;

    @Inject
    UserLocale userLocale;

    @Inject
    ClockProducer clocks;

    private LocalDate from;
    private LocalDate to;
    private String username;
    private String action;
    private String entityType;
    private PagedModel<AuditRow> model;
    private ChainVerification verification;

    @PostConstruct
    void init() {
        model = new PagedModel<>(() -> audit.count(filter()),
                (first, max) -> audit.find(filter(), first, max).stream().map(words()::row).toList(),
                AuditRow::getSequence);
    }

    private AuditFilter filter() {
        return new AuditFilter(from == null ? null : from.atStartOfDay(), to == null ? null : to.plusDays(1).atStartOfDay(),
                username, action, entityType);
    }

    private AuditWords words() {
        return new AuditWords(ResourceBundle.getBundle(Texts.BUNDLE, userLocale.getLocale()));
    }

    public void verify() {
        verification = audit.verifyChain();
        if (verification.intact()) {
            Texts.info("audit.chain.intact", verification.checkedCount());
        } else {
            Texts.error("audit.chain.broken", verification.brokenAtSequence(), verification.reason());
        }
    }

    public StreamedContent getCsv() {
        AuditFilter filter = filter();
        return DefaultStreamedContent.builder()
                .name("audit-" + DateTimeFormatter.BASIC_ISO_DATE.format(LocalDate.now(clocks.zone())) + ".csv")
                .contentType("text/csv; charset=UTF-8")
                .writer(out -> {
                    Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
                    audit.exportCsv(filter, writer);
                    try {
                        writer.flush();
                    } catch (java.io.IOException e) {
                        throw new java.io.UncheckedIOException(e);
                    }
                })
                .build();
    }

    public List<AuditWords.Choice> getEvents() { return words().events(); }
    public List<AuditWords.Choice> getObjectTypes() { return words().objectTypes(); }
    public PagedModel<AuditRow> getModel() { return model; }
    public ChainVerification getVerification() { return verification; }
    public LocalDate getFrom() { return from; }
    public void setFrom(LocalDate from) { this.from = from; }
    public LocalDate getTo() { return to; }
    public void setTo(LocalDate to) { this.to = to; }
    public String getUsername() { return username; }
    public void setUsername(String username) { this.username = username; }
    public String getAction() { return action; }
    public void setAction(String action) { this.action = action; }
    public String getEntityType() { return entityType; }
    public void setEntityType(String entityType) { this.entityType = entityType; }
}
