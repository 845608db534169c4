package cn.fundperf.ejb.audit;

import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Looks up the names a page of audit records refers to: one query for the actors and one per
 * object type on the page, never one per row. Names are read now (a renamed project shows its
 * new name); the record itself keeps the ids, and the CSV export keeps only those.
 */
@Dependent
public class AuditNames {

    /*
     * Object types as the services record them, and how to name one: the id, then one or two parts.
     * Entity names stay strings here so that the audit feature does not depend on the features it logs.
     */
    private static final Map<String, String> NAME_QUERIES = Map.of(
            "UserAccount", "select e.id, e.displayName, e.username from UserAccount e where e.id in :ids",
            "Project", "select e.id, e.code, e.name from Project e where e.id in :ids",
            "TargetSheet", "select e.id, e.project.code, e.project.name from TargetSheet e where e.id in :ids",
            "ReviewRound", "select e.id, e.title from ReviewRound e where e.id in :ids",
            "ReviewItem", "select e.id, e.sheet.project.code, e.sheet.project.name from ReviewItem e where e.id in :ids",
            "ReviewOpinion", "select e.id, e.member.displayName, e.item.sheet.project.name from ReviewOpinion e where e.id in :ids",
            "TemplateChange", "select e.id, coalesce(e.draft.name, t.content.name) from TemplateChange e left join e.template t where e.id in :ids",
            "FundCategory", "select e.id, e.code, e.name from FundCategory e where e.id in :ids",
            "Region", "select e.id, e.code, e.name from Region e where e.id in :ids",
            "Organization", "select e.id, e.code, e.name from Organization e where e.id in :ids");

    @PersistenceContext
    EntityManager em;

    public List<AuditEntry> entries(List<AuditRecord> records) {
        Map<String, String> actors = actorNames(records.stream().map(AuditRecord::getActorUsername).collect(Collectors.toSet()));
        Map<String, Map<Long, String>> objects = new HashMap<>();
        records.stream().collect(Collectors.groupingBy(r -> Objects.toString(r.getEntityType(), ""),
                        Collectors.mapping(r -> numeric(r.getEntityId()), Collectors.toSet())))
                .forEach((type, ids) -> objects.put(type, objectNames(type, ids)));
        return records.stream()
                .map(r -> new AuditEntry(r, actors.get(r.getActorUsername()), objectName(objects, r)))
                .toList();
    }

    private static String objectName(Map<String, Map<Long, String>> objects, AuditRecord r) {
        Long id = numeric(r.getEntityId());
        return id == null ? null : objects.getOrDefault(Objects.toString(r.getEntityType(), ""), Map.of()).get(id);
    }

    private Map<String, String> actorNames(Set<String> usernames) {
        if (usernames.isEmpty()) {
            return Map.of();
        }
        Map<String, String> names = new HashMap<>();
        em.createQuery("select u.username, u.displayName from UserAccount u where u.username in :names", Object[].class)
                .setParameter("names", usernames)
                .getResultList()
                .forEach(row -> names.put((String) row[0], (String) row[1]));
        return names;
    }

    private Map<Long, String> objectNames(String type, Set<Long> ids) {
        String jpql = NAME_QUERIES.get(type);
        Set<Long> known = ids.stream().filter(Objects::nonNull).collect(Collectors.toSet());
        if (jpql == null || known.isEmpty()) {
            return Map.of();
        }
        Map<Long, String> names = new HashMap<>();
        em.createQuery(jpql, Object[].class).setParameter("ids", known).getResultList()
                .forEach(row -> names.put(((Number) row[0]).longValue(), name(row[1], row.length > 2 ? row[2] : null)));
        return names;
    }

    static String name(Object first, Object second) {
        return Stream.of(first, second).filter(Objects::nonNull).map(Object::toString).map(String::strip)
                .filter(s -> !s.isEmpty()).collect(Collectors.joining(" "));
    }

    /** Object ids are stored as text; only the numeric ones name an entity row. */
    static Long numeric(String entityId) {
        if (entityId == null || entityId.isEmpty() || entityId.length() > 18 || !entityId.chars().allMatch(Character::isDigit)) {
            return null;
        }
        return Long.valueOf(entityId);
    }
}
