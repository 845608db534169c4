package cn.fundperf.ejb.monitoring;

import static cn.fundperf.ejb.monitoring.MonitoringWorkbook.LEVELS;
import static cn.fundperf.ejb.monitoring.MonitoringWorkbook.TEXT;

import cn.fundperf.ejb.platform.ChinesePdf;
import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.text.MessageFormat;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** The 项目支出绩效目标执行监控表 as a printable PDF (A4 landscape), the grid of the xlsx. */
public final class MonitoringFormPdf {

    private MonitoringFormPdf() {
    }

    public static byte[] write(List<MonitoringForm> forms) {
        try {
            ChinesePdf.Fonts fonts = ChinesePdf.fonts();
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            Document document = new Document(PageSize.A4.rotate(), 24, 24, 24, 24);
            PdfWriter.getInstance(document, out);
            document.open();
            boolean first = true;
            for (MonitoringForm form : forms) {
                if (!first) {
                    document.newPage();
                }
                first = false;
                page(document, form, fonts);
            }
            if (forms.isEmpty()) {
                document.add(new Paragraph(" "));
            }
            document.close();
            return out.toByteArray();
        } catch (Exception e) {
            throw new IllegalStateException("The monitoring PDF could not be written", e);
        }
    }

    private static void page(Document document, MonitoringForm form, ChinesePdf.Fonts fonts) throws Exception {
        Font bold = fonts.bold();
        Font normal = fonts.normal();
        String month = String.valueOf(form.month());
        Paragraph heading = new Paragraph(MessageFormat.format(TEXT.getString("form.title"), String.valueOf(form.year())), fonts.title());
        heading.setAlignment(Element.ALIGN_CENTER);
        document.add(heading);
        Paragraph period = new Paragraph(MessageFormat.format(TEXT.getString("form.period"), form.periodName(), month), normal);
        period.setAlignment(Element.ALIGN_CENTER);
        document.add(period);
        Paragraph unit = new Paragraph(TEXT.getString("form.unitLabel") + (form.level() == null ? ""
                : "　　" + MessageFormat.format(TEXT.getString("form.level"), TEXT.getString("level." + form.level()))), normal);
        unit.setAlignment(Element.ALIGN_RIGHT);
        document.add(unit);

        PdfPTable table = new PdfPTable(new float[] {8, 10, 18, 11, 11, 11, 6, 6, 6, 8, 6, 6, 6, 8, 20});
        table.setWidthPercentage(100);
        table.setSpacingBefore(6);
        ChinesePdf.cell(table, TEXT.getString("form.projectName"), bold, 1, 1);
        ChinesePdf.cell(table, form.projectName(), normal, 14, 1);
        ChinesePdf.cell(table, TEXT.getString("form.department"), bold, 1, 1);
        ChinesePdf.cell(table, form.department(), normal, 6, 1);
        ChinesePdf.cell(table, TEXT.getString("form.unit"), bold, 2, 1);
        ChinesePdf.cell(table, form.unit(), normal, 6, 1);

        String[] moneyHead = MessageFormat.format(TEXT.getString("form.moneyHead"), month).split("｜");
        ChinesePdf.cell(table, TEXT.getString("form.money"), bold, 1, 4);
        ChinesePdf.cell(table, "", bold, 4, 1);
        for (int i = 0; i < 4; i++) {
            ChinesePdf.cell(table, moneyHead[i], bold, i == 3 ? 4 : 2, 1);
        }
        String rate = form.executionRate() == null ? "" : form.executionRate().toPlainString() + "%";
        String[][] money = {{TEXT.getString("form.total"), plain(form.budgetWan()), plain(form.releasedWan()), plain(form.executedWan()), rate},
                {TEXT.getString("form.fiscal"), plain(form.budgetWan()), plain(form.releasedWan()), plain(form.executedWan()), rate},
                {TEXT.getString("form.other"), "", "", "", ""}};
        for (String[] line : money) {
            ChinesePdf.cell(table, line[0], normal, 4, 1);
            for (int i = 0; i < 4; i++) {
                ChinesePdf.cell(table, line[i + 1], normal, i == 3 ? 4 : 2, 1);
            }
        }
        ChinesePdf.cell(table, TEXT.getString("form.goal"), bold, 1, 1);
        ChinesePdf.cell(table, form.goal(), normal, 14, 1);

        for (String single : List.of(TEXT.getString("form.level1"), TEXT.getString("form.level2"), TEXT.getString("form.level3"),
                TEXT.getString("form.value"), MessageFormat.format(TEXT.getString("form.achieved"), month), TEXT.getString("form.expected"))) {
            ChinesePdf.cell(table, single, bold, 1, 2);
        }
        ChinesePdf.cell(table, TEXT.getString("form.deviation"), bold, 5, 1);
        ChinesePdf.cell(table, TEXT.getString("form.likelihood"), bold, 3, 1);
        ChinesePdf.cell(table, TEXT.getString("form.remark"), bold, 1, 2);
        for (String cause : TEXT.getString("form.causes").split("｜")) {
            ChinesePdf.cell(table, cause, bold, 1, 1);
        }
        for (String likelihood : TEXT.getString("form.likelihoods").split("｜")) {
            ChinesePdf.cell(table, likelihood, bold, 1, 1);
        }
        for (MonitoringForm.Row line : form.rows()) {
            ChinesePdf.cell(table, line.level1() == null ? "" : LEVELS.getString("level1." + line.level1().name()), normal, 1, 1);
            ChinesePdf.cell(table, line.level2() == null ? "" : LEVELS.getString("level2." + line.level2().name()), normal, 1, 1);
            ChinesePdf.cell(table, line.name(), normal, 1, 1);
            ChinesePdf.cell(table, line.target(), normal, 1, 1);
            ChinesePdf.cell(table, line.achieved(), normal, 1, 1);
            ChinesePdf.cell(table, line.expected(), normal, 1, 1);
            for (DeviationCause cause : DeviationCause.values()) {
                ChinesePdf.cell(table, line.cause() != cause ? "" : line.reason() == null ? TEXT.getString("form.tick") : line.reason(), normal, 1, 1);
            }
            for (Likelihood likelihood : Likelihood.values()) {
                ChinesePdf.cell(table, line.likelihood() == likelihood ? TEXT.getString("form.tick") : "", normal, 1, 1);
            }
            List<String> remark = new ArrayList<>();
            if (line.measure() != null) {
                remark.add(MessageFormat.format(TEXT.getString("form.measure"), line.measure()));
            }
            if (!line.evidenced()) {
                remark.add(TEXT.getString("form.unverified"));
            }
            ChinesePdf.cell(table, String.join("；", remark), normal, 1, 1);
        }
        document.add(table);
        document.add(new Paragraph(MessageFormat.format(TEXT.getString("form.footer"), LocalDate.now()), normal));
    }

    private static String plain(BigDecimal value) {
        return value == null ? "" : value.toPlainString();
    }
}
