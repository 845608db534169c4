package cn.fundperf.ejb.monitoring;

import java.util.List;

/**
 * One rule that fired, with the numbers that made it fire, so that a warning explains itself
 * ("执行率 31.2 % 低于时间进度 75.0 % − 20 个百分点"). The rule is a message key of the
 * resource bundles; the arguments are already written as offices read them (one decimal).
 *
 * @param indicatorKey the indicator concerned, or null for the project's budget and report
 */
public record Finding(WarningLevel level, String rule, List<String> arguments, String indicatorKey) {

    public Finding {
        arguments = List.copyOf(arguments);
    }
}
