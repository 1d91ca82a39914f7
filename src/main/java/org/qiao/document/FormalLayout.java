// SPDX-License-Identifier: AGPL-3.0-or-later
package org.qiao.document;

import com.itextpdf.kernel.colors.ColorConstants;
import com.itextpdf.kernel.geom.PageSize;
import com.itextpdf.kernel.geom.Rectangle;
import com.itextpdf.kernel.pdf.CompressionConstants;
import com.itextpdf.kernel.pdf.PdfDocument;
import com.itextpdf.kernel.pdf.PdfWriter;
import com.itextpdf.kernel.pdf.WriterProperties;
import com.itextpdf.layout.Document;
import com.itextpdf.layout.borders.Border;
import com.itextpdf.layout.borders.SolidBorder;
import com.itextpdf.layout.element.Cell;
import com.itextpdf.layout.element.Paragraph;
import com.itextpdf.layout.element.Table;
import com.itextpdf.layout.properties.ParagraphOrphansControl;
import com.itextpdf.layout.properties.Property;
import com.itextpdf.layout.properties.ParagraphWidowsControl;
import com.itextpdf.layout.properties.TextAlignment;
import com.itextpdf.layout.properties.UnitValue;
import com.itextpdf.layout.properties.VerticalAlignment;
import java.io.OutputStream;
import java.time.LocalDate;
import org.qiao.i18n.Messages;

/**
 * The formal layout the printed documents share (调解协议书, 挽回经济损失情况): A4 with the same margins, the
 * embedded {@link DocumentFont}, the title, headings, body paragraphs and ruled table cells, dates written out in
 * full, and a footer line on every page with "第 x 页 共 y 页" in the middle.
 */
final class FormalLayout {

    static final float BODY_SIZE = 11;
    static final float SMALL_SIZE = 9;
    static final float TITLE_SIZE = 22;
    static final float HEADING_SIZE = 12;
    static final float MARGIN_SIDE = 64;
    static final float MARGIN_TOP = 56;
    static final float MARGIN_BOTTOM = 64;
    static final float FOOTER_Y = 32;
    /** The height of a page between the top and bottom margins. */
    static final float CONTENT_HEIGHT = PageSize.A4.getHeight() - MARGIN_TOP - MARGIN_BOTTOM;
    /** Two characters of body text. */
    static final float INDENT = 22;

    private FormalLayout() {
    }

    /**
     * A writer to {@code out} that leaves it open. Deflate at its fastest setting: almost all of a document is the
     * embedded font subset (about 400 KB before compression, whatever the text), which the default level compresses
     * to 250.8 KB in 7.5 ms and the fastest to 252.1 KB in 5.3 ms (measured here, 2026-11-21).
     */
    static PdfWriter writer(OutputStream out) {
        PdfWriter writer = new PdfWriter(out, new WriterProperties().setCompressionLevel(
            CompressionConstants.BEST_SPEED));
        writer.setCloseStream(false);
        return writer;
    }

    /**
     * A4 pages in the document font. Pages stay open until the last one is laid out, so that {@link #footers} can
     * say on each how many there are.
     */
    static Document open(PdfDocument pdf) {
        return open(pdf, PageSize.A4);
    }

    /** {@link #open(PdfDocument)} on pages of {@code size} (A4 turned for a wide table). */
    static Document open(PdfDocument pdf, PageSize size) {
        Document document = new Document(pdf, size, false);
        document.setMargins(MARGIN_TOP, MARGIN_SIDE, MARGIN_BOTTOM, MARGIN_SIDE);
        document.setFont(DocumentFont.forDocument()).setFontSize(BODY_SIZE);
        // Without pdfCalligraph iText shapes nothing, but for every run of text in a script it could shape (Latin
        // among them: an ID's X, the English bundle) it reads the font's feature tables again to decide whether to
        // log that it cannot: a tenth of the time of an agreement. Han is not such a script, so this skips the check
        // and changes nothing on the page.
        document.setProperty(Property.FONT_SCRIPT, Character.UnicodeScript.HAN);
        document.setProperty(Property.SPLIT_CHARACTERS, new ChineseLineBreaks());
        return document;
    }

    /**
     * A table across the full width with columns in these proportions. Fixed layout: iText's automatic layout would
     * first measure the narrowest and widest fit of every cell's text (a quarter of the time of a 30-worker
     * agreement) only to end up at the same percentages.
     */
    static Table table(float... percents) {
        return new Table(UnitValue.createPercentArray(percents)).useAllAvailableWidth().setFixedLayout();
    }

    static Paragraph title(String text) {
        return new Paragraph(text).setFontSize(TITLE_SIZE).simulateBold().setTextAlignment(TextAlignment.CENTER)
            .setCharacterSpacing(6).setMarginBottom(4);
    }

    /** On every page: {@code left} at the left margin, "第 x 页 共 y 页" in the middle, {@code right} at the right. */
    static void footers(Document document, Messages messages, String left, String right) {
        PdfDocument pdf = document.getPdfDocument();
        int pages = pdf.getNumberOfPages();
        for (int page = 1; page <= pages; page++) {
            Rectangle size = pdf.getPage(page).getPageSize();
            float from = size.getLeft() + MARGIN_SIDE;
            float to = size.getRight() - MARGIN_SIDE;
            footer(document, left, from, page, TextAlignment.LEFT);
            footer(document, messages.get("agreement.pdf.footer", page, pages), (from + to) / 2, page,
                TextAlignment.CENTER);
            footer(document, right, to, page, TextAlignment.RIGHT);
        }
    }

    private static void footer(Document document, String text, float x, int page, TextAlignment alignment) {
        document.showTextAligned(new Paragraph(text).setFontSize(SMALL_SIZE), x, FOOTER_Y, page, alignment,
            VerticalAlignment.BOTTOM, 0);
    }

    /** A section heading that never stays alone at the foot of a page. */
    static void heading(Document document, String text) {
        document.add(new Paragraph(text).setFontSize(HEADING_SIZE).simulateBold().setMarginTop(10).setMarginBottom(4)
            .setKeepWithNext(true));
    }

    static Paragraph body(String text) {
        // No paragraph leaves a single line alone at the foot or the head of a page.
        return new Paragraph(text).setMargin(0).setMarginBottom(3).setMultipliedLeading(1.5f)
            .setOrphansControl(new ParagraphOrphansControl(2))
            .setWidowsControl(new ParagraphWidowsControl(2, 1, false));
    }

    /** Shaded column titles, repeated at the head of every page the table runs onto. */
    static void headerCells(Table table, String... titles) {
        for (String title : titles) {
            table.addHeaderCell(labelCell(title));
        }
    }

    /** A shaded, bold cell naming a column or, in a form laid out as a table, the row's field. */
    static Cell labelCell(String text) {
        return cell(text).simulateBold().setBackgroundColor(ColorConstants.LIGHT_GRAY, 0.35f);
    }

    static Cell cell(String text) {
        return cell(text, 1, 1);
    }

    /** A ruled, centred cell that is never split across pages. */
    static Cell cell(String text, int rows, int columns) {
        Cell cell = new Cell(rows, columns).setBorder(new SolidBorder(0.5f)).setPadding(4)
            .setVerticalAlignment(VerticalAlignment.MIDDLE).setTextAlignment(TextAlignment.CENTER)
            .setKeepTogether(true);
        if (!text.isEmpty()) {
            cell.add(new Paragraph(text).setMargin(0));
        }
        return cell;
    }

    /** A cell without rules, for blocks laid out as tables. */
    static Cell plain(String text) {
        Cell cell = new Cell().setBorder(Border.NO_BORDER).setPadding(2);
        if (!text.isEmpty()) {
            cell.add(new Paragraph(text).setMargin(0));
        }
        return cell;
    }

    /** 2026年11月20日. */
    static String date(Messages messages, LocalDate date) {
        return messages.get("agreement.pdf.date", date.getYear(), date.getMonthValue(), date.getDayOfMonth());
    }
}
