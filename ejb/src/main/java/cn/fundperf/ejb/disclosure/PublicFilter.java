package cn.fundperf.ejb.disclosure;

import java.io.Serializable;

/** What a visitor of the public page asks for: a year and, optionally, a region, department, category or words. */
public record PublicFilter(int year, Long regionId, Long departmentId, Long categoryId, String text) implements Serializable {

    /** Words longer than this are cut: anyone may ask, and a search box needs no more. */
    static final int MAX_TEXT = 100;

    public PublicFilter {
        text = text == null || text.isBlank() ? null : text.strip();
        if (text != null && text.length() > MAX_TEXT) {
            text = text.substring(0, MAX_TEXT);
        }
    }
}
