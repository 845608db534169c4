package cn.fundperf.ejb.demo;

import cn.fundperf.ejb.audit.AuditTrail;
import cn.fundperf.ejb.organization.Organization;
import cn.fundperf.ejb.organization.OrganizationType;
import cn.fundperf.ejb.organization.Region;
import cn.fundperf.ejb.organization.RegionLevel;
import cn.fundperf.ejb.security.Actor;
import cn.fundperf.ejb.security.PasswordHasher;
import cn.fundperf.ejb.security.Role;
import cn.fundperf.ejb.security.UserAccount;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The demo county (清河县): its region tree, the organizations of every type and one user per
 * role, loaded on first start when {@code fundperf.demo.enabled=true} and the database has no
 * users yet. Never enabled in production configuration.
 */
@Singleton
@Startup
@DependsOn("DatabaseMigration")
public class DemoData {

    public static final String PASSWORD = "Fupin@2026";

    private static final Logger LOG = Logger.getLogger(DemoData.class.getName());

    /** Demo logins: user name → (organization code, role). Printed by the run script and listed in the README. */
    public static final Map<String, Object[]> LOGINS = new LinkedHashMap<>();

    static {
        LOGINS.put("unit01", new Object[] {"DW-CGZ", Role.UNIT, "张建华"});
        LOGINS.put("unit02", new Object[] {"DW-SQX", Role.UNIT, "李秀英"});
        LOGINS.put("unit03", new Object[] {"DW-BYX", Role.UNIT, "黄永福"});
        LOGINS.put("dept01", new Object[] {"BM-NYJ", Role.DEPT, "王志强"});
        LOGINS.put("dept02", new Object[] {"BM-JYJ", Role.DEPT, "刘芳"});
        LOGINS.put("finance01", new Object[] {"CZJ", Role.FINANCE, "陈静"});
        LOGINS.put("poverty01", new Object[] {"XCZXJ", Role.POVERTY_OFFICE, "杨光明"});
        LOGINS.put("reviewer01", new Object[] {"FGJ", Role.REVIEWER, "赵立新"});
        LOGINS.put("auditor01", new Object[] {"SJJ", Role.AUDITOR, "孙丽"});
        LOGINS.put("discipline01", new Object[] {"JWJ", Role.DISCIPLINE, "周正"});
        LOGINS.put("evaluator01", new Object[] {"PJJG", Role.EVALUATOR, "吴晓东"});
        LOGINS.put("sysadmin", new Object[] {"CZJ", Role.SYSADMIN, "系统管理员"});
        LOGINS.put("secadmin", new Object[] {"CZJ", Role.SECADMIN, "安全管理员"});
        LOGINS.put("auditadmin", new Object[] {"CZJ", Role.AUDITADMIN, "审计管理员"});
    }

    @PersistenceContext
    EntityManager em;

    @Inject
    AuditTrail auditTrail;

    @Inject
    Clock clock;

    @Inject
    @ConfigProperty(name = "fundperf.demo.enabled", defaultValue = "false")
    boolean enabled;

    @PostConstruct
    void loadOnFirstStart() {
        if (!enabled) {
            return;
        }
        long users = em.createQuery("select count(u) from UserAccount u", Long.class).getSingleResult();
        LocalDateTime now = LocalDateTime.now(clock);
        if (users == 0) {
            Map<String, Organization> orgs = organizations(regions());
            String hash = PasswordHasher.hash(PASSWORD);
            for (Map.Entry<String, Object[]> login : LOGINS.entrySet()) {
                Organization org = orgs.get((String) login.getValue()[0]);
                UserAccount user = new UserAccount(login.getKey(), (String) login.getValue()[2], org, hash, now);
                user.acceptPasswordAsChosen();
                em.persist(user);
                user.assignRoles(EnumSet.of((Role) login.getValue()[1]), false, now);
            }
            auditTrail.recordFor(Actor.system("demo"), "demo.loaded", null, null, null,
                    orgs.size() + " organizations, " + LOGINS.size() + " users");
            LOG.info(() -> "Demo county loaded: " + orgs.size() + " organizations, " + LOGINS.size() + " users");
        }
        // a demo database of an earlier release gets the project library on its next start
        long projects = em.createQuery("select count(p) from Project p", Long.class).getSingleResult();
        List<Organization> demoOrganizations = em.createQuery("select o from Organization o where o.code like 'DW-%' or o.code like 'BM-%'",
                Organization.class).getResultList();
        if (projects == 0 && !demoOrganizations.isEmpty()) {
            Map<String, Organization> byCode = new LinkedHashMap<>();
            demoOrganizations.forEach(o -> byCode.put(o.getCode(), o));
            int loaded = DemoProjects.load(em, byCode, now);
            auditTrail.recordFor(Actor.system("demo"), "demo.projectsLoaded", null, null, null, loaded + " projects");
            LOG.info(() -> "Demo project library loaded: " + loaded + " projects with target sheets");
        }
        long periods = em.createQuery("select count(p) from MonitoringPeriod p", Long.class).getSingleResult();
        if (periods == 0 && !demoOrganizations.isEmpty()) {
            int planned = DemoMonitoring.load(em, now);
            auditTrail.recordFor(Actor.system("demo"), "demo.monitoringLoaded", null, null, null, planned + " periods");
        }
    }

    private Map<String, Region> regions() {
        Map<String, Region> regions = new LinkedHashMap<>();
        Region county = region(regions, "511001", "清河县", RegionLevel.COUNTY, null);
        Region chengguan = region(regions, "511001100", "城关镇", RegionLevel.TOWNSHIP, county);
        Region shiqiao = region(regions, "511001201", "石桥乡", RegionLevel.TOWNSHIP, county);
        Region baiyun = region(regions, "511001202", "白云乡", RegionLevel.TOWNSHIP, county);
        region(regions, "511001100001", "东街社区", RegionLevel.VILLAGE, chengguan);
        region(regions, "511001100201", "柳湾村", RegionLevel.VILLAGE, chengguan);
        region(regions, "511001201201", "石桥村", RegionLevel.VILLAGE, shiqiao);
        region(regions, "511001201202", "茶园村", RegionLevel.VILLAGE, shiqiao);
        region(regions, "511001202201", "白云村", RegionLevel.VILLAGE, baiyun);
        region(regions, "511001202202", "高山村", RegionLevel.VILLAGE, baiyun);
        return regions;
    }

    private Region region(Map<String, Region> regions, String code, String name, RegionLevel level, Region parent) {
        Region region = new Region(code, name, level, parent);
        em.persist(region);
        region.assignPath();
        regions.put(code, region);
        return region;
    }

    private static final String[] CONTACTS = {"刘志强", "王丽", "何建国", "邓敏", "罗晓燕", "蒋平", "唐亮", "冯雪梅", "谢军", "曾红", "彭涛", "吕芳"};

    private Map<String, Organization> organizations(Map<String, Region> regions) {
        Region county = regions.get("511001");
        Map<String, Organization> orgs = new LinkedHashMap<>();
        for (Object[] row : List.of(
                new Object[] {"CZJ", "清河县财政局", OrganizationType.FINANCE},
                new Object[] {"XCZXJ", "清河县乡村振兴局（扶贫办）", OrganizationType.POVERTY_OFFICE},
                new Object[] {"FGJ", "清河县发展和改革局", OrganizationType.DEVELOPMENT_REFORM},
                new Object[] {"BM-NYJ", "清河县农业农村局", OrganizationType.SECTOR_DEPARTMENT},
                new Object[] {"BM-JYJ", "清河县教育局", OrganizationType.SECTOR_DEPARTMENT},
                new Object[] {"BM-WJJ", "清河县卫生健康局", OrganizationType.SECTOR_DEPARTMENT},
                new Object[] {"BM-ZJJ", "清河县住房和城乡建设局", OrganizationType.SECTOR_DEPARTMENT},
                new Object[] {"BM-SLJ", "清河县水利局", OrganizationType.SECTOR_DEPARTMENT},
                new Object[] {"BM-RSJ", "清河县人力资源和社会保障局", OrganizationType.SECTOR_DEPARTMENT},
                new Object[] {"SJJ", "清河县审计局", OrganizationType.AUDIT},
                new Object[] {"JWJ", "清河县纪委监委", OrganizationType.DISCIPLINE},
                new Object[] {"PJJG", "蜀信绩效评价咨询有限公司", OrganizationType.THIRD_PARTY})) {
            organization(orgs, (String) row[0], (String) row[1], (OrganizationType) row[2], county, null);
        }
        organization(orgs, "DW-CGZ", "城关镇人民政府", OrganizationType.USING_UNIT, regions.get("511001100"), orgs.get("BM-NYJ"));
        organization(orgs, "DW-SQX", "石桥乡人民政府", OrganizationType.USING_UNIT, regions.get("511001201"), orgs.get("BM-NYJ"));
        organization(orgs, "DW-BYX", "白云乡人民政府", OrganizationType.USING_UNIT, regions.get("511001202"), orgs.get("BM-NYJ"));
        organization(orgs, "DW-CYHZS", "石桥乡茶园茶叶专业合作社", OrganizationType.USING_UNIT, regions.get("511001201"), orgs.get("BM-NYJ"));
        organization(orgs, "DW-YZ", "清河县第一中学", OrganizationType.USING_UNIT, county, orgs.get("BM-JYJ"));
        organization(orgs, "DW-BYXX", "白云乡中心小学", OrganizationType.USING_UNIT, regions.get("511001202"), orgs.get("BM-JYJ"));
        organization(orgs, "DW-RMYY", "清河县人民医院", OrganizationType.USING_UNIT, county, orgs.get("BM-WJJ"));
        organization(orgs, "DW-SQWSY", "石桥乡卫生院", OrganizationType.USING_UNIT, regions.get("511001201"), orgs.get("BM-WJJ"));
        organization(orgs, "DW-ZJZX", "清河县住房保障服务中心", OrganizationType.USING_UNIT, county, orgs.get("BM-ZJJ"));
        organization(orgs, "DW-SLZ", "清河县农村供水管理站", OrganizationType.USING_UNIT, county, orgs.get("BM-SLJ"));
        organization(orgs, "DW-JYZX", "清河县就业服务中心", OrganizationType.USING_UNIT, county, orgs.get("BM-RSJ"));
        return orgs;
    }

    private void organization(Map<String, Organization> orgs, String code, String name, OrganizationType type,
                              Region region, Organization parent) {
        Organization org = new Organization(code, name, type, region, parent);
        // a directory without contacts is of no use to anyone: each demo office has one
        int n = orgs.size();
        org.describe(name, CONTACTS[n % CONTACTS.length], String.format("0838-62%05d", 31000 + n * 137), null);
        em.persist(org);
        org.assignPath();
        orgs.put(code, org);
    }
}
