package cn.fundperf.ejb.validation;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PlainTextValidatorTest {

    @ParameterizedTest
    @ValueSource(strings = {"", "城关镇产业路", "line one\nline two", "a\ttab", "windows\r\nbreak", "≥ 12 公里", "emoji 😀 and 𠀀"})
    void ordinary_text_with_line_breaks_and_tabs_is_plain(String text) {
        assertTrue(PlainTextValidator.isPlain(text));
    }

    @ParameterizedTest
    @ValueSource(strings = {"nul\u0000inside", "bell\u0007", "escape\u001b[31m", "del\u007f", "c1\u0085",
            "\u202Aembed", "\u202Boverride", "\u202C", "\u202Dltr", "\u202Ertl override", "\u2066isolate", "\u2067", "\u2068", "\u2069",
            "separator\u2028", "half \ud800 pair", "low \udc00 first", "at the end \ud83d"})
    void control_and_direction_characters_are_refused(String text) {
        assertFalse(PlainTextValidator.isPlain(text));
    }

    @org.junit.jupiter.api.Test
    void nothing_is_valid() {
        assertTrue(PlainTextValidator.isPlain(null));
    }
}
