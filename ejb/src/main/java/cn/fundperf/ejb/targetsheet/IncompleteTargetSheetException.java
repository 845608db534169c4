package cn.fundperf.ejb.targetsheet;

import cn.fundperf.ejb.business.BusinessException;
import jakarta.ejb.ApplicationException;
import java.util.List;

/** Submit refused: the sheet is not complete; every gap is named with its line. */
@ApplicationException(rollback = true)
public class IncompleteTargetSheetException extends BusinessException {

    private static final long serialVersionUID = 1L;

    private final List<Gap> gaps;

    public IncompleteTargetSheetException(List<Gap> gaps) {
        super("target.incomplete", gaps.size());
        this.gaps = List.copyOf(gaps);
    }

    public List<Gap> getGaps() {
        return gaps;
    }
}
