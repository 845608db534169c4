package cn.fundperf.web.monitoring;

import cn.fundperf.ejb.monitoring.MonitoringPeriod;
import cn.fundperf.ejb.monitoring.MonitoringSchedule;
import cn.fundperf.ejb.permission.Permission;
import cn.fundperf.ejb.platform.ClockProducer;
import cn.fundperf.ejb.security.CurrentActor;
import cn.fundperf.web.faces.Texts;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;

/** 监控期: finance sees the year's periods, adds one (an ad-hoc check, a month of 重点监控) and may open one at once. */
@Named
@ViewScoped
public class MonitoringPeriodsBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    MonitoringSchedule schedule;

    @Inject
    CurrentActor currentActor;

    private int year = LocalDate.now(ClockProducer.officeZone()).getYear();
    private List<MonitoringPeriod> periods = List.of();
    private String name;
    private LocalDate periodEnd;
    private LocalDate opensOn;
    private LocalDate deadline;
    private boolean keyOnly;

    @PostConstruct
    void init() {
        load();
    }

    public void load() {
        periods = schedule.periods(year);
    }

    public void add() {
        MonitoringPeriod added = schedule.addPeriod(year, name, periodEnd, opensOn, deadline, keyOnly);
        Texts.info("monitoring.period.added", added.getName());
        name = null;
        periodEnd = null;
        opensOn = null;
        deadline = null;
        keyOnly = false;
        load();
    }

    /** Opens a period before its day (the job would on its opening day): its tasks are created now. */
    public void openNow(MonitoringPeriod period) {
        int tasks = schedule.openNow(period.getId(), period.getVersion());
        Texts.info(tasks > 0 ? "monitoring.period.opened" : "monitoring.period.openAlready", period.getName(), tasks);
        load();
    }

    public boolean isCanManage() {
        return currentActor.get().may(Permission.MONITORING_MANAGE);
    }

    public int getYear() { return year; }
    public void setYear(int year) { this.year = year; }
    public List<MonitoringPeriod> getPeriods() { return periods; }
    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
    public LocalDate getPeriodEnd() { return periodEnd; }
    public void setPeriodEnd(LocalDate periodEnd) { this.periodEnd = periodEnd; }
    public LocalDate getOpensOn() { return opensOn; }
    public void setOpensOn(LocalDate opensOn) { this.opensOn = opensOn; }
    public LocalDate getDeadline() { return deadline; }
    public void setDeadline(LocalDate deadline) { this.deadline = deadline; }
    public boolean isKeyOnly() { return keyOnly; }
    public void setKeyOnly(boolean keyOnly) { this.keyOnly = keyOnly; }
}
