package cn.fundperf.ejb.security;

import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * "陈静（清河县财政局）" for the user names a record keeps (history, opinions): people read names, not
 * logins. One query for all names of a page. Called by guarded services for records the caller
 * may already see; a name that is no longer known stays as it was recorded.
 */
@Dependent
public class PeopleNames {

    @PersistenceContext
    EntityManager em;

    public Map<String, String> of(Collection<String> usernames) {
        Set<String> wanted = usernames.stream().filter(Objects::nonNull).collect(Collectors.toSet());
        Map<String, String> names = new HashMap<>();
        if (wanted.isEmpty()) {
            return names;
        }
        em.createQuery("select u.username, u.displayName, u.organization.name from UserAccount u where u.username in :names", Object[].class)
                .setParameter("names", wanted).getResultList()
                .forEach(row -> names.put((String) row[0], row[1] + "（" + row[2] + "）"));
        wanted.forEach(name -> names.putIfAbsent(name, name));
        return names;
    }
}
