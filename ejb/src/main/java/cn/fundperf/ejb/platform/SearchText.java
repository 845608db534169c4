package cn.fundperf.ejb.platform;

/** A user's search text as a LIKE pattern: "contains", with the wildcard and escape characters taken out. */
public final class SearchText {

    private SearchText() {
    }

    /** "%text%", or null when there is nothing to search for. */
    public static String containing(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        return "%" + text.strip().replace("\\", "").replace("%", "").replace("_", "") + "%";
    }
}
