package cn.fundperf.ejb.project;

/**
 * A project's unit, department or region may have changed: fired in the transaction of the change,
 * so that what follows the project (its target sheets still with the unit) moves with it.
 */
public record ProjectMoved(Project project) {
}
