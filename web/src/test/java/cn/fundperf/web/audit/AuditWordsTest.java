package cn.fundperf.web.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.fundperf.ejb.permission.Permission;
import cn.fundperf.web.faces.Texts;
import java.util.List;
import java.util.ListResourceBundle;
import java.util.Locale;
import java.util.ResourceBundle;
import org.junit.jupiter.api.Test;

class AuditWordsTest {

    private static final AuditWords CHINESE = new AuditWords(ResourceBundle.getBundle(Texts.BUNDLE, Locale.SIMPLIFIED_CHINESE));
    private static final AuditWords ENGLISH = new AuditWords(ResourceBundle.getBundle(Texts.BUNDLE, Locale.ENGLISH));

    @Test
    void an_event_is_shown_in_the_readers_language() {
        assertEquals("登录成功", CHINESE.event("security.login.succeeded"));
        assertEquals("Signed in", ENGLISH.event("security.login.succeeded"));
    }

    @Test
    void an_event_without_words_shows_its_recorded_code() {
        assertEquals("monitoring.reportFiled", CHINESE.event("monitoring.reportFiled"));
    }

    @Test
    void an_object_is_its_type_in_words_and_its_name() {
        assertEquals("项目 XM20260001 村道硬化", CHINESE.object("Project", "17", "XM20260001 村道硬化"));
        assertEquals("User 张三 unit01", ENGLISH.object("UserAccount", "963", "张三 unit01"));
    }

    @Test
    void an_object_without_a_name_keeps_its_id_and_an_unknown_type_its_code() {
        assertEquals("用户 963", CHINESE.object("UserAccount", "963", null));
        assertEquals("Evidence 5", CHINESE.object("Evidence", "5", ""));
        assertEquals("审计日志", CHINESE.object("AuditRecord", null, null));
        assertEquals("", CHINESE.object(null, null, null));
    }

    @Test
    void enum_names_in_a_summary_become_labels_and_the_rest_stays() {
        assertEquals("草稿", CHINESE.summary("DRAFT"));
        assertEquals("Draft", ENGLISH.summary("DRAFT"));
        assertEquals("[财政局, 资金使用单位]", CHINESE.summary("[FINANCE, UNIT]"));
        assertEquals("XM20260001 村道硬化 2026 计划100.00元", CHINESE.summary("XM20260001 村道硬化 2026 计划100.00元"));
        assertEquals("查看审计日志", CHINESE.summary("AUDIT_READ"));
        assertEquals(null, CHINESE.summary(null));
    }

    @Test
    void ratings_read_as_criterion_and_rating() {
        assertEquals("项目的必要性和可行性=符合", CHINESE.summary("NECESSITY_FEASIBILITY=CONFORMS"));
        assertEquals("Necessity and feasibility of the project=Conforms", ENGLISH.summary("NECESSITY_FEASIBILITY=CONFORMS"));
    }

    @Test
    void every_permission_a_refusal_names_has_words_in_both_languages() {
        for (Permission permission : Permission.values()) {
            assertNotEquals(permission.name(), CHINESE.summary(permission.name()));
            assertNotEquals(permission.name(), ENGLISH.summary(permission.name()));
        }
    }

    @Test
    void a_person_is_shown_by_name_and_a_system_actor_as_the_system() {
        assertEquals("张三", CHINESE.actor("unit01", "张三"));
        assertEquals("unit01", CHINESE.actor("unit01", null));
        assertEquals("系统（timer）", CHINESE.actor("system:timer", null));
        assertEquals("System (timer)", ENGLISH.actor("system:timer", " "));
    }

    @Test
    void the_filter_offers_every_event_and_type_that_has_words() {
        List<AuditWords.Choice> events = CHINESE.events();
        assertTrue(events.contains(new AuditWords.Choice("security.login.succeeded", "登录成功")), events::toString);
        assertTrue(events.stream().noneMatch(c -> c.code().isEmpty()));
        assertTrue(ENGLISH.objectTypes().contains(new AuditWords.Choice("Project", "Project")));
    }

    @Test
    void a_bundle_without_audit_texts_still_shows_the_codes() {
        AuditWords bare = new AuditWords(new ListResourceBundle() {
            @Override
            protected Object[][] getContents() {
                return new Object[0][];
            }
        });
        assertEquals("security.login.succeeded", bare.event("security.login.succeeded"));
        assertEquals("UserAccount 963", bare.object("UserAccount", "963", null));
        assertEquals("system:timer", bare.actor("system:timer", null));
        assertEquals("DRAFT", bare.summary("DRAFT"));
        assertEquals(List.of(), bare.events());
    }
}
