package cn.fundperf.ejb.monitoring;

import cn.fundperf.ejb.validation.Measure;
import cn.fundperf.ejb.validation.Text;
import jakarta.validation.constraints.NotNull;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * What the unit writes for one indicator on the 绩效运行监控表, from a screen, an import or the
 * API: the indicator is named by its stable key; numbers are in the target's unit.
 *
 * @param achieved  1-X月执行情况 of a quantity or range
 * @param expected  全年预计完成情况
 * @param doneOn    the day a time limit's work was finished, if it was
 * @param statement what was achieved, in words (qualitative indicators, or beside a number)
 * @param onTrack   whether the unit expects to meet the target; false asks for a cause, a reason and a measure
 */
public record LineEntry(@NotNull @Text(max = 36) String key,
                        @Measure BigDecimal achieved,
                        @Measure BigDecimal expected,
                        LocalDate doneOn,
                        @Text(max = 500) String statement,
                        Likelihood likelihood,
                        DeviationCause cause,
                        @Text(max = 1000) String reason,
                        @Text(max = 1000) String measure) implements Serializable {

    public LineEntry {
        statement = blankAsNull(statement);
        reason = blankAsNull(reason);
        measure = blankAsNull(measure);
    }

    /** Off track: the unit does not say it will certainly meet the target. */
    public boolean isOffTrack() {
        return likelihood != null && likelihood != Likelihood.CERTAIN;
    }

    private static String blankAsNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    // bean-style accessors for Jakarta EL 5, which does not read record components
    public String getKey() { return key; }
    public BigDecimal getAchieved() { return achieved; }
    public BigDecimal getExpected() { return expected; }
    public LocalDate getDoneOn() { return doneOn; }
    public String getStatement() { return statement; }
    public Likelihood getLikelihood() { return likelihood; }
    public DeviationCause getCause() { return cause; }
    public String getReason() { return reason; }
    public String getMeasure() { return measure; }
}
