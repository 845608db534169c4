package cn.fundperf.ejb.disclosure;

import cn.fundperf.ejb.platform.SearchText;
import java.io.Serializable;

/** What a visitor of the public page asks for: a year and, optionally, a region, department, category or words. */
public record PublicFilter(int year, Long regionId, Long departmentId, Long categoryId, String text) implements Serializable {

    public PublicFilter {
        text = text == null || text.isBlank() ? null : text.strip();
        if (text != null && text.length() > SearchText.MAX_WORDS) {
            text = text.substring(0, SearchText.MAX_WORDS);   // cut here too: the words are part of the page cache's key
        }
    }
}
