package cn.fundperf.ejb.targetsheet;

import cn.fundperf.ejb.platform.ChinesePdf;
import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import java.io.ByteArrayOutputStream;
import java.text.MessageFormat;
import java.util.List;

/**
 * The 申报表 as a printable PDF (A4), the same grid as the xlsx. Chinese text uses the
 * STSong-Light CID font, which viewers render with their own Song typeface (no font file).
 */
public final class DeclarationPdf {

    private DeclarationPdf() {
    }

    public static byte[] write(List<DeclarationForm> forms) {
        try {
            ChinesePdf.Fonts fonts = ChinesePdf.fonts();
            Font title = fonts.title();
            Font bold = fonts.bold();
            Font normal = fonts.normal();
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            Document document = new Document(PageSize.A4.rotate(), 30, 30, 30, 30);
            PdfWriter.getInstance(document, out);
            document.open();
            boolean first = true;
            for (DeclarationForm form : forms) {
                if (!first) {
                    document.newPage();
                }
                first = false;
                page(document, form, title, bold, normal);
            }
            document.close();
            return out.toByteArray();
        } catch (Exception e) {
            throw new IllegalStateException("The PDF could not be written", e);
        }
    }

    private static void page(Document document, DeclarationForm form, Font title, Font bold, Font normal) throws Exception {
        Paragraph heading = new Paragraph(form.title(), title);
        heading.setAlignment(Element.ALIGN_CENTER);
        document.add(heading);
        Paragraph year = new Paragraph(MessageFormat.format(DeclarationWorkbook.TEXT.getString("declaration.year"), String.valueOf(form.year())), normal);
        year.setAlignment(Element.ALIGN_CENTER);
        document.add(year);
        Paragraph unit = new Paragraph(DeclarationWorkbook.TEXT.getString("declaration.unitLabel"), normal);
        unit.setAlignment(Element.ALIGN_RIGHT);
        document.add(unit);

        PdfPTable table = new PdfPTable(new float[] {10, 12, 16, 30, 16, 8, 30, 30});
        table.setWidthPercentage(100);
        add(table, text("declaration.projectCode"), bold, 1, 1);
        add(table, form.projectCode(), normal, 7, 1);
        add(table, text("declaration.projectName"), bold, 1, 1);
        add(table, form.projectName(), normal, 7, 1);
        add(table, text("declaration.category"), bold, 1, 1);
        add(table, form.category(), normal, 7, 1);
        add(table, text("declaration.department"), bold, 1, 1);
        add(table, form.department(), normal, 3, 1);
        add(table, text("declaration.unit"), bold, 1, 1);
        add(table, form.unit(), normal, 3, 1);
        add(table, text("declaration.period"), bold, 1, 1);
        add(table, form.period(), normal, 3, 1);
        add(table, text("declaration.person"), bold, 1, 1);
        add(table, form.person(), normal, 3, 1);

        add(table, text("declaration.money"), bold, 1, 3);
        add(table, text("declaration.annualTotal"), normal, 4, 1);
        add(table, DeclarationForm.wan(form.annualTotalWan()), normal, 3, 1);
        add(table, text("declaration.fiscal"), normal, 4, 1);
        add(table, DeclarationForm.wan(form.fiscalWan()), normal, 3, 1);
        add(table, text("declaration.other"), normal, 4, 1);
        add(table, DeclarationForm.wan(form.otherWan()), normal, 3, 1);

        if (!form.fundLines().isEmpty()) {
            String[] head = text("declaration.fundSourceHead").split("｜");
            add(table, text("declaration.fundSource"), bold, 1, form.fundLines().size() + 1);
            add(table, head[0], bold, 4, 1);
            add(table, head[1], bold, 2, 1);
            add(table, head[2], bold, 1, 1);
            for (DeclarationForm.FundLine line : form.fundLines()) {
                add(table, line.name(), normal, 4, 1);
                add(table, line.documentNumber(), normal, 2, 1);
                add(table, DeclarationForm.wan(line.amountWan()), normal, 1, 1);
            }
        }

        add(table, text("declaration.goal"), bold, 1, 2);
        add(table, text("declaration.annualGoal"), bold, 7, 1);
        add(table, form.annualGoal(), normal, 7, 1);

        for (String key : DeclarationWorkbook.HEAD) {
            add(table, text(key), bold, 1, 1);
        }
        List<DeclarationForm.Row> rows = form.rows();
        for (int i = 0; i < rows.size(); i++) {
            DeclarationForm.Row row = rows.get(i);
            if (i == 0) {
                add(table, text("declaration.indicators"), bold, 1, rows.size());
            }
            if (i == 0 || rows.get(i - 1).level1() != row.level1()) {
                int span = (int) rows.stream().skip(i).takeWhile(r -> r.level1() == row.level1()).count();
                add(table, row.level1() == null ? "" : text("level1." + row.level1().name()), bold, 1, span);
            }
            if (i == 0 || rows.get(i - 1).level2() != row.level2() || rows.get(i - 1).level1() != row.level1()) {
                int span = (int) rows.stream().skip(i).takeWhile(r -> r.level2() == row.level2() && r.level1() == row.level1()).count();
                add(table, row.level2() == null ? "" : text("level2." + row.level2().name()), normal, 1, span);
            }
            add(table, row.name(), normal, 1, 1);
            add(table, row.value(), normal, 1, 1);
            add(table, row.weight(), normal, 1, 1);
            add(table, row.basis(), normal, 1, 1);
            add(table, row.reason(), normal, 1, 1);
        }
        document.add(table);
        document.add(new Paragraph(MessageFormat.format(text("declaration.footer"), DeclarationForm.today()), normal));
    }

    private static String text(String key) {
        return DeclarationWorkbook.TEXT.getString(key);
    }

    private static void add(PdfPTable table, String text, Font font, int colspan, int rowspan) {
        ChinesePdf.cell(table, text, font, colspan, rowspan);
    }
}
