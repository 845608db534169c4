package cn.fundperf.ejb.project;

import cn.fundperf.ejb.business.BusinessException;
import jakarta.ejb.ApplicationException;

/** 未设定或未通过审核的绩效目标，不得纳入项目库/安排预算 (plan §四, §五). */
@ApplicationException(rollback = true)
public class TargetNotPassedException extends BusinessException {

    private static final long serialVersionUID = 1L;

    public TargetNotPassedException() {
        super("project.targetNotPassed");
    }
}
