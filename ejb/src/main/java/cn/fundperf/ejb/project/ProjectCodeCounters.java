package cn.fundperf.ejb.project;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/** Makes a year's counter row on its own, so that a creation that lost the race to make it only has to read it. */
@Stateless
public class ProjectCodeCounters {

    @PersistenceContext
    EntityManager em;

    /** Starts the year after the projects it already has (counted once per year). */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void start(int year) {
        long existing = em.createQuery("select count(p) from Project p where p.fiscalYear = :year", Long.class)
                .setParameter("year", year).getSingleResult();
        em.persist(new ProjectCodeCounter(year, (int) existing));
        em.flush();
    }
}
