package cn.fundperf.ejb.project;

/** The sort orders the project list allows; anything else falls back to {@link #CODE}. */
public enum ProjectSort {
    CODE("code"), NAME("name"), PLANNED_TOTAL("plannedTotal"), CREATED("createdAt"), TARGET_STATUS("targetStatus");

    private final String attribute;

    ProjectSort(String attribute) {
        this.attribute = attribute;
    }

    String attribute() {
        return attribute;
    }

    /** Maps a column name from the screen or the API; unknown names give the default order. */
    public static ProjectSort parse(String field) {
        if (field != null) {
            for (ProjectSort sort : values()) {
                if (sort.attribute.equalsIgnoreCase(field) || sort.name().equalsIgnoreCase(field)) {
                    return sort;
                }
            }
        }
        return CODE;
    }
}
