package cn.fundperf.web.admin;

import cn.fundperf.ejb.directory.OrganizationService;
import cn.fundperf.ejb.organization.Organization;
import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * An administrator's choice of one organization among a province's thousands: typed words bring a
 * few suggestions from the database ("编码 名称"), and the one picked is known by its label.
 */
public class OrganizationChoice implements Serializable {

    private static final long serialVersionUID = 1L;

    private final boolean departmentsOnly;
    private final Map<String, Long> suggested = new HashMap<>();
    private String label;

    public OrganizationChoice(boolean departmentsOnly) {
        this.departmentsOnly = departmentsOnly;
    }

    public List<String> suggest(OrganizationService organizations, String text) {
        List<Organization> found = organizations.suggestions(text, departmentsOnly);
        found.forEach(o -> suggested.put(labelOf(o), o.getId()));
        return found.stream().map(OrganizationChoice::labelOf).toList();
    }

    /** The chosen organization's id; null when nothing is typed, -1 for words that name no suggestion (refused by the service). */
    public Long id() {
        if (label == null || label.isBlank()) {
            return null;
        }
        return suggested.getOrDefault(label, -1L);
    }

    public void clear() {
        label = null;
    }

    private static String labelOf(Organization organization) {
        return organization.getCode() + " " + organization.getName();
    }

    public String getLabel() { return label; }
    public void setLabel(String label) { this.label = label; }
}
