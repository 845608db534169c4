package cn.fundperf.ejb.monitoring;

import cn.fundperf.ejb.business.BusinessException;
import cn.fundperf.ejb.targetsheet.Gap;
import jakarta.ejb.ApplicationException;
import java.util.List;

/** Submission refused: the report lacks something; every gap is named with its line. Drafts save regardless. */
@ApplicationException(rollback = true)
public class IncompleteReportException extends BusinessException {

    private static final long serialVersionUID = 1L;

    private final List<Gap> gaps;

    public IncompleteReportException(List<Gap> gaps) {
        super("monitoring.incomplete", gaps.size());
        this.gaps = List.copyOf(gaps);
    }

    public List<Gap> getGaps() {
        return gaps;
    }
}
