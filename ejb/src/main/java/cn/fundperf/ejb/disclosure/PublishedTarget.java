package cn.fundperf.ejb.disclosure;

import cn.fundperf.ejb.targetsheet.IndicatorLine;
import java.io.Serializable;
import java.util.List;

/**
 * A target as the public sees it (信息公开): the approved version in force, with its budget and
 * approval (its line of the list) and its indicators, and nothing personal (no responsible person,
 * no phone).
 */
public record PublishedTarget(PublishedRow row, List<IndicatorLine> lines) implements Serializable {

    public PublishedRow getRow() { return row; }
    public List<IndicatorLine> getLines() { return lines; }
}
