package cn.fundperf.web.monitoring;

import cn.fundperf.ejb.monitoring.MonitoringPeriod;
import cn.fundperf.ejb.monitoring.MonitoringSchedule;
import cn.fundperf.ejb.monitoring.MonitoringService;
import cn.fundperf.ejb.monitoring.MonitoringTask;
import cn.fundperf.ejb.monitoring.ReportStatus;
import cn.fundperf.ejb.monitoring.WarningLevel;
import cn.fundperf.ejb.platform.ClockProducer;
import cn.fundperf.web.faces.PagedModel;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.ByteArrayInputStream;
import java.io.Serializable;
import java.time.LocalDate;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;

/** 监控填报: a unit's reports to make and made; for departments, finance and others the reports in their scope. */
@Named
@ViewScoped
public class MonitoringTasksBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    MonitoringService monitoring;

    @Inject
    MonitoringSchedule schedule;

    private String periodName;

    private Integer year = LocalDate.now(ClockProducer.officeZone()).getYear();
    private Long periodId;
    private ReportStatus status;
    private WarningLevel level;
    private Boolean overdue;
    private final PagedModel<MonitoringTask> tasks = new PagedModel<>(() -> monitoring.taskCount(filter()),
            (first, max) -> monitoring.tasks(filter(), first, max), MonitoringTask::getId);

    private MonitoringService.TaskFilter filter() {
        return new MonitoringService.TaskFilter(periodId == null ? year : null, periodId, status, level, overdue);
    }

    /** Came from the dashboard with a period (and a level, or overdue): the list shows that period only. */
    public void load() {
        if (periodId != null) {
            periodName = schedule.periods(year).stream().filter(p -> p.getId().equals(periodId)).map(MonitoringPeriod::getName)
                    .findFirst().orElse(null);
        }
    }

    /** Back to every period of the year. */
    public void allPeriods() {
        periodId = null;
        periodName = null;
        overdue = null;
        reload();
    }

    /** Every report of the chosen period in the user's scope, one form a worksheet (or page). */
    public StreamedContent getPeriodXlsx() {
        return periodForms(false);
    }

    public StreamedContent getPeriodPdf() {
        return periodForms(true);
    }

    private StreamedContent periodForms(boolean pdf) {
        byte[] file = monitoring.forms(periodId, pdf);
        return DefaultStreamedContent.builder().name(periodName + " 绩效运行监控表" + (pdf ? ".pdf" : ".xlsx"))
                .contentType(pdf ? "application/pdf" : "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
                .stream(() -> new ByteArrayInputStream(file)).build();
    }

    public void reload() {
        PagedModel.showFirstPage(":tasks:table");
    }

    public ReportStatus[] getStatuses() { return ReportStatus.values(); }
    public WarningLevel[] getLevels() { return WarningLevel.values(); }
    public Long getPeriodId() { return periodId; }
    public void setPeriodId(Long periodId) { this.periodId = periodId; }
    public String getPeriodName() { return periodName; }
    public Boolean getOverdue() { return overdue; }
    public void setOverdue(Boolean overdue) { this.overdue = overdue; }
    public Integer getYear() { return year; }
    public void setYear(Integer year) { this.year = year; }
    public ReportStatus getStatus() { return status; }
    public void setStatus(ReportStatus status) { this.status = status; }
    public WarningLevel getLevel() { return level; }
    public void setLevel(WarningLevel level) { this.level = level; }
    public PagedModel<MonitoringTask> getTasks() { return tasks; }
}
