package cn.fundperf.ejb.review;

import java.io.Serializable;
import cn.fundperf.ejb.validation.Limits;
import cn.fundperf.ejb.validation.MaxItems;
import cn.fundperf.ejb.validation.PlainText;
import jakarta.validation.constraints.NotNull;
import java.util.List;

/**
 * Finance's choice for a new round: the year, a title, which submitted sheets (all of a
 * department, all of a category, or a hand-picked list) and who sits on the committee.
 */
public record OpenRoundRequest(int fiscalYear,
                               @PlainText String title,
                               RoundSelection selection, Long departmentId, Long categoryId,
                               @MaxItems(Limits.IDS) List<@NotNull Long> sheetIds,
                               @MaxItems(Limits.MEMBERS) List<@NotNull @PlainText String> memberUsernames,
                               @PlainText String chairUsername) implements Serializable {

    public OpenRoundRequest {
        sheetIds = sheetIds == null ? List.of() : List.copyOf(sheetIds);
        memberUsernames = memberUsernames == null ? List.of() : List.copyOf(memberUsernames);
    }
}
