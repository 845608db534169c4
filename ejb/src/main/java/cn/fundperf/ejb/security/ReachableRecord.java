package cn.fundperf.ejb.security;

/**
 * A record whose own rule says who may reach it, where the organization and region paths of a
 * scoped record do not (a review round: the managers of its region and its members).
 */
public interface ReachableRecord {

    boolean reachableBy(Actor actor);
}
