package cn.fundperf.ejb.targetsheet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.fundperf.ejb.business.BusinessException;
import cn.fundperf.ejb.business.IllegalTransitionException;
import cn.fundperf.ejb.reference.FundCategory;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;

/** The reference library changes only by a department's proposal that finance approves. */
class TemplateChangeTest {

    private static final LocalDateTime NOW = LocalDateTime.of(2026, 11, 25, 10, 0);
    private static final FundCategory INDUSTRY = new FundCategory("INDUSTRY", "产业扶贫", "Industrial development", 1);

    private static TemplateDraft draft(String name) {
        return new TemplateDraft(IndicatorLevel2.QUANTITY, name, Operator.GE, "户", new BigDecimal("10"), new BigDecimal("200"),
                null, BasisType.PLAN, "县产业发展规划", "带动的脱贫户数", "带动户花名册");
    }

    @Test
    void an_approved_addition_becomes_an_active_template_with_the_proposed_content() {
        TemplateChange change = new TemplateChange(TemplateChange.Kind.ADD, INDUSTRY, null, draft("带动监测户数"), "新政策要求", "dept01", 5L, NOW);
        IndicatorTemplate template = change.approve("finance01", null, NOW);
        assertEquals("带动监测户数", template.getName());
        assertEquals("≥ 10–200 户", template.getUsualText());
        assertTrue(template.isActive());
        assertEquals(TemplateChange.Status.APPROVED, change.getStatus());
        assertEquals("finance01", change.getDecidedBy());
    }

    @Test
    void a_retirement_deactivates_the_template_and_a_change_rewrites_it() {
        IndicatorTemplate template = new TemplateChange(TemplateChange.Kind.ADD, INDUSTRY, null, draft("旧指标"), "x", "dept01", 5L, NOW)
                .approve("finance01", null, NOW);
        new TemplateChange(TemplateChange.Kind.MODIFY, INDUSTRY, template, draft("新指标"), "表述更准确", "dept01", 5L, NOW)
                .approve("finance01", "同意", NOW);
        assertEquals("新指标", template.getName());
        new TemplateChange(TemplateChange.Kind.RETIRE, INDUSTRY, template, null, "不再适用", "dept01", 5L, NOW)
                .approve("finance01", null, NOW);
        assertFalse(template.isActive());
    }

    @Test
    void a_rejection_needs_a_comment_and_a_decided_proposal_cannot_be_decided_again() {
        TemplateChange change = new TemplateChange(TemplateChange.Kind.ADD, INDUSTRY, null, draft("带动监测户数"), "理由", "dept01", 5L, NOW);
        assertEquals("library.reject.commentRequired",
                assertThrows(BusinessException.class, () -> change.reject("finance01", " ", NOW)).getKey());
        change.reject("finance01", "与现有指标重复", NOW);
        assertEquals("library.change.decided",
                assertThrows(IllegalTransitionException.class, () -> change.approve("finance01", null, NOW)).getKey());
    }

    @Test
    void a_proposal_needs_a_reason_and_a_complete_draft() {
        assertEquals("library.change.reasonRequired", assertThrows(BusinessException.class,
                () -> new TemplateChange(TemplateChange.Kind.ADD, INDUSTRY, null, draft("x"), "", "dept01", 5L, NOW)).getKey());
        assertEquals("library.draft.unit", assertThrows(BusinessException.class,
                () -> new TemplateDraft(IndicatorLevel2.QUANTITY, "x", Operator.GE, " ", null, null, null, BasisType.PLAN, "b", "e", "v")).getKey());
        assertEquals("library.draft.range", assertThrows(BusinessException.class,
                () -> new TemplateDraft(IndicatorLevel2.QUANTITY, "x", Operator.GE, "户", BigDecimal.TEN, BigDecimal.ONE, null, BasisType.PLAN, "b", "e", "v")).getKey());
    }
}
