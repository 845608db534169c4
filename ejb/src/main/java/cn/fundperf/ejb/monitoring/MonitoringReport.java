package cn.fundperf.ejb.monitoring;

import cn.fundperf.ejb.targetsheet.IndicatorLine;
import java.util.List;

/**
 * A task as its screen and its 绩效运行监控表 show it: the report, the indicators of the approved
 * version it reports against (in order, each with its key) and the evidence files.
 */
public record MonitoringReport(MonitoringTask task, List<IndicatorLine> indicators, List<MonitoringEvidence> evidence) {

    public MonitoringReport {
        indicators = List.copyOf(indicators);
        evidence = List.copyOf(evidence);
    }

    public MonitoringTask getTask() { return task; }
    public List<IndicatorLine> getIndicators() { return indicators; }
    public List<MonitoringEvidence> getEvidence() { return evidence; }
}
