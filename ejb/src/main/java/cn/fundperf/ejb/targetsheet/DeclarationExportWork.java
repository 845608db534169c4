package cn.fundperf.ejb.targetsheet;

import cn.fundperf.ejb.task.BackgroundTask;
import cn.fundperf.ejb.task.FileStore;
import cn.fundperf.ejb.task.StoredFile;
import cn.fundperf.ejb.task.TaskKind;
import cn.fundperf.ejb.task.TaskOutcome;
import cn.fundperf.ejb.task.TaskWork;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;

/** A year's 申报表 as one workbook, read in slices (each its own transaction) so that progress shows. */
@Dependent
public class DeclarationExportWork implements TaskWork {

    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    private static final int SLICE = 50;

    @Inject
    TargetSheetService sheets;

    @Inject
    FileStore files;

    @Override
    public TaskKind kind() {
        return TaskKind.DECLARATION_EXPORT;
    }

    @Override
    public TaskOutcome execute(BackgroundTask task, Progress progress) {
        int year = Integer.parseInt(task.getParameters());
        List<Long> ids = sheets.declarationSheetIds(year);
        int steps = ids.size() + 1;   // the last step writes the workbook
        List<DeclarationForm> forms = new ArrayList<>(ids.size());
        progress.report(0, steps);
        for (int from = 0; from < ids.size(); from += SLICE) {
            forms.addAll(sheets.declarationForms(ids.subList(from, Math.min(ids.size(), from + SLICE))));
            progress.report(forms.size(), steps);
        }
        StoredFile file = files.store(year + "年绩效目标申报表.xlsx", XLSX, DeclarationWorkbook.write(forms));
        return TaskOutcome.file(file, "task.declarations.done", year, forms.size());
    }
}
