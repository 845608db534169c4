package cn.fundperf.web.admin;

import cn.fundperf.ejb.directory.OrganizationService;
import cn.fundperf.ejb.organization.Region;
import cn.fundperf.ejb.organization.RegionLevel;
import cn.fundperf.web.faces.Texts;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/** 区域管理: the region tree, add a region, rename one. */
@Named
@ViewScoped
public class RegionsBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    OrganizationService organizations;

    private List<RegionRow> rows;
    private String code;
    private String name;
    private RegionLevel level = RegionLevel.TOWNSHIP;
    private Long parentId;
    private RegionRow editing;

    /** A line of the tree table; editable name, the version it was read at. */
    public static class RegionRow implements Serializable {
        private static final long serialVersionUID = 1L;
        private final long id;
        private final long version;
        private final String code;
        private final RegionLevel level;
        private final int depth;
        private final String parentName;
        private String name;

        RegionRow(Region region) {
            this.id = region.getId();
            this.version = region.getVersion();
            this.code = region.getCode();
            this.level = region.getLevel();
            this.depth = (int) region.getPath().chars().filter(c -> c == '/').count() - 2;
            this.parentName = region.getParent() == null ? "" : region.getParent().getName();
            this.name = region.getName();
        }

        public long getId() { return id; }
        public long getVersion() { return version; }
        public String getCode() { return code; }
        public RegionLevel getLevel() { return level; }
        public String getParentName() { return parentName; }
        public String getIndent() { return "\u3000".repeat(Math.max(0, depth)); }
        public String getName() { return name; }
        public void setName(String name) { this.name = name; }
    }

    @PostConstruct
    void load() {
        rows = organizations.regionTree().stream().map(RegionRow::new).toList();
    }

    public void add() {
        Region region = organizations.createRegion(code, name, level, parentId);
        Texts.info("region.created", region.getName());
        code = name = null;
        load();
    }

    public void edit(RegionRow row) {
        editing = row;
    }

    public void rename() {
        organizations.renameRegion(editing.getId(), editing.getVersion(), editing.getName());
        Texts.info("saved");
        editing = null;
        load();
    }

    public RegionLevel[] getLevels() {
        return RegionLevel.values();
    }

    public List<RegionRow> getRows() { return rows; }
    public String getCode() { return code; }
    public void setCode(String code) { this.code = code; }
    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
    public RegionLevel getLevel() { return level; }
    public void setLevel(RegionLevel level) { this.level = level; }
    public Long getParentId() { return parentId; }
    public void setParentId(Long parentId) { this.parentId = parentId; }
    public RegionRow getEditing() { return editing; }
}
