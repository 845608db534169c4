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
import org.eclipse.persistence.annotations.BatchFetch;
import org.eclipse.persistence.annotations.BatchFetchType;
import org.eclipse.persistence.annotations.Cache;

/** A node of the region tree (county, township, village). */
@Entity
// reference data read on nearly every request: in the shared cache; another server's change shows within a minute
@Cacheable
@Cache(expiry = 60_000)
@Table(name = "region")
@NamedQuery(name = "Region.byCode", query = "select r from Region r where r.code = :code")
@NamedQuery(name = "Region.subtree",
        query = "select r from Region r where r.path like :pathPrefix order by r.path")
public class Region {

    @Id
    @SequenceGenerator(name = "region_seq", sequenceName = "region_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "region_seq")
    private Long id;

    @Version
    private long version;

    @Column(nullable = false, unique = true, length = 32)
    @Text(max = 32)
    private String code;

    @Column(nullable = false, length = 100)
    @Text(max = 100)
    private String name;

    @Enumerated(EnumType.STRING)
    @Column(name = "region_level", nullable = false, length = 16)
    private RegionLevel level;

    @BatchFetch(BatchFetchType.IN)
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "parent_id")
    private Region parent;

    @Column(nullable = false, length = 400)
    private String path = "/";

    @Column(nullable = false)
    private boolean active = true;

    protected Region() {
    }

    public Region(String code, String name, RegionLevel level, Region parent) {
        if (parent != null && !parent.level.mayContain(level)) {
            throw new InvalidInputException("region.level.mismatch", parent.name, level);
        }
        if (parent == null && level == RegionLevel.VILLAGE) {
            throw new InvalidInputException("region.level.mismatch", "-", level);
        }
        this.code = requireText(code, "region.code.required");
        this.name = requireText(name, "region.name.required");
        this.level = level;
        this.parent = parent;
    }

    /** Called once the id is known: the path is the parent's path plus this id. */
    public void assignPath() {
        path = (parent == null ? "/" : parent.path) + id + "/";
    }

    public void rename(String newName) {
        this.name = requireText(newName, "region.name.required");
    }

    public void deactivate() {
        active = false;
    }

    public void activate() {
        active = true;
    }

    public boolean contains(Region other) {
        return other.path.startsWith(path);
    }

    static String requireText(String text, String key) {
        if (text == null || text.isBlank()) {
            throw new InvalidInputException(key);
        }
        return text.strip();
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

    public RegionLevel getLevel() {
        return level;
    }

    public Region getParent() {
        return parent;
    }

    public String getPath() {
        return path;
    }

    public boolean isActive() {
        return active;
    }

    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        return o instanceof Region r && id != null && Objects.equals(id, r.id);
    }

    @Override
    public int hashCode() {
        return Region.class.hashCode();
    }

    @Override
    public String toString() {
        return "Region[" + code + " " + name + "]";
    }
}
