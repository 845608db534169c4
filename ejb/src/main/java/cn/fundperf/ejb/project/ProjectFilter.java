package cn.fundperf.ejb.project;

import java.io.Serializable;

/** The project list's filters; null means "any". */
public record ProjectFilter(Integer fiscalYear, Long categoryId, Long departmentId, Long regionId,
                            ProjectLibraryStatus libraryStatus, TargetSheetStatus targetStatus, String text)
        implements Serializable {

    public static ProjectFilter ofYear(int year) {
        return new ProjectFilter(year, null, null, null, null, null, null);
    }
}
