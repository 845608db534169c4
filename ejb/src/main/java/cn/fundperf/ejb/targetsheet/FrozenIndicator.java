package cn.fundperf.ejb.targetsheet;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Embedded;
import jakarta.validation.Valid;
import java.io.Serializable;

/** An indicator as it stood in an approved version: a copy, never changed (see TargetVersion). */
@Embeddable
public class FrozenIndicator implements Serializable {

    private static final long serialVersionUID = 1L;

    @Column(name = "position", nullable = false)
    private int position;

    @Embedded
    @Valid
    private IndicatorContent content;

    protected FrozenIndicator() {
    }

    FrozenIndicator(int position, IndicatorLine line) {
        this.position = position;
        this.content = new IndicatorContent(line);
    }

    public IndicatorLine toLine() {
        return content.toLine(null);
    }

    public int getPosition() { return position; }
}
