package cn.fundperf.ejb.review;

import java.io.Serializable;
import java.util.List;

/**
 * Finance's choice for a new round: the year, a title, which submitted sheets (all of a
 * department, all of a category, or a hand-picked list) and who sits on the committee.
 */
public record OpenRoundRequest(int fiscalYear, String title, RoundSelection selection, Long departmentId, Long categoryId,
                               List<Long> sheetIds, List<String> memberUsernames, String chairUsername) implements Serializable {

    public OpenRoundRequest {
        sheetIds = sheetIds == null ? List.of() : List.copyOf(sheetIds);
        memberUsernames = memberUsernames == null ? List.of() : List.copyOf(memberUsernames);
    }
}
