// SPDX-License-Identifier: AGPL-3.0-or-later
package org.qiao.document;

import static org.qiao.document.FormalLayout.HEADING_SIZE;
import static org.qiao.document.FormalLayout.INDENT;
import static org.qiao.document.FormalLayout.SMALL_SIZE;
import static org.qiao.document.FormalLayout.body;
import static org.qiao.document.FormalLayout.cell;
import static org.qiao.document.FormalLayout.heading;
import static org.qiao.document.FormalLayout.headerCells;
import static org.qiao.document.FormalLayout.plain;
import static org.qiao.document.FormalLayout.table;
import static org.qiao.document.FormalLayout.title;

import com.itextpdf.barcodes.BarcodeQRCode;
import com.itextpdf.barcodes.qrcode.EncodeHintType;
import com.itextpdf.barcodes.qrcode.ErrorCorrectionLevel;
import com.itextpdf.kernel.colors.ColorConstants;
import com.itextpdf.kernel.pdf.PdfDocument;
import com.itextpdf.kernel.pdf.PdfDocumentInfo;
import com.itextpdf.kernel.pdf.xobject.PdfFormXObject;
import com.itextpdf.layout.Document;
import com.itextpdf.layout.borders.Border;
import com.itextpdf.layout.borders.DashedBorder;
import com.itextpdf.layout.element.Cell;
import com.itextpdf.layout.element.Image;
import com.itextpdf.layout.element.Paragraph;
import com.itextpdf.layout.element.Table;
import com.itextpdf.layout.properties.HorizontalAlignment;
import com.itextpdf.layout.properties.TextAlignment;
import com.itextpdf.layout.properties.VerticalAlignment;
import java.io.OutputStream;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.qiao.domain.money.AmountInWords;
import org.qiao.domain.money.Money;
import org.qiao.i18n.Messages;

/**
 * Renders a 调解协议书 on A4: number, parties, facts and issues, numbered terms, each worker's agreed amounts in
 * figures and in 人民币大写 with the total, the payment schedule, other terms, how performance is checked, the
 * statutory effect clauses, the number of copies, then a signature and fingerprint line for every party and
 * mediator and the organisation's seal. Every page carries "第 x 页 共 y 页", the agreement number and the
 * verification code ({@link AgreementFingerprint}); the seal block carries the QR code, and the PDF's information
 * dictionary the full hash. All wording comes from the message bundles.
 */
public final class AgreementPdf {

    private static final float SIGN_ROW_HEIGHT = 34;
    private static final float FINGERPRINT_BOX = 26;
    private static final float SEAL_SPACE = 84;
    private static final float QR_SIZE = 84;

    private final Messages messages;

    public AgreementPdf(Messages messages) {
        this.messages = Objects.requireNonNull(messages);
    }

    /** Writes the agreement as a PDF to {@code out}, which is flushed but left open. */
    public void render(AgreementDocument agreement, OutputStream out) {
        String hash = AgreementFingerprint.sha256(agreement);
        String code = AgreementFingerprint.shortCode(hash);
        try (PdfDocument pdf = new PdfDocument(FormalLayout.writer(out))) {
            PdfDocumentInfo info = pdf.getDocumentInfo();
            info.setTitle(messages.get("agreement.pdf.title") + " " + agreement.agreementNumber());
            info.setSubject(agreement.caseNumber());
            info.setCreator("Qiao");
            info.setMoreInfo(AgreementFingerprint.INFO_KEY, hash);
            Document document = FormalLayout.open(pdf);
            header(document, agreement);
            parties(document, agreement);
            facts(document, agreement);
            terms(document, agreement);
            amounts(document, agreement);
            payments(document, agreement);
            otherTerms(document, agreement);
            effect(document, agreement);
            signatures(document, agreement, pdf, hash, code);
            FormalLayout.footers(document, messages, agreement.agreementNumber(),
                messages.get("agreement.pdf.verification", code));
            document.close();
        }
    }

    private void header(Document document, AgreementDocument agreement) {
        document.add(title(messages.get("agreement.pdf.title")));
        document.add(new Paragraph(messages.get("agreement.pdf.number", agreement.agreementNumber(),
            agreement.version())).setTextAlignment(TextAlignment.RIGHT).setMargin(0));
        document.add(new Paragraph(messages.get("agreement.pdf.case", agreement.caseNumber()))
            .setTextAlignment(TextAlignment.RIGHT).setMargin(0).setMarginBottom(10));
    }

    private void parties(Document document, AgreementDocument agreement) {
        List<AgreementDocument.WorkerParty> workers = agreement.workers();
        for (int i = 0; i < workers.size(); i++) {
            AgreementDocument.WorkerParty worker = workers.get(i);
            document.add(body(messages.get("agreement.pdf.applicant.particulars", applicantLabel(workers.size(), i),
                worker.name(), worker.sex(), worker.residentId(), worker.address(), worker.phone())));
        }
        AgreementDocument.EmployerParty employer = agreement.employer();
        document.add(body(messages.get("agreement.pdf.respondent.particulars", messages.get("agreement.pdf.respondent"),
            employer.name(), employer.creditCode(), employer.legalRepresentative(), employer.address(),
            employer.phone())));
        document.add(body(messages.get("agreement.pdf.intro", agreement.studioName())).setFirstLineIndent(INDENT)
            .setMarginTop(6));
    }

    private void facts(Document document, AgreementDocument agreement) {
        heading(document, messages.get("agreement.pdf.section.facts"));
        paragraphs(document, agreement.facts());
    }

    private void terms(Document document, AgreementDocument agreement) {
        heading(document, messages.get("agreement.pdf.section.terms"));
        numbered(document, agreement.terms());
    }

    private void amounts(Document document, AgreementDocument agreement) {
        heading(document, messages.get("agreement.pdf.section.amounts"));
        Table table = table(7, 15, 32, 15, 31);
        headerCells(table, messages.get("agreement.pdf.table.no"), messages.get("agreement.pdf.table.name"),
            messages.get("agreement.pdf.amounts.items"), messages.get("agreement.pdf.amounts.subtotal"),
            messages.get("agreement.pdf.amounts.words"));
        List<AgreementDocument.WorkerParty> workers = agreement.workers();
        for (int i = 0; i < workers.size(); i++) {
            AgreementDocument.WorkerParty worker = workers.get(i);
            Cell items = cell("").setTextAlignment(TextAlignment.LEFT);
            for (AgreementDocument.AgreedItem item : worker.items()) {
                items.add(new Paragraph(messages.get("agreement.pdf.amounts.item", item.category(),
                    item.amount().toGroupedString())).setMargin(0));
            }
            table.addCell(cell(Integer.toString(i + 1)));
            table.addCell(cell(worker.name()));
            table.addCell(items);
            table.addCell(cell(worker.total().toGroupedString()).setTextAlignment(TextAlignment.RIGHT));
            table.addCell(cell(AmountInWords.of(worker.total())).setTextAlignment(TextAlignment.LEFT));
        }
        Money total = agreement.total();
        table.addCell(cell(messages.get("agreement.pdf.amounts.sum"), 1, 3).simulateBold());
        table.addCell(cell(total.toGroupedString()).setTextAlignment(TextAlignment.RIGHT).simulateBold());
        table.addCell(cell(AmountInWords.of(total)).setTextAlignment(TextAlignment.LEFT).simulateBold());
        document.add(table);
        document.add(body(messages.get("agreement.pdf.amounts.summary", workers.size(), total.toGroupedString(),
            AmountInWords.of(total))).setMarginTop(6));
    }

    private void payments(Document document, AgreementDocument agreement) {
        heading(document, messages.get("agreement.pdf.section.payment"));
        document.add(body(messages.get("agreement.pdf.payment.intro")));
        Table table = table(7, 15, 78);
        headerCells(table, messages.get("agreement.pdf.table.no"), messages.get("agreement.pdf.table.name"),
            messages.get("agreement.pdf.payment.schedule"));
        List<AgreementDocument.WorkerParty> workers = agreement.workers();
        for (int i = 0; i < workers.size(); i++) {
            AgreementDocument.WorkerParty worker = workers.get(i);
            Cell schedule = cell("").setTextAlignment(TextAlignment.LEFT);
            List<AgreementDocument.Payment> payments = worker.payments();
            for (int p = 0; p < payments.size(); p++) {
                AgreementDocument.Payment payment = payments.get(p);
                String line = payments.size() == 1
                    ? messages.get("agreement.pdf.payment.once", date(payment.due()),
                        payment.amount().toGroupedString())
                    : messages.get("agreement.pdf.payment.instalment", p + 1, date(payment.due()),
                        payment.amount().toGroupedString());
                schedule.add(new Paragraph(line).setMargin(0));
            }
            table.addCell(cell(Integer.toString(i + 1)));
            table.addCell(cell(worker.name()));
            table.addCell(schedule);
        }
        document.add(table);
    }

    private void otherTerms(Document document, AgreementDocument agreement) {
        heading(document, messages.get("agreement.pdf.section.other"));
        if (agreement.nonMonetaryTerms().isEmpty()) {
            document.add(body(messages.get("agreement.pdf.none")));
        } else {
            numbered(document, agreement.nonMonetaryTerms());
        }
        heading(document, messages.get("agreement.pdf.section.performance"));
        paragraphs(document, agreement.performanceCheck());
    }

    private void effect(Document document, AgreementDocument agreement) {
        heading(document, messages.get("agreement.pdf.section.effect"));
        // 劳动争议调解仲裁法 art.14: the agreement binds once signed or sealed by the parties, signed by the
        // mediator and sealed by the organisation; art.16: unpaid wages, injury costs or compensation agreed and
        // not paid let the worker apply to the court for a payment order (支付令).
        numbered(document, List.of(messages.get("agreement.pdf.effect.signature"),
            messages.get("agreement.pdf.effect.paymentOrder"),
            messages.get("agreement.pdf.effect.copies", agreement.copies())));
        document.add(body(messages.get("agreement.pdf.noMoreText")).setTextAlignment(TextAlignment.CENTER)
            .setMarginTop(6));
    }

    /**
     * One table of signature rows under a repeated header: a row per worker, then a last row that cannot be split
     * and holds the employer, the mediators and the seal with the QR code, so the page that is sealed always
     * carries the employer's and the mediators' signatures too.
     */
    private void signatures(Document document, AgreementDocument agreement, PdfDocument pdf, String hash,
        String code) {
        float[] widths = {46, 24, 11, 19};
        // The heading is the table's first header row: it repeats on every page of signatures and is never left
        // alone at the foot of a page, because a table places its header only together with a row.
        Table table = table(widths).setMarginTop(12);
        Paragraph heading = new Paragraph(messages.get("agreement.pdf.section.signatures"));
        table.addHeaderCell(new Cell(1, widths.length).add(heading
            .setFontSize(HEADING_SIZE).simulateBold().setMargin(0)).setBorder(Border.NO_BORDER).setPadding(0)
            .setPaddingBottom(4));
        headerCells(table, messages.get("agreement.pdf.sign.party"), messages.get("agreement.pdf.sign.signature"),
            messages.get("agreement.pdf.sign.fingerprint"), messages.get("agreement.pdf.sign.date"));
        List<AgreementDocument.WorkerParty> workers = agreement.workers();
        for (int i = 0; i < workers.size(); i++) {
            signRow(table, messages.get("agreement.pdf.sign.as", applicantLabel(workers.size(), i),
                workers.get(i).name()), true);
        }
        Table last = table(widths);
        signRow(last, messages.get("agreement.pdf.sign.employer", agreement.employer().name()), false);
        for (String mediator : agreement.mediators()) {
            signRow(last, messages.get("agreement.pdf.sign.mediator", mediator), true);
        }
        last.addCell(new Cell(1, 2).add(sealBlock(agreement)).setBorder(Border.NO_BORDER).setPadding(0));
        last.addCell(new Cell(1, 2).add(qrBlock(agreement, pdf, hash, code)).setBorder(Border.NO_BORDER)
            .setPadding(0));
        table.addCell(new Cell(1, widths.length).add(last).setPadding(0).setBorder(Border.NO_BORDER)
            .setKeepTogether(true));
        // Kept together, a short signature table moves whole to the next page rather than leave its first rows
        // behind; one longer than a page splits between rows. Rows are at least SIGN_ROW_HEIGHT high and the seal
        // SEAL_SPACE, so when those alone exceed a page it is not asked to keep together: iText would lay it out
        // on this page and on the next before giving up (a quarter of the time of a 30-worker agreement).
        float least = (workers.size() + 1 + agreement.mediators().size()) * SIGN_ROW_HEIGHT + SEAL_SPACE;
        document.add(table.setKeepTogether(least <= FormalLayout.CONTENT_HEIGHT));
    }

    private void signRow(Table table, String party, boolean fingerprint) {
        table.addCell(cell(party).setTextAlignment(TextAlignment.LEFT).setMinHeight(SIGN_ROW_HEIGHT));
        table.addCell(cell(""));
        Cell box = cell("");
        if (fingerprint) {
            box.add(new Table(1).setWidth(FINGERPRINT_BOX).setHorizontalAlignment(HorizontalAlignment.CENTER)
                .addCell(new Cell().setHeight(FINGERPRINT_BOX).setBorder(new DashedBorder(0.5f))));
        }
        table.addCell(box);
        table.addCell(cell(messages.get("agreement.pdf.sign.blankDate")).setFontSize(SMALL_SIZE));
    }

    private Table sealBlock(AgreementDocument agreement) {
        Table seal = table(100).setMarginTop(10);
        seal.addCell(plain(messages.get("agreement.pdf.seal", agreement.studioName())));
        seal.addCell(plain(messages.get("agreement.pdf.seal.area")).setHeight(SEAL_SPACE)
            .setVerticalAlignment(VerticalAlignment.MIDDLE).setTextAlignment(TextAlignment.CENTER)
            .setFontColor(ColorConstants.GRAY));
        seal.addCell(plain(date(agreement.date())));
        return seal;
    }

    private Table qrBlock(AgreementDocument agreement, PdfDocument pdf, String hash, String code) {
        BarcodeQRCode qr = new BarcodeQRCode(AgreementFingerprint.qrText(agreement, hash),
            Map.of(EncodeHintType.CHARACTER_SET, "UTF-8", EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M));
        PdfFormXObject form = qr.createFormXObject(ColorConstants.BLACK, pdf);
        Image image = new Image(form).scaleToFit(QR_SIZE, QR_SIZE).setHorizontalAlignment(HorizontalAlignment.CENTER);
        Table block = table(100).setMarginTop(10);
        block.addCell(plain("").add(image).setTextAlignment(TextAlignment.CENTER));
        block.addCell(plain(messages.get("agreement.pdf.verification", code)).setTextAlignment(TextAlignment.CENTER));
        block.addCell(plain(messages.get("agreement.pdf.verification.hint")).setFontSize(SMALL_SIZE)
            .setTextAlignment(TextAlignment.CENTER).setFontColor(ColorConstants.DARK_GRAY));
        return block;
    }

    /** Free text as indented paragraphs, one per line of the text; blank lines are dropped. */
    private static void paragraphs(Document document, String text) {
        for (String paragraph : text.split("\\R")) {
            if (!paragraph.isBlank()) {
                document.add(body(paragraph.strip()).setFirstLineIndent(INDENT));
            }
        }
    }

    /** 申请人 alone for one worker, 申请人1, 申请人2 … for several. */
    private String applicantLabel(int workers, int index) {
        return workers == 1 ? messages.get("agreement.pdf.applicant")
            : messages.get("agreement.pdf.applicant.numbered", index + 1);
    }

    private void numbered(Document document, List<String> items) {
        for (int i = 0; i < items.size(); i++) {
            document.add(body(messages.get("agreement.pdf.term", i + 1, items.get(i))));
        }
    }

    private String date(LocalDate date) {
        return FormalLayout.date(messages, date);
    }
}
