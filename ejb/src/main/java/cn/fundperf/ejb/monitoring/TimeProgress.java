package cn.fundperf.ejb.monitoring;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * 时间进度: the share of the fiscal year (the calendar year in China) elapsed at the end of a
 * day, in percent with one decimal. The day itself counts: at 31 March 90 of 365 days are gone
 * (24.7 %), 91 of 366 in a leap year (24.9 %); at 31 December 100 %.
 */
public final class TimeProgress {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private TimeProgress() {
    }

    public static BigDecimal at(LocalDate day, int fiscalYear) {
        LocalDate start = LocalDate.of(fiscalYear, 1, 1);
        if (day.isBefore(start)) {
            return BigDecimal.ZERO.setScale(1);
        }
        long elapsed = Math.min(ChronoUnit.DAYS.between(start, day) + 1, start.lengthOfYear());
        return percent(BigDecimal.valueOf(elapsed), BigDecimal.valueOf(start.lengthOfYear()));
    }

    /** part / whole in percent, one decimal, half up; null when the whole is not positive. */
    static BigDecimal percent(BigDecimal part, BigDecimal whole) {
        if (part == null || whole == null || whole.signum() <= 0) {
            return null;
        }
        return part.multiply(HUNDRED).divide(whole, 1, RoundingMode.HALF_UP);
    }
}
