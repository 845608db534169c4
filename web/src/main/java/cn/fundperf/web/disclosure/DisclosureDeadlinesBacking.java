package cn.fundperf.web.disclosure;

import cn.fundperf.ejb.disclosure.DisclosureDeadlineService;
import cn.fundperf.ejb.disclosure.DueDisclosure;
import cn.fundperf.ejb.disclosure.TargetPublication;
import cn.fundperf.ejb.platform.ClockProducer;
import cn.fundperf.web.faces.PagedModel;
import cn.fundperf.web.faces.Texts;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** 目标公开时限: finance's list of approved targets overdue or due soon for publication, and the record that they were published. */
@Named
@ViewScoped
public class DisclosureDeadlinesBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    DisclosureDeadlineService deadlines;

    private PagedModel<DueDisclosure> due;
    private long overdue;
    private int workingDays;
    private List<DueDisclosure> chosen = new ArrayList<>();
    private LocalDate publishedOn = LocalDate.now(ClockProducer.officeZone());
    private String channel;

    @PostConstruct
    void init() {
        overdue = deadlines.countOverdue();
        workingDays = deadlines.deadline().workingDays();
        due = new PagedModel<>(() -> deadlines.countDue(), (first, max) -> deadlines.due(first, max), DueDisclosure::versionId);
    }

    public void recordPublication() {
        List<TargetPublication> recorded = deadlines.recordPublication(chosen.stream().map(DueDisclosure::versionId).toList(), publishedOn, channel);
        Texts.info("disclosure.publication.recorded", recorded.size());
        chosen = new ArrayList<>();
        channel = null;
        overdue = deadlines.countOverdue();
    }

    public PagedModel<DueDisclosure> getDue() { return due; }
    public long getOverdue() { return overdue; }
    public boolean isAnyOverdue() { return overdue > 0; }
    public int getWorkingDays() { return workingDays; }
    public List<DueDisclosure> getChosen() { return chosen; }
    public void setChosen(List<DueDisclosure> chosen) { this.chosen = chosen; }
    public LocalDate getPublishedOn() { return publishedOn; }
    public void setPublishedOn(LocalDate publishedOn) { this.publishedOn = publishedOn; }
    public String getChannel() { return channel; }
    public void setChannel(String channel) { this.channel = channel; }
}
