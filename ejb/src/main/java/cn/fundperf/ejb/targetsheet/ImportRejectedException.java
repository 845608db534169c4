package cn.fundperf.ejb.targetsheet;

import cn.fundperf.ejb.business.BusinessException;
import jakarta.ejb.ApplicationException;
import java.util.List;

/** The import saved nothing: the workbook has problems, each with worksheet, row and column. */
@ApplicationException(rollback = true)
public class ImportRejectedException extends BusinessException {

    private static final long serialVersionUID = 1L;

    private final List<DeclarationReader.Problem> problems;

    public ImportRejectedException(List<DeclarationReader.Problem> problems) {
        super("import.rejected", problems.size());
        this.problems = List.copyOf(problems);
    }

    public List<DeclarationReader.Problem> getProblems() {
        return problems;
    }
}
