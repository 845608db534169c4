package cn.fundperf.ejb.project;

/** Where a project stands in the project library: proposed (储备) or in the budget project library (已入库). */
public enum ProjectLibraryStatus {
    RESERVE, IN_LIBRARY
}
