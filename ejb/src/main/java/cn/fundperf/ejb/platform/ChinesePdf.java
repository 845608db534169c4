package cn.fundperf.ejb.platform;

import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import java.io.IOException;

/**
 * What every printable form needs: Chinese fonts and bordered grid cells. Text uses the
 * STSong-Light CID font, which viewers render with their own Song typeface (no font file shipped).
 */
public final class ChinesePdf {

    /** The three sizes the forms use. */
    public record Fonts(Font title, Font bold, Font normal) {
    }

    private ChinesePdf() {
    }

    public static Fonts fonts() {
        try {
            BaseFont song = BaseFont.createFont("STSong-Light", "UniGB-UCS2-H", BaseFont.NOT_EMBEDDED);
            return new Fonts(new Font(song, 16, Font.BOLD), new Font(song, 10, Font.BOLD), new Font(song, 10));
        } catch (IOException e) {
            throw new IllegalStateException("The Chinese PDF font is not available", e);
        }
    }

    /** A grid cell spanning columns and rows, text vertically centred. */
    public static void cell(PdfPTable table, String text, Font font, int colspan, int rowspan) {
        PdfPCell cell = new PdfPCell(new Phrase(text == null ? "" : text, font));
        cell.setColspan(colspan);
        cell.setRowspan(rowspan);
        cell.setVerticalAlignment(Element.ALIGN_MIDDLE);
        cell.setPadding(4);
        table.addCell(cell);
    }
}
