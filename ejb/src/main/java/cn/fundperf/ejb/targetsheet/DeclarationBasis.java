package cn.fundperf.ejb.targetsheet;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** 设定依据 in one form cell: "【计划标准】县实施方案…", written on export and read back on import. */
final class DeclarationBasis {

    private static final Pattern CELL = Pattern.compile("^\\s*【([^】]*)】\\s*(.*)$", Pattern.DOTALL);

    record Parsed(BasisType type, String text, boolean unknownType) {
    }

    private DeclarationBasis() {
    }

    static String write(BasisType type, String text) {
        String body = text == null ? "" : text;
        return type == null ? body : "【" + DeclarationWorkbook.TEXT.getString("basis." + type.name()) + "】" + body;
    }

    static Parsed read(String cell) {
        if (cell == null || cell.isBlank()) {
            return new Parsed(null, null, false);
        }
        Matcher m = CELL.matcher(cell);
        if (!m.matches()) {
            return new Parsed(null, cell.strip(), false);
        }
        for (BasisType type : BasisType.values()) {
            if (DeclarationWorkbook.TEXT.getString("basis." + type.name()).equals(m.group(1).strip())) {
                return new Parsed(type, m.group(2).strip(), false);
            }
        }
        return new Parsed(null, m.group(2).strip(), true);
    }
}
