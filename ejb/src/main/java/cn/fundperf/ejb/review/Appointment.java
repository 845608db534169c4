package cn.fundperf.ejb.review;

import cn.fundperf.ejb.organization.OrganizationType;
import java.io.Serializable;

/** A user appointed to a round's committee, with the organization they come from (its path, for 回避). */
public record Appointment(String username, String displayName, String organizationName, String organizationPath,
                          OrganizationType affiliation, boolean chair)
        implements Serializable {

    public String getUsername() { return username; }
    public String getDisplayName() { return displayName; }
    public String getOrganizationName() { return organizationName; }
    public String getOrganizationPath() { return organizationPath; }
    public OrganizationType getAffiliation() { return affiliation; }
    public boolean isChair() { return chair; }
}
