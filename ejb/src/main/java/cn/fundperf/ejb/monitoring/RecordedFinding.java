package cn.fundperf.ejb.monitoring;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.io.Serializable;
import java.util.Arrays;
import java.util.List;

/** A {@link Finding} as kept with its report: the rule's bundle key and its numbers as written. */
@Embeddable
public class RecordedFinding implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final String SEPARATOR = "\u001f";

    @Column(name = "position", nullable = false)
    private int position;

    @Enumerated(EnumType.STRING)
    @Column(name = "finding_level", nullable = false, length = 8)
    private WarningLevel level;

    @Column(name = "rule_key", nullable = false, length = 80)
    private String rule;

    @Column(name = "rule_args", length = 1000)
    private String arguments;

    @Column(name = "indicator_key", length = 36)
    private String indicatorKey;

    protected RecordedFinding() {
    }

    RecordedFinding(int position, Finding finding) {
        this.position = position;
        this.level = finding.level();
        this.rule = finding.rule();
        String joined = String.join(SEPARATOR, finding.arguments());
        this.arguments = joined.length() <= 1000 ? joined : joined.substring(0, 1000);
        this.indicatorKey = finding.indicatorKey();
    }

    public Finding finding() {
        return new Finding(level, rule, getArguments(), indicatorKey);
    }

    public List<String> getArguments() {
        return arguments == null || arguments.isEmpty() ? List.of() : Arrays.asList(arguments.split(SEPARATOR, -1));
    }

    public int getPosition() { return position; }
    public WarningLevel getLevel() { return level; }
    public String getRule() { return rule; }
    public String getIndicatorKey() { return indicatorKey; }
}
