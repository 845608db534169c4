package cn.fundperf.ejb.monitoring;

import cn.fundperf.ejb.targetsheet.IndicatorTarget;
import cn.fundperf.ejb.targetsheet.IndicatorValue;
import cn.fundperf.ejb.validation.Measure;
import cn.fundperf.ejb.validation.Text;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A line of a monitoring report: what the unit wrote for one indicator (by its stable key) and how
 * the warning rules judged it. Whether evidence backs it is kept beside, so every table can mark
 * unverified values.
 */
@Embeddable
public class ReportedIndicator implements Serializable {

    private static final long serialVersionUID = 1L;

    @Column(name = "indicator_key", nullable = false, length = 36)
    private String key;

    @Column(name = "position", nullable = false)
    private int position;

    @Enumerated(EnumType.STRING)
    @Column(name = "value_kind", length = 12)
    private IndicatorTarget.Kind kind;

    /** A time limit's deadline in the target's year (null for other kinds and for recurring limits). */
    @Column(name = "deadline")
    private LocalDate deadline;

    @Column(name = "achieved", precision = 18, scale = 4)
    @Measure
    private BigDecimal achieved;

    @Column(name = "expected", precision = 18, scale = 4)
    @Measure
    private BigDecimal expected;

    @Column(name = "done_on")
    private LocalDate doneOn;

    @Column(name = "statement", length = 500)
    @Text(max = 500)
    private String statement;

    @Column(name = "on_track")
    private Boolean onTrack;

    @Enumerated(EnumType.STRING)
    @Column(name = "likelihood", length = 16)
    private Likelihood likelihood;

    @Enumerated(EnumType.STRING)
    @Column(name = "deviation_cause", length = 16)
    private DeviationCause cause;

    @Column(name = "deviation_reason", length = 1000)
    @Text(max = 1000)
    private String reason;

    @Column(name = "corrective_measure", length = 1000)
    @Text(max = 1000)
    private String measure;

    @Column(name = "progress", precision = 9, scale = 1)
    private BigDecimal progress;

    @Column(name = "forecast", precision = 9, scale = 1)
    private BigDecimal forecast;

    @Enumerated(EnumType.STRING)
    @Column(name = "line_level", length = 8)
    private WarningLevel level;

    @Column(name = "evidenced", nullable = false)
    private boolean evidenced;

    protected ReportedIndicator() {
    }

    ReportedIndicator(String key, int position) {
        this.key = key;
        this.position = position;
    }

    /** What the approved target is: the nightly batch judges by kind and, for a time limit, by its deadline. */
    void describe(IndicatorValue target, int fiscalYear) {
        this.kind = target == null ? null : IndicatorTarget.of(target).kind();
        this.deadline = target instanceof IndicatorValue.TimeLimit limit ? limit.deadline(fiscalYear).orElse(null) : null;
    }

    void write(LineEntry entry) {
        this.achieved = entry.achieved();
        this.expected = entry.expected();
        this.doneOn = entry.doneOn();
        this.statement = entry.statement();
        this.likelihood = entry.likelihood();
        this.onTrack = entry.likelihood() == null ? null : !entry.isOffTrack();
        this.cause = entry.cause();
        this.reason = entry.reason();
        this.measure = entry.measure();
    }

    void judged(IndicatorOutcome outcome) {
        this.progress = outcome.progress();
        this.forecast = outcome.forecast();
        this.level = outcome.level();
    }

    void evidenced(boolean evidenced) {
        this.evidenced = evidenced;
    }

    public LineEntry entry() {
        return new LineEntry(key, achieved, expected, doneOn, statement, likelihood, cause, reason, measure);
    }

    public String getKey() { return key; }
    public IndicatorTarget.Kind getKind() { return kind; }
    public LocalDate getDeadline() { return deadline; }
    public int getPosition() { return position; }
    public BigDecimal getAchieved() { return achieved; }
    public BigDecimal getExpected() { return expected; }
    public LocalDate getDoneOn() { return doneOn; }
    public String getStatement() { return statement; }
    public Boolean getOnTrack() { return onTrack; }
    public Likelihood getLikelihood() { return likelihood; }
    public DeviationCause getCause() { return cause; }
    public String getReason() { return reason; }
    public String getMeasure() { return measure; }
    public BigDecimal getProgress() { return progress; }
    public BigDecimal getForecast() { return forecast; }
    public WarningLevel getLevel() { return level; }
    public boolean isEvidenced() { return evidenced; }
}
