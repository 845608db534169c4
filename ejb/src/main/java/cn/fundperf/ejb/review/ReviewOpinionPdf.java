package cn.fundperf.ejb.review;

import static cn.fundperf.ejb.review.ReviewOpinionForm.text;

import cn.fundperf.ejb.platform.ChinesePdf;
import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import java.io.ByteArrayOutputStream;
import java.util.List;

/** 绩效目标审核意见表 as a printable A4 PDF, the same content as the xlsx (STSong-Light, no font file). */
public final class ReviewOpinionPdf {

    private ReviewOpinionPdf() {
    }

    public static byte[] write(List<ReviewOpinionForm> forms) {
        return write(forms, null);
    }

    /** The forms, then the minutes (null: none recorded) on pages of their own. */
    public static byte[] write(List<ReviewOpinionForm> forms, MinutesForm minutes) {
        try {
            ChinesePdf.Fonts fonts = ChinesePdf.fonts();
            Font title = fonts.title();
            Font bold = fonts.bold();
            Font normal = fonts.normal();
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            Document document = new Document(PageSize.A4, 36, 36, 36, 36);
            PdfWriter.getInstance(document, out);
            document.open();
            for (int i = 0; i < forms.size(); i++) {
                if (i > 0) {
                    document.newPage();
                }
                ReviewOpinionForm form = forms.get(i);
                Paragraph heading = new Paragraph(text("form.title"), title);
                heading.setAlignment(Element.ALIGN_CENTER);
                document.add(heading);
                Paragraph year = new Paragraph(form.yearLine(), normal);
                year.setAlignment(Element.ALIGN_CENTER);
                year.setSpacingAfter(8);
                document.add(year);
                PdfPTable table = new PdfPTable(new float[] {18, 28, 40, 14});
                table.setWidthPercentage(100);
                pair(table, text("form.projectName"), form.projectName(), bold, normal);
                pair(table, text("form.department") + " / " + text("form.unit"), form.department() + " / " + form.unit(), bold, normal);
                pair(table, text("form.total"), form.totalWan(), bold, normal);
                pair(table, text("form.round"), form.round(), bold, normal);
                add(table, text("form.criterion"), bold, 1);
                add(table, text("form.points"), bold, 1);
                add(table, text("form.opinions"), bold, 1);
                add(table, text("form.tally"), bold, 1);
                for (ReviewOpinionForm.CriterionRow row : form.criteria()) {
                    add(table, row.criterion(), bold, 1);
                    add(table, row.points(), normal, 1);
                    add(table, row.opinions(), normal, 1);
                    add(table, row.tally(), normal, 1);
                }
                pair(table, text("form.lineRemarks"), form.lineRemarks().isEmpty() ? text("form.noLineRemarks") : String.join("\n", form.lineRemarks()), bold, normal);
                pair(table, text("form.overall"), String.join("\n", form.overallComments()), bold, normal);
                pair(table, text("form.members"), String.join("\n", form.signatures()), bold, normal);
                pair(table, text("form.conclusion"), form.conclusionBoxes(), bold, normal);
                pair(table, text("form.conclusionReason"), form.conclusionReason(), bold, normal);
                pair(table, text("form.chair") + " / " + text("form.date"), form.chair() + "    " + form.date(), bold, normal);
                document.add(table);
            }
            if (minutes != null) {
                if (!forms.isEmpty()) {
                    document.newPage();
                }
                minutes(document, minutes, title, bold, normal);
            }
            document.close();
            return out.toByteArray();
        } catch (Exception e) {
            throw new IllegalStateException("The PDF could not be written", e);
        }
    }

    private static void minutes(Document document, MinutesForm minutes, Font title, Font bold, Font normal) throws Exception {
        Paragraph heading = new Paragraph(minutes.title(), title);
        heading.setAlignment(Element.ALIGN_CENTER);
        heading.setSpacingAfter(8);
        document.add(heading);
        PdfPTable table = new PdfPTable(new float[] {18, 34, 16, 32});
        table.setWidthPercentage(100);
        pair(table, text("minutes.round"), minutes.round(), bold, normal);
        pair(table, text("minutes.date"), minutes.date(), bold, normal);
        pair(table, text("minutes.place"), minutes.place(), bold, normal);
        pair(table, text("minutes.chair"), minutes.chair(), bold, normal);
        pair(table, text("minutes.recorder"), minutes.recorder(), bold, normal);
        pair(table, text("minutes.present"), minutes.present(), bold, normal);
        pair(table, text("minutes.absent"), minutes.absent(), bold, normal);
        pair(table, text("minutes.others"), minutes.others(), bold, normal);
        add(table, text("minutes.decisions"), bold, 4);
        add(table, text("minutes.position"), bold, 1);
        add(table, text("minutes.project"), bold, 1);
        add(table, text("minutes.conclusion"), bold, 1);
        add(table, text("minutes.decision"), bold, 1);
        for (MinutesForm.DecisionRow decision : minutes.decisions()) {
            add(table, decision.position(), normal, 1);
            add(table, decision.project(), normal, 1);
            add(table, decision.conclusion(), normal, 1);
            add(table, decision.decision(), normal, 1);
        }
        pair(table, text("minutes.notes"), minutes.notes(), bold, normal);
        pair(table, text("minutes.status"), minutes.status(), bold, normal);
        document.add(table);
    }

    private static void pair(PdfPTable table, String label, String value, Font bold, Font normal) {
        add(table, label, bold, 1);
        add(table, value, normal, 3);
    }

    private static void add(PdfPTable table, String text, Font font, int colspan) {
        ChinesePdf.cell(table, text, font, colspan, 1);
    }
}
