package cn.fundperf.web.monitoring;

import cn.fundperf.ejb.monitoring.DeviationCause;
import cn.fundperf.ejb.monitoring.Likelihood;
import cn.fundperf.ejb.monitoring.LineEntry;
import cn.fundperf.ejb.monitoring.ReportedIndicator;
import cn.fundperf.ejb.targetsheet.IndicatorLine;
import cn.fundperf.ejb.targetsheet.IndicatorValue;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;

/** One line of the 绩效运行监控表 as the form edits it: the approved indicator beside what the unit writes. */
public class ReportRow implements Serializable {

    private static final long serialVersionUID = 1L;

    private final int number;
    private final IndicatorLine indicator;
    private final ReportedIndicator reported;
    private BigDecimal achieved;
    private BigDecimal expected;
    private LocalDate doneOn;
    private String statement;
    private Likelihood likelihood;
    private DeviationCause cause;
    private String reason;
    private String measure;

    ReportRow(int number, IndicatorLine indicator, ReportedIndicator reported) {
        this.number = number;
        this.indicator = indicator;
        this.reported = reported;
        if (reported != null) {
            achieved = reported.getAchieved();
            expected = reported.getExpected();
            doneOn = reported.getDoneOn();
            statement = reported.getStatement();
            likelihood = reported.getLikelihood();
            cause = reported.getCause();
            reason = reported.getReason();
            measure = reported.getMeasure();
        }
    }

    LineEntry entry() {
        return new LineEntry(indicator.key(), achieved, expected, doneOn, statement, likelihood, cause, reason, measure);
    }

    /** A number or a range: achieved and expected are numbers in the target's unit. */
    public boolean isQuantitative() {
        return indicator.isQuantitative();
    }

    public boolean isTimeLimit() {
        return indicator.targetValue() instanceof IndicatorValue.TimeLimit;
    }

    public int getNumber() { return number; }
    public IndicatorLine getIndicator() { return indicator; }
    public ReportedIndicator getReported() { return reported; }
    public boolean isEvidenced() { return reported != null && reported.isEvidenced(); }
    public BigDecimal getAchieved() { return achieved; }
    public void setAchieved(BigDecimal achieved) { this.achieved = achieved; }
    public BigDecimal getExpected() { return expected; }
    public void setExpected(BigDecimal expected) { this.expected = expected; }
    public LocalDate getDoneOn() { return doneOn; }
    public void setDoneOn(LocalDate doneOn) { this.doneOn = doneOn; }
    public String getStatement() { return statement; }
    public void setStatement(String statement) { this.statement = statement; }
    public Likelihood getLikelihood() { return likelihood; }
    public void setLikelihood(Likelihood likelihood) { this.likelihood = likelihood; }
    public DeviationCause getCause() { return cause; }
    public void setCause(DeviationCause cause) { this.cause = cause; }
    public String getReason() { return reason; }
    public void setReason(String reason) { this.reason = reason; }
    public String getMeasure() { return measure; }
    public void setMeasure(String measure) { this.measure = measure; }
}
