// SPDX-License-Identifier: AGPL-3.0-or-later
package org.qiao.document;

import static org.qiao.document.FormalLayout.HEADING_SIZE;
import static org.qiao.document.FormalLayout.body;
import static org.qiao.document.FormalLayout.cell;
import static org.qiao.document.FormalLayout.headerCells;
import static org.qiao.document.FormalLayout.plain;
import static org.qiao.document.FormalLayout.table;
import static org.qiao.document.FormalLayout.title;

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
import java.util.Objects;
import org.qiao.document.RecoverySummaryDocument.Item;
import org.qiao.document.RecoverySummaryDocument.PaymentLine;
import org.qiao.document.RecoverySummaryDocument.Scope;
import org.qiao.document.RecoverySummaryDocument.Section;
import org.qiao.domain.money.AmountInWords;
import org.qiao.domain.money.Money;
import org.qiao.i18n.Messages;

/**
 * Renders a 挽回经济损失情况 on A4 in the layout of the 调解协议书: the title, whose summary it is (a case's, or a
 * worker's across cases), the organisation and the day the amounts stand at; then a section per worker of the case
 * (or per case of the worker) with its agreement, a table of claimed, agreed, paid and outstanding amounts per item
 * with the section's totals, and the payments received; then the grand totals in figures and in 人民币大写 and the
 * lines where the person who drew it up and the reviewer sign. Every page carries "第 x 页 共 y 页". A section that
 * fits on a page is never split over two, and no table row is.
 */
public final class RecoverySummaryPdf {

    private static final float[] ITEM_WIDTHS = {20, 20, 20, 20, 20};
    private static final float[] PAYMENT_WIDTHS = {18, 14, 48, 20};
    /** The sections' tables are a point smaller than body text, so that about three sections fit on a page. */
    private static final float TABLE_SIZE = 10;
    private static final float[] TOTAL_WIDTHS = {22, 24, 54};
    private static final float SIGN_LINE_HEIGHT = 30;

    private final Messages messages;

    public RecoverySummaryPdf(Messages messages) {
        this.messages = Objects.requireNonNull(messages);
    }

    /** Writes the summary as a PDF to {@code out}, which is flushed but left open. */
    public void render(RecoverySummaryDocument summary, OutputStream out) {
        try (PdfDocument pdf = new PdfDocument(FormalLayout.writer(out))) {
            String subject = subject(summary);
            PdfDocumentInfo info = pdf.getDocumentInfo();
            info.setTitle(messages.get("recovery.pdf.title") + " " + summary.subject());
            info.setSubject(summary.subject());
            info.setCreator("Qiao");
            Document document = FormalLayout.open(pdf);
            document.add(title(messages.get("recovery.pdf.title")));
            document.add(new Paragraph(subject).setTextAlignment(TextAlignment.CENTER).setMarginTop(0)
                .setMarginBottom(8));
            document.add(studioAndDate(summary));
            List<Section> sections = summary.sections();
            for (int i = 0; i < sections.size(); i++) {
                document.add(section(summary.scope(), i + 1, sections.get(i)));
            }
            document.add(totals(summary));
            FormalLayout.footers(document, messages, messages.get(summary.scope() == Scope.CASE
                ? "recovery.pdf.footer.case" : "recovery.pdf.footer.worker", summary.subject()), asOf(summary.date()));
            document.close();
        }
    }

    private String subject(RecoverySummaryDocument summary) {
        return messages.get(summary.scope() == Scope.CASE ? "recovery.pdf.subtitle.case"
            : "recovery.pdf.subtitle.worker", summary.subject());
    }

    private Table studioAndDate(RecoverySummaryDocument summary) {
        Table line = table(60, 40)
            .setMarginBottom(6);
        line.addCell(plain(messages.get("recovery.pdf.studio", summary.studioName())).setPaddingLeft(0));
        line.addCell(plain(asOf(summary.date())).setTextAlignment(TextAlignment.RIGHT).setPaddingRight(0));
        return line;
    }

    /**
     * The section's heading, its particulars, the amounts and the payments, kept on one page when they fit. Heading
     * and particulars are the amounts table's first header rows, so they never stay behind without a row of it and
     * repeat where a long section runs onto the next page.
     */
    private Div section(Scope scope, int number, Section section) {
        Table items = table(ITEM_WIDTHS)
            .setFontSize(TABLE_SIZE);
        String heading = scope == Scope.CASE
            ? messages.get("recovery.pdf.section.worker", number, section.workerName())
            : messages.get("recovery.pdf.section.case", number, section.caseNumber());
        Paragraph title = new Paragraph(heading).setFontSize(HEADING_SIZE).simulateBold();
        items.addHeaderCell(caption(title, ITEM_WIDTHS.length).setPaddingTop(10));
        items.addHeaderCell(caption(new Paragraph(messages.get("recovery.pdf.section.particulars",
            section.caseNumber(), section.employerName(), section.workerName())), ITEM_WIDTHS.length));
        items.addHeaderCell(caption(new Paragraph(agreement(section)), ITEM_WIDTHS.length).setPaddingBottom(4));
        headerCells(items, messages.get("recovery.pdf.items.category"), messages.get("recovery.pdf.items.claimed"),
            messages.get("recovery.pdf.items.agreed"), messages.get("recovery.pdf.items.paid"),
            messages.get("recovery.pdf.items.outstanding"));
        if (section.items().isEmpty()) {
            items.addCell(row(cell(messages.get("recovery.pdf.items.none"), 1, ITEM_WIDTHS.length)));
        }
        for (Item item : section.items()) {
            items.addCell(row(cell(item.category())));
            amountCells(items, item.claimed(), item.agreed(), item.paid(), outstanding(item.agreed(), item.paid()));
        }
        items.addCell(row(cell(messages.get("recovery.pdf.items.total")).simulateBold()));
        amountCells(items, section.claimed(), section.agreed(), section.paid(), section.outstanding());
        Div block = new Div().setKeepTogether(true).add(items);
        if (section.payments().isEmpty()) {
            block.add(body(messages.get("recovery.pdf.payments.none")).setMarginTop(4));
        } else {
            block.add(payments(section));
        }
        return block;
    }

    private String agreement(Section section) {
        if (section.agreementNumber() == null) {
            return messages.get("recovery.pdf.section.noAgreement");
        }
        return section.agreedDate() == null
            ? messages.get("recovery.pdf.section.agreementUndated", section.agreementNumber())
            : messages.get("recovery.pdf.section.agreement", section.agreementNumber(),
                FormalLayout.date(messages, section.agreedDate()));
    }

    private Table payments(Section section) {
        Table table = table(PAYMENT_WIDTHS).setMarginTop(6)
            .setFontSize(TABLE_SIZE);
        table.addHeaderCell(caption(new Paragraph(messages.get("recovery.pdf.payments.title")), PAYMENT_WIDTHS.length)
            .setPaddingBottom(4));
        headerCells(table, messages.get("recovery.pdf.payments.date"), messages.get("recovery.pdf.payments.method"),
            messages.get("recovery.pdf.payments.payer"), messages.get("recovery.pdf.payments.amount"));
        for (PaymentLine payment : section.payments()) {
            table.addCell(row(cell(FormalLayout.date(messages, payment.date()))));
            table.addCell(row(cell(payment.method())));
            table.addCell(row(cell(payment.payer()).setTextAlignment(TextAlignment.LEFT)));
            table.addCell(row(figure(payment.amount())));
        }
        return table;
    }

    /** The grand totals in figures and in words, then the signature lines, on one page. */
    private Div totals(RecoverySummaryDocument summary) {
        Table table = table(TOTAL_WIDTHS);
        table.addHeaderCell(caption(new Paragraph(messages.get("recovery.pdf.totals.title"))
            .setFontSize(HEADING_SIZE).simulateBold(), TOTAL_WIDTHS.length).setPaddingTop(12).setPaddingBottom(4));
        headerCells(table, messages.get("recovery.pdf.items.category"), messages.get("recovery.pdf.totals.figures"),
            messages.get("recovery.pdf.totals.words"));
        totalRow(table, "recovery.pdf.totals.claimed", summary.claimed());
        totalRow(table, "recovery.pdf.totals.agreed", summary.agreed());
        totalRow(table, "recovery.pdf.totals.paid", summary.paid());
        totalRow(table, "recovery.pdf.totals.outstanding", summary.outstanding());
        String key = summary.scope() == Scope.CASE ? "recovery.pdf.totals.workers" : "recovery.pdf.totals.cases";
        Paragraph recovered = body(messages.get(key, asOf(summary.date()), summary.sections().size(),
            summary.paid().toGroupedString(), AmountInWords.of(summary.paid()), summary.outstanding().toGroupedString(),
            AmountInWords.of(summary.outstanding()))).setMarginTop(6).setFirstLineIndent(FormalLayout.INDENT);
        Table signatures = table(50, 50)
            .setMarginTop(18);
        for (String signer : List.of("recovery.pdf.sign.handler", "recovery.pdf.sign.reviewer")) {
            signatures.addCell(plain(messages.get(signer)).setMinHeight(SIGN_LINE_HEIGHT).setPaddingLeft(0));
        }
        for (int i = 0; i < 2; i++) {
            signatures.addCell(plain(messages.get("recovery.pdf.sign.date")).setPaddingLeft(0));
        }
        return new Div().setKeepTogether(true).add(table).add(recovered).add(signatures);
    }

    private void totalRow(Table table, String key, Money amount) {
        table.addCell(cell(messages.get(key)));
        table.addCell(figure(amount));
        table.addCell(cell(messages.get("recovery.pdf.totals.inWords", AmountInWords.of(amount)))
            .setTextAlignment(TextAlignment.LEFT));
    }

    private static void amountCells(Table table, Money... amounts) {
        for (Money amount : amounts) {
            table.addCell(row(figure(amount)));
        }
    }

    /** A body cell of a section's table, closer set than the agreement's. */
    private static Cell row(Cell cell) {
        return cell.setPaddingTop(2).setPaddingBottom(2);
    }

    private static Cell figure(Money amount) {
        return cell(amount.toGroupedString()).setTextAlignment(TextAlignment.RIGHT);
    }

    /** A full-width line above a table's column titles. */
    private static Cell caption(Paragraph text, int columns) {
        return new Cell(1, columns).add(text.setMargin(0)).setBorder(Border.NO_BORDER).setPadding(0)
            .setPaddingBottom(2);
    }

    /** Agreed and not yet paid; an overpayment shows as nothing outstanding. */
    private static Money outstanding(Money agreed, Money paid) {
        Money left = agreed.minus(paid);
        return left.isNegative() ? Money.ZERO : left;
    }

    private String asOf(LocalDate date) {
        return messages.get("recovery.pdf.asOf", FormalLayout.date(messages, date));
    }
}
