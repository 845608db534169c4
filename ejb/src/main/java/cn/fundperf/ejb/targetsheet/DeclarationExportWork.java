package cn.fundperf.ejb.targetsheet;

import cn.fundperf.ejb.targetsheet.TargetSheetService.DeclarationEntry;
import cn.fundperf.ejb.task.BackgroundTask;
import cn.fundperf.ejb.task.FileStore;
import cn.fundperf.ejb.task.StoredFile;
import cn.fundperf.ejb.task.TaskKind;
import cn.fundperf.ejb.task.TaskOutcome;
import cn.fundperf.ejb.task.TaskWork;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * A year's 申报表, read in slices (each its own transaction) so that progress shows, and written
 * straight into the file store. Up to {@value #ONE_WORKBOOK} sheets make one workbook, as a county
 * expects; more (a city's, a province's year) make a zip with one workbook per department, so that
 * memory holds one department's forms at a time, not the province's.
 */
@Dependent
public class DeclarationExportWork implements TaskWork {

    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    static final String ZIP = "application/zip";
    static final int ONE_WORKBOOK = 500;
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
        List<DeclarationEntry> entries = sheets.declarationSheets(year);
        int[] done = {0};
        int steps = entries.size() + 1;   // the last step finishes the file
        progress.report(0, steps);
        StoredFile file;
        if (entries.size() <= ONE_WORKBOOK) {
            file = files.store(year + "年绩效目标申报表.xlsx", XLSX,
                    out -> DeclarationWorkbook.write(forms(entries, done, steps, progress), out));
        } else {
            file = files.store(year + "年绩效目标申报表（按主管部门）.zip", ZIP, out -> writeZip(year, entries, out, done, steps, progress));
        }
        return TaskOutcome.file(file, "task.declarations.done", year, entries.size());
    }

    private void writeZip(int year, List<DeclarationEntry> entries, OutputStream out, int[] done, int steps, Progress progress)
            throws IOException {
        Map<String, List<DeclarationEntry>> byDepartment = new LinkedHashMap<>();
        entries.forEach(e -> byDepartment.computeIfAbsent(e.departmentCode(), k -> new ArrayList<>()).add(e));
        ZipOutputStream zip = new ZipOutputStream(out);
        Set<String> names = new HashSet<>();
        for (List<DeclarationEntry> department : byDepartment.values()) {
            DeclarationEntry first = department.get(0);
            String name = safeFileName(year + "年" + first.departmentName() + "（" + first.departmentCode() + "）") + ".xlsx";
            zip.putNextEntry(new ZipEntry(names.add(name) ? name : first.departmentCode() + "-" + names.size() + ".xlsx"));
            DeclarationWorkbook.write(forms(department, done, steps, progress), zip);
            zip.closeEntry();
        }
        zip.finish();
    }

    private List<DeclarationForm> forms(List<DeclarationEntry> entries, int[] done, int steps, Progress progress) {
        List<DeclarationForm> forms = new ArrayList<>(entries.size());
        for (int from = 0; from < entries.size(); from += SLICE) {
            forms.addAll(sheets.declarationForms(entries.subList(from, Math.min(entries.size(), from + SLICE)).stream()
                    .map(DeclarationEntry::sheetId).toList()));
            done[0] += Math.min(SLICE, entries.size() - from);
            progress.report(done[0], steps);
        }
        return forms;
    }

    /** A department's name as a file name inside the zip: no path separators or characters Windows refuses. */
    static String safeFileName(String name) {
        return name.replaceAll("[\\\\/:*?\"<>|]", "_");
    }
}
