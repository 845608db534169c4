package cn.fundperf.web.admin;

import cn.fundperf.ejb.directory.OrganizationService;
import cn.fundperf.ejb.organization.Organization;
import cn.fundperf.ejb.organization.OrganizationType;
import cn.fundperf.web.faces.PagedModel;
import cn.fundperf.web.faces.Texts;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/** 单位管理: all organizations of the jurisdiction; add, describe, (de)activate. */
@Named
@ViewScoped
public class OrganizationsBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    OrganizationService organizations;

    private String text;
    private final OrganizationChoice parent = new OrganizationChoice(true);
    private PagedModel<OrganizationRow> rows;
    private List<RegionsBacking.RegionRow> regions;
    private String code;
    private String name;
    private OrganizationType type = OrganizationType.USING_UNIT;
    private Long regionId;
    private OrganizationRow editing;

    public static class OrganizationRow implements Serializable {
        private static final long serialVersionUID = 1L;
        private final long id;
        private final long version;
        private final String code;
        private final OrganizationType type;
        private final String regionName;
        private final String parentName;
        private final boolean active;
        private String name;
        private String contactPerson;
        private String contactPhone;
        private String contactEmail;

        OrganizationRow(Organization org) {
            id = org.getId();
            version = org.getVersion();
            code = org.getCode();
            type = org.getType();
            regionName = org.getRegion().getName();
            parentName = org.getParent() == null ? "" : org.getParent().getName();
            active = org.isActive();
            name = org.getName();
            contactPerson = org.getContactPerson();
            contactPhone = org.getContactPhone();
            contactEmail = org.getContactEmail();
        }

        public long getId() { return id; }
        public long getVersion() { return version; }
        public String getCode() { return code; }
        public OrganizationType getType() { return type; }
        public String getRegionName() { return regionName; }
        public String getParentName() { return parentName; }
        public boolean isActive() { return active; }
        public boolean isDepartment() { return type.mayHaveUnits(); }
        public String getName() { return name; }
        public void setName(String name) { this.name = name; }
        public String getContactPerson() { return contactPerson; }
        public void setContactPerson(String contactPerson) { this.contactPerson = contactPerson; }
        public String getContactPhone() { return contactPhone; }
        public void setContactPhone(String contactPhone) { this.contactPhone = contactPhone; }
        public String getContactEmail() { return contactEmail; }
        public void setContactEmail(String contactEmail) { this.contactEmail = contactEmail; }
    }

    @PostConstruct
    void load() {
        rows = new PagedModel<>(() -> organizations.organizationCount(text),
                (first, max) -> organizations.organizations(text, first, max).stream().map(OrganizationRow::new).toList(), OrganizationRow::getId);
        regions = organizations.regionTree().stream().map(RegionsBacking.RegionRow::new).toList();
    }

    public void add() {
        Organization org = organizations.createOrganization(code, name, type, regionId == null ? -1 : regionId, parent.id());
        Texts.info("organization.created", org.getName());
        code = name = null;
        parent.clear();
        load();
    }

    public void edit(OrganizationRow row) {
        editing = row;
    }

    public void save() {
        organizations.describeOrganization(editing.getId(), editing.getVersion(), editing.getName(),
                editing.getContactPerson(), editing.getContactPhone(), editing.getContactEmail());
        Texts.info("saved");
        editing = null;
        load();
    }

    public void toggleActive(OrganizationRow row) {
        organizations.setOrganizationActive(row.getId(), row.getVersion(), !row.isActive());
        Texts.info("saved");
        load();
    }

    public OrganizationType[] getTypes() {
        return OrganizationType.values();
    }

    /** The departments whose names or codes hold the words typed, for the parent's choice. */
    public List<String> suggestDepartments(String words) {
        return parent.suggest(organizations, words);
    }

    /** The list shows what the search words find, from its first page. */
    public void search() {
        PagedModel.showFirstPage(":organizations:table");
    }


    public PagedModel<OrganizationRow> getRows() { return rows; }
    public OrganizationChoice getParent() { return parent; }
    public String getText() { return text; }
    public void setText(String text) { this.text = text; }
    public List<RegionsBacking.RegionRow> getRegions() { return regions; }
    public String getCode() { return code; }
    public void setCode(String code) { this.code = code; }
    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
    public OrganizationType getType() { return type; }
    public void setType(OrganizationType type) { this.type = type; }
    public Long getRegionId() { return regionId; }
    public void setRegionId(Long regionId) { this.regionId = regionId; }
    public OrganizationRow getEditing() { return editing; }
}
