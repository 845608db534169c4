package cn.fundperf.ejb.organization;

import cn.fundperf.ejb.business.InvalidInputException;
import cn.fundperf.ejb.validation.Text;
import jakarta.persistence.Cacheable;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.Objects;
import java.util.regex.Pattern;
import org.eclipse.persistence.annotations.BatchFetch;
import org.eclipse.persistence.annotations.BatchFetchType;
import org.eclipse.persistence.annotations.Cache;

/**
 * A finance bureau, department, using unit or agency. Units hang under their sector
 * department, so a department's data scope is its subtree of this hierarchy.
 */
@Entity
// reference data read on nearly every request: in the shared cache; another server's change shows within a minute
@Cacheable
@Cache(expiry = 60_000)
@Table(name = "organization")
@NamedQuery(name = "Organization.byCode", query = "select o from Organization o where o.code = :code")
public class Organization implements ScopedRecord {

    @Id
    @SequenceGenerator(name = "organization_seq", sequenceName = "organization_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "organization_seq")
    private Long id;

    @Version
    private long version;

    @Column(nullable = false, unique = true, length = 32)
    @Text(max = 32)
    private String code;

    @Column(nullable = false, length = 200)
    @Text(max = 200)
    private String name;

    @Enumerated(EnumType.STRING)
    @Column(name = "org_type", nullable = false, length = 32)
    private OrganizationType type;

    @BatchFetch(BatchFetchType.IN)
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "region_id", nullable = false)
    private Region region;

    @BatchFetch(BatchFetchType.IN)
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "parent_id")
    private Organization parent;

    @Column(nullable = false, length = 400)
    private String path = "/";

    @Column(name = "region_path", nullable = false, length = 400)
    private String regionPath = "/";

    @Column(name = "contact_person", length = 60)
    @Text(max = 60)
    private String contactPerson;

    @Column(name = "contact_phone", length = 40)
    @Text(max = 40)
    private String contactPhone;

    /** The office's mailbox (单位邮箱): notices to a role of the organization go there by mail when mail is set up. */
    @Column(name = "contact_email", length = 200)
    @Text(max = 200)
    private String contactEmail;

    @Column(nullable = false)
    private boolean active = true;

    private static final Pattern MAILBOX = Pattern.compile("[^@\\s]{1,64}@[^@\\s]+\\.[^@\\s]+");

    protected Organization() {
    }

    public Organization(String code, String name, OrganizationType type, Region region, Organization parent) {
        this.code = Region.requireText(code, "organization.code.required");
        this.name = Region.requireText(name, "organization.name.required");
        this.type = Objects.requireNonNull(type);
        this.region = Objects.requireNonNull(region);
        this.regionPath = region.getPath();
        placeUnder(parent);
    }

    private void placeUnder(Organization newParent) {
        if (type.needsParentDepartment() && newParent == null) {
            throw new InvalidInputException("organization.parent.required");
        }
        if (newParent != null && !newParent.type.mayHaveUnits()) {
            throw new InvalidInputException("organization.parent.notDepartment", newParent.name);
        }
        if (newParent != null && newParent.equals(this)) {
            throw new InvalidInputException("organization.parent.self");
        }
        this.parent = newParent;
    }

    /** Called once the id is known, and again after a move. */
    public void assignPath() {
        path = (parent == null ? "/" : parent.path) + id + "/";
    }

    public void describe(String newName, String newContactPerson, String newContactPhone, String newContactEmail) {
        this.name = Region.requireText(newName, "organization.name.required");
        this.contactPerson = blankToNull(newContactPerson);
        this.contactPhone = blankToNull(newContactPhone);
        String email = blankToNull(newContactEmail);
        if (email != null && !MAILBOX.matcher(email).matches()) {
            throw new InvalidInputException("organization.email.invalid", email);
        }
        this.contactEmail = email;
    }

    public String getContactEmail() {
        return contactEmail;
    }

    public void deactivate() {
        active = false;
    }

    public void activate() {
        active = true;
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    @Override
    public String organizationPath() {
        return path;
    }

    @Override
    public String regionPath() {
        return regionPath;
    }

    public Long getId() {
        return id;
    }

    public long getVersion() {
        return version;
    }

    public String getCode() {
        return code;
    }

    public String getName() {
        return name;
    }

    public OrganizationType getType() {
        return type;
    }

    public Region getRegion() {
        return region;
    }

    public Organization getParent() {
        return parent;
    }

    public String getPath() {
        return path;
    }

    public String getRegionPath() {
        return regionPath;
    }

    public String getContactPerson() {
        return contactPerson;
    }

    public String getContactPhone() {
        return contactPhone;
    }

    public boolean isActive() {
        return active;
    }

    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        return o instanceof Organization other && id != null && Objects.equals(id, other.id);
    }

    @Override
    public int hashCode() {
        return Organization.class.hashCode();
    }

    @Override
    public String toString() {
        return "Organization[" + code + " " + name + "]";
    }
}
