package cn.fundperf.ejb.targetsheet;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A target value as offices write it (指标值): a quantity ("≥100公里", "100%", "1600元/亩"), a range
 * ("90-95%"), a time limit ("2023年12月前", "每年12月底前", "当年") or qualitative text ("明显改善").
 * One grammar serves screens, import and export: {@link #parse} reads every written form,
 * {@link #print} writes the canonical one, and {@code parse(v.print())} equals {@code v}.
 * Immutable.
 */
public sealed interface IndicatorValue extends Serializable
        permits IndicatorValue.Quantity, IndicatorValue.Range, IndicatorValue.TimeLimit, IndicatorValue.Qualitative {

    /** Prefix that keeps a qualitative text qualitative when it would otherwise read as a number or date. */
    String QUALITATIVE_MARKER = "定性：";

    /**
     * Reads a written value. Anything that is not exactly a quantity, range or time limit is
     * qualitative text, so every non-blank text is accepted.
     *
     * @throws IllegalArgumentException when the text is blank (an empty cell is the caller's to judge)
     */
    static IndicatorValue parse(String written) {
        return IndicatorValueGrammar.parse(written);
    }

    /** The canonical written form, the one screens, the workbook and the PDF show. */
    String print();

    /** The last day by which the value is due in a fiscal year; only time limits have one. */
    default Optional<LocalDate> deadline(int fiscalYear) {
        return Optional.empty();
    }

    /** A cost (成本指标) is normally a ceiling: a written ≥ or > on one deserves a second look (issue 12 §7). */
    default boolean isFloorOnCost(IndicatorLevel2 level2) {
        return level2 == IndicatorLevel2.COST && this instanceof Quantity q
                && (q.operator() == Operator.GE || q.operator() == Operator.GT);
    }

    /** How the value sits in a library template's usual range; only comparable when the units agree. */
    default RangeFit fit(IndicatorQuality.UsualRange usual, String templateUnit) {
        return RangeFit.NOT_COMPARABLE;
    }

    /** Far outside when any of the numbers is (a range: either bound). */
    private static RangeFit fitOf(IndicatorQuality.UsualRange usual, List<BigDecimal> values) {
        if (usual == null || values.isEmpty() || usual.min() == null && usual.max() == null) {
            return RangeFit.NOT_COMPARABLE;
        }
        return values.stream().anyMatch(v -> IndicatorQuality.outside(v, usual)) ? RangeFit.FAR_OUTSIDE : RangeFit.USUAL;
    }

    /** Result of comparing a value with a template's usual range. */
    enum RangeFit {
        /** Not far outside (see {@link IndicatorQuality#outside}). */
        USUAL,
        /** Below half the usual minimum or above twice the usual maximum. */
        FAR_OUTSIDE,
        /** Not a number, no range, or units that do not convert into each other. */
        NOT_COMPARABLE
    }

    /**
     * Optional operator, number, optional unit. A null operator means none was written: what it
     * stands for depends on the indicator kind ({@link ImplicitOperators}).
     */
    record Quantity(Operator operator, BigDecimal number, String unit) implements IndicatorValue {

        private static final long serialVersionUID = 1L;

        public Quantity {
            if (operator == Operator.QUALITATIVE) {
                throw new IllegalArgumentException("a quantity needs a comparison operator, not " + operator);
            }
            number = IndicatorValueGrammar.normal(Objects.requireNonNull(number, "number"));
            unit = IndicatorValueGrammar.unit(unit);
            if (operator == null && IndicatorValueGrammar.readsAsTimeLimit(print(null, number, unit))) {
                throw new IllegalArgumentException(print(null, number, unit) + " without operator reads as a time limit");
            }
        }

        public static Quantity of(Operator operator, String number, String unit) {
            return new Quantity(operator, new BigDecimal(number), unit);
        }

        public boolean operatorWritten() {
            return operator != null;
        }

        /** The written operator, else the one the rule set implies for this kind of indicator. */
        public Operator operator(IndicatorLevel2 level2, ImplicitOperators implicit) {
            return operator != null ? operator : implicit.implied(level2, isRate());
        }

        /** Percent or per mille: rates default to "at least". */
        public boolean isRate() {
            return "%".equals(unit) || "‰".equals(unit);
        }

        /** The number in another unit when the two convert (公里→米, 万元→元...). */
        public Optional<BigDecimal> in(String otherUnit) {
            return IndicatorUnit.convert(number, unit, otherUnit);
        }

        @Override
        public String print() {
            return print(operator, number, unit);
        }

        private static String print(Operator operator, BigDecimal number, String unit) {
            return (operator == null ? "" : operator.symbol()) + number.toPlainString() + (unit == null ? "" : unit);
        }

        @Override
        public RangeFit fit(IndicatorQuality.UsualRange usual, String templateUnit) {
            return IndicatorValue.fitOf(usual, in(templateUnit).stream().toList());
        }

        @Override
        public String toString() {
            return print();
        }
    }

    /** Both bounds included: "0-20", "90%~95%" (one unit for both). */
    record Range(BigDecimal lower, BigDecimal upper, String unit) implements IndicatorValue {

        private static final long serialVersionUID = 1L;

        public Range {
            lower = IndicatorValueGrammar.normal(Objects.requireNonNull(lower, "lower"));
            upper = IndicatorValueGrammar.normal(Objects.requireNonNull(upper, "upper"));
            unit = IndicatorValueGrammar.unit(unit);
            if (lower.compareTo(upper) >= 0) {
                throw new IllegalArgumentException("the lower bound " + lower + " is not below " + upper);
            }
            if (IndicatorValueGrammar.readsAsMonthSpan(lower, upper, unit)) {
                throw new IllegalArgumentException(lower + "-" + upper + " reads as a span of months");
            }
        }

        public static Range of(String lower, String upper, String unit) {
            return new Range(new BigDecimal(lower), new BigDecimal(upper), unit);
        }

        public boolean contains(BigDecimal value) {
            return lower.compareTo(value) <= 0 && value.compareTo(upper) <= 0;
        }

        @Override
        public String print() {
            // "-" as offices write it; "~" when a bound is negative, where "-" would be ambiguous
            String separator = lower.signum() < 0 || upper.signum() < 0 ? "~" : "-";
            return lower.toPlainString() + separator + upper.toPlainString() + (unit == null ? "" : unit);
        }

        @Override
        public RangeFit fit(IndicatorQuality.UsualRange usual, String templateUnit) {
            Optional<BigDecimal> low = IndicatorUnit.convert(lower, unit, templateUnit);
            Optional<BigDecimal> high = IndicatorUnit.convert(upper, unit, templateUnit);
            return low.isEmpty() || high.isEmpty() ? RangeFit.NOT_COMPARABLE : IndicatorValue.fitOf(usual, List.of(low.get(), high.get()));
        }

        @Override
        public String toString() {
            return print();
        }
    }

    /**
     * A deadline or period: year (a calendar year, 当年, 次年, 每年 or unstated = the fiscal year),
     * month and day when written, and the qualifier after it. "9月前" is September of the fiscal
     * year; "每年12月底前" recurs in every year of a multi-year project.
     */
    record TimeLimit(Year year, Integer calendarYear, Integer month, Integer day, Qualifier qualifier) implements IndicatorValue {

        private static final long serialVersionUID = 1L;

        /** Which year the time limit names. */
        public enum Year {
            /** "2023年". */
            CALENDAR(""),
            /** "当年", "本年度": the fiscal year. */
            CURRENT("当年"),
            /** "次年", "明年": the year after the fiscal year. */
            NEXT("次年"),
            /** "每年": every fiscal year of the project. */
            EVERY("每年"),
            /** Nothing written ("9月前", "年底前"): the fiscal year. */
            UNSTATED("");

            private final String word;

            Year(String word) {
                this.word = word;
            }
        }

        /** What follows the date. All of them end at the last day of the period named (see {@link #deadline}). */
        public enum Qualifier {
            NONE(""), BEFORE("前"), WITHIN("内"), END("底"), BY_END("底前");

            private final String word;

            Qualifier(String word) {
                this.word = word;
            }

            public String word() {
                return word;
            }
        }

        public TimeLimit {
            Objects.requireNonNull(year, "year");
            qualifier = qualifier == null ? Qualifier.NONE : qualifier;
            String problem = problem(year, calendarYear, month, day, qualifier);
            if (problem != null) {
                throw new IllegalArgumentException(problem);
            }
        }

        /** Why the parts make no time limit ("13月", "2月30日", "每年" alone), or null when they make one. */
        static String problem(Year year, Integer calendarYear, Integer month, Integer day, Qualifier qualifier) {
            if ((year == Year.CALENDAR) != (calendarYear != null)) {
                return "a calendar year goes with Year.CALENDAR only";
            }
            if (calendarYear != null && (calendarYear < 1900 || calendarYear > 2199)) {
                return "year out of range: " + calendarYear;
            }
            if (month != null && (month < 1 || month > 12)) {
                return "month out of range: " + month;
            }
            if (day != null) {
                if (month == null) {
                    return "a day needs a month";
                }
                // an unstated year may be a leap year: 2月29日 stays possible
                int length = YearMonth.of(calendarYear == null ? 2000 : calendarYear, month).lengthOfMonth();
                if (day < 1 || day > length) {
                    return "day out of range: " + day;
                }
                if (qualifier != Qualifier.NONE && qualifier != Qualifier.BEFORE) {
                    return "a day takes no " + qualifier.word;
                }
            }
            if (month == null && !yearAloneTakes(year, qualifier)) {
                return "a year alone does not take " + year + " " + qualifier;
            }
            return null;
        }

        /** "2023年", "2023年前", "当年", "年底前", "每年底前" are deadlines; "每年", "年", "当年前" are not. */
        private static boolean yearAloneTakes(Year year, Qualifier qualifier) {
            return switch (year) {
                case CALENDAR -> true;
                case CURRENT, NEXT -> qualifier != Qualifier.BEFORE;
                case EVERY -> qualifier == Qualifier.END || qualifier == Qualifier.BY_END;
                case UNSTATED -> qualifier == Qualifier.WITHIN || qualifier == Qualifier.END || qualifier == Qualifier.BY_END;
            };
        }

        public static TimeLimit month(int calendarYear, int month, Qualifier qualifier) {
            return new TimeLimit(Year.CALENDAR, calendarYear, month, null, qualifier);
        }

        public static TimeLimit monthOfFiscalYear(int month, Qualifier qualifier) {
            return new TimeLimit(Year.UNSTATED, null, month, null, qualifier);
        }

        public boolean isRecurring() {
            return year == Year.EVERY;
        }

        /**
         * The last day of the period named, whatever the qualifier: offices write "6月30日前",
         * "12月前" and "12月底前" alike for "done by then", so "前" is read as "by", not as
         * "before it starts". The qualifier is kept, so a stricter reading can be added here.
         */
        @Override
        public Optional<LocalDate> deadline(int fiscalYear) {
            int y = switch (year) {
                case CALENDAR -> calendarYear;
                case NEXT -> fiscalYear + 1;
                case CURRENT, EVERY, UNSTATED -> fiscalYear;
            };
            if (month == null) {
                return Optional.of(LocalDate.of(y, 12, 31));
            }
            YearMonth ym = YearMonth.of(y, month);
            return Optional.of(day == null ? ym.atEndOfMonth() : ym.atDay(Math.min(day, ym.lengthOfMonth())));
        }

        /** Done in time when finished on or before the deadline of that fiscal year. */
        public boolean isMetBy(LocalDate done, int fiscalYear) {
            return !done.isAfter(deadline(fiscalYear).orElseThrow());
        }

        @Override
        public String print() {
            StringBuilder text = new StringBuilder(year == Year.CALENDAR ? calendarYear + "年" : year.word);
            if (month == null) {
                if (year == Year.UNSTATED) {
                    text.append('年');
                }
            } else {
                text.append(month).append('月');
                if (day != null) {
                    text.append(day).append('日');
                }
            }
            return text.append(qualifier.word).toString();
        }

        @Override
        public String toString() {
            return print();
        }
    }

    /** Text for what is not measured by a number ("明显改善"); may contain digits. */
    record Qualitative(String text) implements IndicatorValue {

        private static final long serialVersionUID = 1L;

        public Qualitative {
            Objects.requireNonNull(text, "text");
            text = text.strip();
            if (text.isEmpty()) {
                throw new IllegalArgumentException("qualitative text is blank");
            }
        }

        /** The text as written, with {@link #QUALITATIVE_MARKER} in front only when the text alone would read as something else. */
        @Override
        public String print() {
            return IndicatorValueGrammar.parse(text).equals(this) ? text : QUALITATIVE_MARKER + text;
        }

        @Override
        public String toString() {
            return text;
        }
    }
}
