package cn.fundperf.ejb.review;

import cn.fundperf.ejb.validation.Limits;
import cn.fundperf.ejb.validation.MaxItems;
import cn.fundperf.ejb.validation.Text;
import cn.fundperf.ejb.validation.Year;
import jakarta.validation.constraints.NotNull;
import java.io.Serializable;
import java.util.List;

/**
 * Finance's choice for a new round: the year, a title, which submitted sheets (all of a
 * department, all of a category, or a hand-picked list) and who sits on the committee.
 */
public record OpenRoundRequest(@Year int fiscalYear,
                               @NotNull @Text(max = 200) String title,
                               RoundSelection selection, Long departmentId, Long categoryId,
                               @MaxItems(Limits.IDS) List<@NotNull Long> sheetIds,
                               @MaxItems(Limits.MEMBERS) List<@NotNull @Text(max = 80) String> memberUsernames,
                               @Text(max = 80) String chairUsername) implements Serializable {

    public OpenRoundRequest {
        sheetIds = sheetIds == null ? List.of() : List.copyOf(sheetIds);
        memberUsernames = memberUsernames == null ? List.of() : List.copyOf(memberUsernames);
    }
}
