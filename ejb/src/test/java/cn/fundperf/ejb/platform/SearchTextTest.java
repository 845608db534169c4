package cn.fundperf.ejb.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class SearchTextTest {

    @Test
    void words_are_searched_anywhere_without_wildcards_of_their_own() {
        assertEquals("%城关镇%", SearchText.containing("  城关镇 "));
        assertEquals("%100村%", SearchText.containing("100%_村\\"));
        assertNull(SearchText.containing("   "));
    }

    @Test
    void an_oversized_search_is_cut_to_what_a_search_box_needs() {
        String pattern = SearchText.containing("村".repeat(1_000_000));
        assertEquals(SearchText.MAX_WORDS + 2, pattern.length(), "the words and the two wildcards");
    }
}
