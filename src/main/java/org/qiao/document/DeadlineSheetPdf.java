// SPDX-License-Identifier: AGPL-3.0-or-later
package org.qiao.document;

import static org.qiao.document.FormalLayout.cell;
import static org.qiao.document.FormalLayout.headerCells;
import static org.qiao.document.FormalLayout.plain;
import static org.qiao.document.FormalLayout.table;
import static org.qiao.document.FormalLayout.title;

import com.itextpdf.kernel.colors.ColorConstants;
import com.itextpdf.kernel.geom.PageSize;
import com.itextpdf.kernel.pdf.PdfDocument;
import com.itextpdf.kernel.pdf.PdfDocumentInfo;
import com.itextpdf.layout.Document;
import com.itextpdf.layout.borders.Border;
import com.itextpdf.layout.element.Cell;
import com.itextpdf.layout.element.Div;
import com.itextpdf.layout.element.Paragraph;
import com.itextpdf.layout.element.Table;
import com.itextpdf.layout.properties.TextAlignment;
import java.io.OutputStream;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import org.qiao.document.DeadlineSheetDocument.Line;
import org.qiao.domain.court.Court;
import org.qiao.i18n.Messages;

/**
 * Renders a 诉调对接案件期限管控表 on A4 landscape: the title, the studio, which referrals it lists and the print day;
 * a table of the referrals whose column titles repeat on every page, overdue rows in red and with "已超期 N 个工作日"
 * written out (so the mark survives a black-and-white printer); the totals; the lines where the mediator and the
 * court's liaison sign; "第 x 页 共 y 页" on every page.
 */
public final class DeadlineSheetPdf {

    /** Court numbers and case numbers fit on one line; the court goes by its short name; the parties wrap. */
    private static final float[] WIDTHS = {4, 10, 18.5f, 15.5f, 4, 14, 7.25f, 7.25f, 8, 6, 5.5f};
    private static final float TABLE_SIZE = 8.5f;
    private static final float SIGN_LINE_HEIGHT = 30;

    private final Messages messages;

    public DeadlineSheetPdf(Messages messages) {
        this.messages = Objects.requireNonNull(messages);
    }

    /** Writes the sheet as a PDF to {@code out}, which is flushed but left open. */
    public void render(DeadlineSheetDocument sheet, OutputStream out) {
        try (PdfDocument pdf = new PdfDocument(FormalLayout.writer(out))) {
            PdfDocumentInfo info = pdf.getDocumentInfo();
            info.setTitle(messages.get("board.pdf.title"));
            info.setSubject(sheet.studioName());
            info.setCreator("Qiao");
            Document document = FormalLayout.open(pdf, PageSize.A4.rotate());
            document.add(title(messages.get("board.pdf.title")));
            document.add(particulars(sheet));
            Table table = lines(sheet);
            // The totals and signatures end the table, without rules: should they need a page of their own, the
            // column titles come with them, and the signatures never stand on a page without the list they sign.
            table.addCell(new Cell(1, WIDTHS.length).setBorder(Border.NO_BORDER).setPadding(0)
                .setFontSize(FormalLayout.BODY_SIZE).setKeepTogether(true).add(totalsAndSignatures(sheet)));
            document.add(table);
            FormalLayout.footers(document, messages, sheet.studioName(),
                messages.get("board.pdf.printed", FormalLayout.date(messages, sheet.printed())));
            document.close();
        }
    }

    /** Whose sheet, printed when; then which referrals it lists. */
    private Table particulars(DeadlineSheetDocument sheet) {
        Table line = table(40, 30, 30).setMarginTop(4).setMarginBottom(6);
        line.addCell(plain(messages.get("board.pdf.studio", sheet.studioName())).setPaddingLeft(0));
        line.addCell(plain(""));
        line.addCell(plain(messages.get("board.pdf.printed", FormalLayout.date(messages, sheet.printed())))
            .setTextAlignment(TextAlignment.RIGHT).setPaddingRight(0));
        line.addCell(plain(messages.get("board.pdf.court", sheet.court())).setPaddingLeft(0));
        line.addCell(plain(messages.get("board.pdf.month", sheet.month())));
        line.addCell(plain(sheet.scope()).setTextAlignment(TextAlignment.RIGHT).setPaddingRight(0));
        return line;
    }

    private Table lines(DeadlineSheetDocument sheet) {
        Table table = table(WIDTHS).setFontSize(TABLE_SIZE);
        headerCells(table, messages.get("board.pdf.col.number"), messages.get("board.pdf.col.court"),
            messages.get("board.pdf.col.courtCaseNumber"), messages.get("board.pdf.col.caseNumber"),
            messages.get("board.pdf.col.type"), messages.get("board.pdf.col.parties"),
            messages.get("board.pdf.col.signedFor"), messages.get("board.pdf.col.due"),
            messages.get("board.pdf.col.left"), messages.get("board.pdf.col.status"),
            messages.get("board.pdf.col.mediator"));
        if (sheet.lines().isEmpty()) {
            table.addCell(row(cell(messages.get("board.pdf.none"), 1, WIDTHS.length)));
        }
        int number = 0;
        for (Line line : sheet.lines()) {
            number++;
            Cell left = cell(left(line));
            if (line.overdue()) {
                left.simulateBold();
            }
            List<Cell> cells = List.of(cell(Integer.toString(number)), cell(Court.shortName(line.courtName())),
                cell(line.courtCaseNumber()), cell(line.caseNumber()), cell(line.type()),
                cell(line.parties()).setTextAlignment(TextAlignment.LEFT), cell(date(line.signedFor())),
                cell(date(line.due())), left, cell(line.status()), cell(text(line.mediator())));
            for (Cell c : cells) {
                if (line.overdue()) {
                    c.setFontColor(ColorConstants.RED);
                }
                table.addCell(row(c));
            }
        }
        return table;
    }

    /** The working days left as a person reads them; an overdue line says by how much, in bold. */
    private String left(Line line) {
        Integer days = line.workingDaysLeft();
        if (line.overdue()) {
            return days == null || days == 0 ? messages.get("board.pdf.overdue")
                : messages.get("board.pdf.overdueDays", -days);
        }
        if (days == null) {
            return "—";
        }
        return days == 0 ? messages.get("board.pdf.dueToday") : Integer.toString(days);
    }

    private Div totalsAndSignatures(DeadlineSheetDocument sheet) {
        Map<String, Long> byType = sheet.countsByType();
        String types = byType.entrySet().stream()
            .map(e -> messages.get("board.pdf.totals.type", e.getKey(), e.getValue()))
            .collect(Collectors.joining(messages.get("board.pdf.totals.separator")));
        String totals = messages.get("board.pdf.totals", sheet.lines().size(), sheet.overdueCount())
            + (types.isEmpty() ? "" : messages.get("board.pdf.totals.types", types));
        Table signatures = table(50, 50).setMarginTop(14);
        for (String signer : List.of("board.pdf.sign.mediator", "board.pdf.sign.liaison")) {
            signatures.addCell(plain(messages.get(signer)).setMinHeight(SIGN_LINE_HEIGHT).setPaddingLeft(0));
        }
        for (int i = 0; i < 2; i++) {
            signatures.addCell(plain(messages.get("board.pdf.sign.date")).setPaddingLeft(0));
        }
        return new Div().setKeepTogether(true).add(new Paragraph(totals).setMarginTop(8)).add(signatures);
    }

    /** A table cell with little padding and tight lines: the sheet lists many referrals to a page. */
    private static Cell row(Cell cell) {
        cell.getChildren().forEach(child -> ((Paragraph) child).setMultipliedLeading(1.1f));
        return cell.setPaddingTop(2).setPaddingBottom(2).setPaddingLeft(2).setPaddingRight(2);
    }

    private static String date(LocalDate date) {
        return date == null ? "—" : date.toString();
    }

    private static String text(String value) {
        return value == null ? "" : value;
    }
}
