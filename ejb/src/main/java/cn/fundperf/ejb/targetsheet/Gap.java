package cn.fundperf.ejb.targetsheet;

import jakarta.json.bind.annotation.JsonbTransient;
import java.io.Serializable;
import java.util.List;

/**
 * Something a sheet lacks or a line gets wrong: a message key with arguments, and the line
 * (1-based, 0 for the sheet as a whole) it belongs to.
 */
public record Gap(int line, String key, List<Object> arguments) implements Serializable {

    public static Gap ofSheet(String key, Object... arguments) {
        return new Gap(0, key, List.of(arguments));
    }

    public static Gap ofLine(int line, String key, Object... arguments) {
        return new Gap(line, key, List.of(arguments));
    }

    @JsonbTransient
    public int getLine() { return line; }
    @JsonbTransient
    public String getKey() { return key; }
    @JsonbTransient
    public List<Object> getArguments() { return arguments; }
}
