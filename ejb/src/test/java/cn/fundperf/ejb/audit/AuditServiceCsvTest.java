package cn.fundperf.ejb.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class AuditServiceCsvTest {

    @Test
    void a_field_is_quoted() {
        assertEquals("\"县财政局\"", AuditService.csv("县财政局"));
    }

    @Test
    void commas_and_line_breaks_stay_inside_the_quotes() {
        assertEquals("\"a,b\nc\"", AuditService.csv("a,b\nc"));
    }

    @Test
    void quotes_inside_a_field_are_doubled() {
        assertEquals("\"name=\"\"第一中学\"\"\"", AuditService.csv("name=\"第一中学\""));
    }

    @Test
    void a_missing_field_is_empty() {
        assertEquals("", AuditService.csv(null));
    }

    @Test
    void an_empty_field_is_an_empty_quoted_field() {
        assertEquals("\"\"", AuditService.csv(""));
    }

    @Test
    void a_formula_is_neutralised() {
        assertEquals("\"'=1+1\"", AuditService.csv("=1+1"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"=HYPERLINK(\"http://x\")", "+1", "-1+2", "@SUM(A1)", "\tcmd", "\rcmd"})
    void every_leading_formula_character_is_neutralised(String value) {
        assertEquals("\"'" + value.replace("\"", "\"\"") + "\"", AuditService.csv(value));
    }

    @Test
    void a_formula_character_inside_the_text_is_left_alone() {
        assertEquals("\"a=1\"", AuditService.csv("a=1"));
    }
}
