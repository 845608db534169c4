package cn.fundperf.ejb.platform;

/** A user's search text as a LIKE pattern: "contains", with the wildcard and escape characters taken out, and bounded. */
public final class SearchText {

    /** Words longer than this are cut: a search box needs no more, and nobody should make the database match a megabyte. */
    public static final int MAX_WORDS = 100;

    private SearchText() {
    }

    /** "%text%" of at most {@link #MAX_WORDS} characters of words, or null when there is nothing to search for. */
    public static String containing(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String words = text.strip();
        words = words.length() > MAX_WORDS ? words.substring(0, MAX_WORDS) : words;
        return "%" + words.replace("\\", "").replace("%", "").replace("_", "") + "%";
    }
}
