package cn.fundperf.ejb.targetsheet;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * Test data for target sheets: the five lines of a complete sheet (weights 20 + 20 + 15 + 20 + 15
 * plus the budget-execution weight 10 make 100), each a builder that a test may spoil.
 */
public final class IndicatorLines {

    public static final String GOAL = "2026年新建产业路12公里，带动120户贫困户稳定增收";

    private IndicatorLines() {
    }

    /** Line 1. */
    static Builder quantity() {
        return new Builder(IndicatorLevel2.QUANTITY, "新建产业路").target(Operator.GE, "12", "公里").weight("20");
    }

    /** Line 2. */
    static Builder quality() {
        return new Builder(IndicatorLevel2.QUALITY, "工程验收合格率").target(Operator.EQ, "100", "%").weight("20");
    }

    /** Line 3. */
    static Builder timeliness() {
        return new Builder(IndicatorLevel2.TIMELINESS, "项目按期完工率").target(Operator.EQ, "100", "%").weight("15");
    }

    /** Line 4. */
    static Builder benefit() {
        return new Builder(IndicatorLevel2.SOCIAL, "带动贫困户增收").target(Operator.GE, "120", "户").weight("20");
    }

    /** A cost line (not among the five): a ceiling per 亩. */
    static Builder cost() {
        return new Builder(IndicatorLevel2.COST, "亩均建设成本").target(Operator.LE, "1600", "元/亩").weight("10");
    }

    /** Line 5. */
    static Builder satisfaction() {
        return new Builder(IndicatorLevel2.SATISFACTION, "受益群众满意度").target(Operator.GE, "90", "%").weight("15");
    }

    public static List<IndicatorLine> complete() {
        return List.of(quantity().build(), quality().build(), timeliness().build(), benefit().build(),
                satisfaction().build());
    }

    /** The complete lines with line {@code number} (1-based) replaced. */
    static List<IndicatorLine> completeWith(int number, Builder replacement) {
        List<IndicatorLine> lines = new ArrayList<>(complete());
        lines.set(number - 1, replacement.build());
        return lines;
    }

    static final class Builder {
        private IndicatorLevel2 level2;
        private String name;
        private Operator operator;
        private BigDecimal value;
        private String qualitativeText;
        private String unit;
        private BigDecimal weight;
        private BasisType basisType = BasisType.PLAN;
        private String basisText = "《扶贫县2026年脱贫攻坚项目实施方案》";
        private String reason = "按实施方案确定的建设任务设定";
        private String evidence = "验收报告";
        private Long templateId;
        private boolean written;
        private boolean keyless;

        private Builder(IndicatorLevel2 level2, String name) {
            this.level2 = level2;
            this.name = name;
        }

        Builder level2(IndicatorLevel2 newLevel2) {
            level2 = newLevel2;
            return this;
        }

        Builder named(String newName) {
            name = newName;
            return this;
        }

        Builder target(Operator newOperator, String newValue, String newUnit) {
            operator = newOperator;
            value = newValue == null ? null : new BigDecimal(newValue);
            unit = newUnit;
            qualitativeText = null;
            return this;
        }

        Builder qualitative(String text) {
            written = false;
            operator = Operator.QUALITATIVE;
            value = null;
            unit = null;
            qualitativeText = text;
            return this;
        }

        /** The target as an office writes it ("2023年12月前", "100%"). */
        Builder written(String text) {
            operator = null;
            value = null;
            unit = null;
            qualitativeText = text;
            written = true;
            return this;
        }

        Builder withoutOperator() {
            operator = null;
            return this;
        }

        Builder withoutValue() {
            value = null;
            return this;
        }

        Builder withoutUnit() {
            unit = null;
            return this;
        }

        Builder weight(String newWeight) {
            weight = newWeight == null ? null : new BigDecimal(newWeight);
            return this;
        }

        Builder basis(BasisType type, String text) {
            basisType = type;
            basisText = text;
            return this;
        }

        Builder reason(String newReason) {
            reason = newReason;
            return this;
        }

        Builder template(long id) {
            templateId = id;
            return this;
        }

        IndicatorLine build() {
            return new IndicatorLine(level2, name, targetText(), weight, basisType, basisText, reason, evidence, templateId, key());
        }

        /** A fixed key per level and name, as a saved line has one (a sheet keeps the keys it is given). */
        private String key() {
            return keyless || name == null ? null
                    : java.util.UUID.nameUUIDFromBytes((level2 + name).getBytes(java.nio.charset.StandardCharsets.UTF_8)).toString();
        }

        /** A line never saved: its sheet gives it a key. */
        Builder keyless() {
            keyless = true;
            return this;
        }

        private String targetText() {
            if (written || operator == Operator.QUALITATIVE) {
                return qualitativeText;
            }
            return value == null ? null
                    : (operator == null ? "" : operator.symbol()) + value.toPlainString() + (unit == null ? "" : unit);
        }
    }
}
