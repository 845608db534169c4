package cn.fundperf.ejb.targetsheet;

import jakarta.json.bind.annotation.JsonbTransient;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.List;

/** What the editor shows next to a sheet: the completeness gaps, the quality warnings, the weight total. */
public record SheetCheck(List<Gap> gaps, List<Gap> warnings, BigDecimal weightTotal) implements Serializable {

    public boolean isComplete() {
        return gaps.isEmpty();
    }

    @JsonbTransient
    public List<Gap> getGaps() { return gaps; }
    @JsonbTransient
    public List<Gap> getWarnings() { return warnings; }
    @JsonbTransient
    public BigDecimal getWeightTotal() { return weightTotal; }
}
