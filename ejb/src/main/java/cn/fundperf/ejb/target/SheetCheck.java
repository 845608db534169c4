package cn.fundperf.ejb.target;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.List;

/** What the editor shows next to a sheet: the completeness gaps, the quality warnings, the weight total. */
public record SheetCheck(List<Gap> gaps, List<Gap> warnings, BigDecimal weightTotal) implements Serializable {

    public boolean isComplete() {
        return gaps.isEmpty();
    }

    public List<Gap> getGaps() { return gaps; }
    public List<Gap> getWarnings() { return warnings; }
    public BigDecimal getWeightTotal() { return weightTotal; }
}
