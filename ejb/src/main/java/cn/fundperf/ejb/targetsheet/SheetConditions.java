package cn.fundperf.ejb.targetsheet;

import cn.fundperf.ejb.project.TargetSheetStatus;
import cn.fundperf.ejb.security.DataScope;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * The conditions finance's lists of sheets share (review candidates, filing, approval, the
 * to-do counts): one year, some states, the caller's scope, and optionally one department or
 * one fund category.
 */
public final class SheetConditions {

    /** The short-lived cache's name for large sheet counts ({@code ShortLivedCache#count}); forgotten when sheets move. */
    public static final String COUNTS = "sheetCounts";


    private SheetConditions() {
    }

    public static Predicate[] of(CriteriaBuilder cb, Root<TargetSheet> sheet, DataScope scope, int year,
                                 Collection<TargetSheetStatus> statuses, Long departmentId, Long categoryId) {
        List<Predicate> where = new ArrayList<>(List.of(cb.equal(sheet.get("fiscalYear"), year), sheet.get("status").in(statuses),
                scope.restrict(cb, sheet.get("scope"))));
        if (departmentId != null) {
            where.add(cb.equal(sheet.get("project").get("department").get("id"), departmentId));
        }
        if (categoryId != null) {
            where.add(cb.equal(sheet.get("project").get("category").get("id"), categoryId));
        }
        return where.toArray(Predicate[]::new);
    }
}
