package cn.fundperf.ejb.project;

import cn.fundperf.ejb.business.BusinessException;
import jakarta.ejb.ApplicationException;

/** 调整项目预算须同步调整绩效目标 (plan §六): the screen offers to start the adjustment. */
@ApplicationException(rollback = true)
public class BudgetNeedsAdjustmentException extends BusinessException {

    private static final long serialVersionUID = 1L;

    public BudgetNeedsAdjustmentException() {
        super("project.budget.needsAdjustment");
    }
}
