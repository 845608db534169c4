package cn.fundperf.ejb.targetsheet;

/** How the achieved value is compared with the target: ≥ ≤ = > < or qualitative (定性). */
public enum Operator {
    GE("≥"), LE("≤"), EQ("="), GT(">"), LT("<"), QUALITATIVE("定性");

    private final String symbol;

    Operator(String symbol) {
        this.symbol = symbol;
    }

    public String symbol() {
        return symbol;
    }

    public boolean isQuantitative() {
        return this != QUALITATIVE;
    }

    /** Smaller is better (costs, durations): scoring and progress invert these. */
    public boolean isReverse() {
        return this == LE || this == LT;
    }

    /** Reads the symbol as written on the official forms (≥, >=, ＞, 定性...). */
    public static Operator ofSymbol(String text) {
        if (text == null) {
            return null;
        }
        return switch (text.strip()) {
            case "≥", ">=", "＞=", "≧" -> GE;
            case "≤", "<=", "＜=", "≦" -> LE;
            case "=", "＝" -> EQ;
            case ">", "＞" -> GT;
            case "<", "＜" -> LT;
            case "定性" -> QUALITATIVE;
            default -> null;
        };
    }
}
