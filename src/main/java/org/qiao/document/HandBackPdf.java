// SPDX-License-Identifier: AGPL-3.0-or-later
package org.qiao.document;

import static org.qiao.document.FormalLayout.INDENT;
import static org.qiao.document.FormalLayout.body;
import static org.qiao.document.FormalLayout.cell;
import static org.qiao.document.FormalLayout.heading;
import static org.qiao.document.FormalLayout.headerCells;
import static org.qiao.document.FormalLayout.labelCell;
import static org.qiao.document.FormalLayout.table;
import static org.qiao.document.FormalLayout.title;

import com.itextpdf.kernel.pdf.PdfDocument;
import com.itextpdf.layout.Document;
import com.itextpdf.layout.element.Div;
import com.itextpdf.layout.element.Paragraph;
import com.itextpdf.layout.element.Table;
import com.itextpdf.layout.properties.TextAlignment;
import java.io.ByteArrayOutputStream;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.function.BiConsumer;
import org.qiao.domain.money.AmountInWords;
import org.qiao.domain.money.Money;
import org.qiao.i18n.Messages;

/**
 * The papers a court referral goes back with, on A4 in the layout of the agreement ({@link FormalLayout}): the
 * hand-back letter to the referring court (调解情况复函), the parties' joint application for judicial confirmation
 * (司法确认申请书, 民事诉讼法 art.205, 民诉法解释 art.351–358), the notice that mediation ended (调解终结告知书), the
 * record of the facts both sides confirmed (无争议事实记载) and the record of the sessions (调解记录). Every page
 * carries "第 x 页 共 y 页" with the studio's case number at the left and the court's at the right. All wording
 * comes from the message bundle it is given (Chinese).
 */
public final class HandBackPdf {

    private static final float SIGN_ROW_HEIGHT = 34;
    private static final float SEAL_SPACE = 48;
    private static final String NUMERALS = "一二三四五六七八九十";
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");
    /** The widths of a form's field names and values. */
    private static final float[] FORM = {18, 82};
    /** About four lines of body text across the page (42 Chinese characters a line). */
    private static final int SHORT_PARAGRAPH = 4 * 42;

    private final Messages messages;

    public HandBackPdf(Messages messages) {
        this.messages = Objects.requireNonNull(messages);
    }

    /** The hand-back letter: what happened to the referral, the sessions, the enclosures and whom to call. */
    public byte[] letter(HandBackPapers papers) {
        return render(papers, "handback.pdf.letter.title", this::letterBody);
    }

    /** The joint application for judicial confirmation of the signed agreement. */
    public byte[] judicialConfirmation(HandBackPapers papers) {
        if (!papers.success()) {
            throw new IllegalArgumentException("judicial confirmation needs a signed agreement");
        }
        return render(papers, "handback.pdf.confirmation.title", this::confirmationBody);
    }

    /** The notice that mediation ended and the case returns to the court. */
    public byte[] terminationNotice(HandBackPapers papers) {
        if (papers.success()) {
            throw new IllegalArgumentException("a termination notice is for a failed mediation");
        }
        return render(papers, "handback.pdf.termination.title", this::terminationBody);
    }

    /** The facts both sides confirmed, with a signature line for every party and the mediator. */
    public byte[] undisputedFacts(HandBackPapers papers) {
        return render(papers, "handback.pdf.facts.title", this::factsBody);
    }

    /**
     * The record of the sessions (调解记录), for the court whatever the outcome: every session in date order with
     * where and how it was held, its mediators and attendees, what it came to and its joint minutes, then the
     * mediators' signatures. A cancelled session stays in, marked 已取消 with its reason, so the court sees every
     * attempt (a party who did not come, a session called off); the caucus notes never appear.
     */
    public byte[] sessionRecords(HandBackPapers papers) {
        return render(papers, "handback.pdf.records.title", this::recordsBody);
    }

    private byte[] render(HandBackPapers papers, String titleKey, BiConsumer<Document, HandBackPapers> content) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (PdfDocument pdf = new PdfDocument(FormalLayout.writer(out))) {
            pdf.getDocumentInfo().setTitle(messages.get(titleKey) + " " + papers.caseNumber());
            pdf.getDocumentInfo().setSubject(papers.courtCaseNumber());
            pdf.getDocumentInfo().setCreator("Qiao");
            Document document = FormalLayout.open(pdf);
            document.add(title(messages.get(titleKey)));
            content.accept(document, papers);
            FormalLayout.footers(document, messages, papers.caseNumber(), papers.courtCaseNumber());
            document.close();
        }
        return out.toByteArray();
    }

    // ---- 调解情况复函 ----

    private void letterBody(Document document, HandBackPapers p) {
        numbers(document, p);
        document.add(body(messages.get("handback.pdf.to", p.courtName())).setMarginTop(8));
        String due = p.mediationDue() == null ? messages.get("handback.pdf.none") : date(p.mediationDue());
        indented(document, messages.get("handback.pdf.letter.intro", p.courtCaseNumber(), p.referralType(),
            p.judgeName(), date(p.signedForDate()), p.caseNumber(), due));
        heading(document, messages.get("handback.pdf.letter.sessions"));
        sessions(document, p);
        heading(document, messages.get("handback.pdf.letter.result"));
        if (p.success()) {
            HandBackPapers.Agreement a = p.agreement();
            indented(document, messages.get("handback.pdf.letter.success", date(a.signedDate()), a.number(),
                date(a.applyBy())));
            amounts(document, a);
        } else {
            indented(document, messages.get("handback.pdf.letter.failure", p.reason(), date(p.handedBackDate()),
                p.courtName()));
        }
        note(document, p);
        heading(document, messages.get("handback.pdf.letter.enclosures"));
        List<String> enclosures = new ArrayList<>(p.enclosures());
        p.returnedMaterials().forEach(m -> enclosures.add(messages.get("handback.pdf.letter.returned", m)));
        numbered(document, enclosures.subList(0, enclosures.size() - 1));
        // The last enclosure, the contact line and the closing share a page: the seal never stands alone.
        List<Paragraph> tail = new ArrayList<>();
        tail.add(numberedLine(enclosures.size(), enclosures.get(enclosures.size() - 1)));
        tail.add(body(messages.get("handback.pdf.letter.contact", p.mediatorName(), blank(p.studioContact())))
            .setMarginTop(8));
        tail.addAll(addressee(p));
        tail.addAll(seal(p));
        keptTogether(document, tail);
    }

    private void sessions(Document document, HandBackPapers p) {
        List<HandBackPapers.Session> held = p.sessions().stream().filter(s -> !s.cancelled()).toList();
        if (held.isEmpty()) {
            indented(document, messages.get("handback.pdf.letter.noSessions"));
            return;
        }
        Table table = table(10, 30, 30, 30);
        headerCells(table, messages.get("agreement.pdf.table.no"), messages.get("handback.pdf.session.date"),
            messages.get("handback.pdf.session.mode"), messages.get("handback.pdf.session.outcome"));
        for (int i = 0; i < held.size(); i++) {
            HandBackPapers.Session s = held.get(i);
            table.addCell(cell(Integer.toString(i + 1)));
            table.addCell(cell(date(s.date())));
            table.addCell(cell(s.mode()));
            table.addCell(cell(s.outcome()));
        }
        document.add(table);
    }

    private void amounts(Document document, HandBackPapers.Agreement a) {
        Table table = table(8, 22, 22, 48);
        headerCells(table, messages.get("agreement.pdf.table.no"), messages.get("agreement.pdf.table.name"),
            messages.get("handback.pdf.amount"), messages.get("agreement.pdf.amounts.words"));
        for (int i = 0; i < a.amounts().size(); i++) {
            HandBackPapers.Amount amount = a.amounts().get(i);
            table.addCell(cell(Integer.toString(i + 1)));
            table.addCell(cell(amount.worker()));
            table.addCell(cell(amount.amount().toGroupedString()).setTextAlignment(TextAlignment.RIGHT));
            table.addCell(cell(AmountInWords.of(amount.amount())).setTextAlignment(TextAlignment.LEFT));
        }
        Money total = a.total();
        table.addCell(cell(messages.get("agreement.pdf.amounts.sum"), 1, 2).simulateBold());
        table.addCell(cell(total.toGroupedString()).setTextAlignment(TextAlignment.RIGHT).simulateBold());
        table.addCell(cell(AmountInWords.of(total)).setTextAlignment(TextAlignment.LEFT).simulateBold());
        document.add(table.setMarginBottom(6));
    }

    // ---- 司法确认申请书 ----

    private void confirmationBody(Document document, HandBackPapers p) {
        HandBackPapers.Agreement a = p.agreement();
        document.add(new Paragraph().setMarginBottom(6));
        List<HandBackPapers.Party> workers = p.workers();
        for (int i = 0; i < workers.size(); i++) {
            HandBackPapers.Party w = workers.get(i);
            document.add(body(messages.get("handback.pdf.confirmation.worker", applicant(i), w.name(),
                blank(w.identity()), blank(w.address()), blank(w.phone()))));
        }
        HandBackPapers.Party e = p.employer();
        document.add(body(messages.get("handback.pdf.confirmation.employer", applicant(workers.size()),
            e.name(), blank(e.identity()), blank(e.address()), blank(e.representative()), blank(e.phone()))));
        heading(document, messages.get("handback.pdf.confirmation.request"));
        indented(document, messages.get("handback.pdf.confirmation.requestText", date(a.signedDate()),
            p.studioName(), a.number()));
        heading(document, messages.get("handback.pdf.confirmation.facts"));
        indented(document, messages.get("handback.pdf.confirmation.factsText", p.courtName(), p.referralType(),
            p.courtCaseNumber(), p.studioName(), date(a.signedDate()), a.number(), a.amounts().size(),
            a.total().toGroupedString(), AmountInWords.of(a.total())));
        amounts(document, a);
        indented(document, messages.get("handback.pdf.confirmation.law"));
        indented(document, messages.get("handback.pdf.confirmation.promise"));
        heading(document, messages.get("handback.pdf.confirmation.attached"));
        int parties = workers.size() + 1;
        numbered(document, List.of(messages.get("handback.pdf.confirmation.attach.agreement", a.number()),
            messages.get("handback.pdf.confirmation.attach.proof", p.studioName()),
            messages.get("handback.pdf.confirmation.attach.identity", parties),
            messages.get("handback.pdf.confirmation.attach.property"),
            messages.get("handback.pdf.confirmation.attach.address", parties)));
        document.add(body(messages.get("handback.pdf.confirmation.deadline", date(a.signedDate()), date(a.applyBy())))
            .setMarginTop(6).simulateBold());
        addressee(p).forEach(document::add);
        List<String> signers = new ArrayList<>();
        for (int i = 0; i < workers.size(); i++) {
            signers.add(messages.get("handback.pdf.sign.as", applicant(i), workers.get(i).name()));
        }
        signers.add(messages.get("handback.pdf.sign.employer", applicant(workers.size()), e.name()));
        signatures(document, messages.get("handback.pdf.sign.applicants"), signers);
    }

    /** 申请人一, 申请人二… (a joint application always has at least two), in figures after the tenth. */
    private String applicant(int index) {
        String numeral = index < NUMERALS.length() ? NUMERALS.substring(index, index + 1)
            : Integer.toString(index + 1);
        return messages.get("handback.pdf.applicant", numeral);
    }

    // ---- 调解终结告知书 ----

    private void terminationBody(Document document, HandBackPapers p) {
        numbers(document, p);
        List<String> names = new ArrayList<>();
        p.workers().forEach(w -> names.add(w.name()));
        document.add(body(messages.get("handback.pdf.termination.to", p.courtName(), String.join("、", names),
            p.employer().name())).setMarginTop(8));
        indented(document, messages.get("handback.pdf.termination.intro", p.courtName(), p.courtCaseNumber(),
            p.referralType(), String.join("、", names), p.employer().name(), date(p.signedForDate()),
            p.caseNumber()));
        indented(document, messages.get("handback.pdf.termination.reason", p.reason(), date(p.handedBackDate())));
        note(document, p);
        indented(document, messages.get("handback.pdf.termination.return", p.courtName()));
        indented(document, messages.get(p.undisputedFacts().isBlank() ? "handback.pdf.termination.noFacts"
            : "handback.pdf.termination.facts"));
        List<Paragraph> tail = new ArrayList<>();
        tail.add(body(messages.get("handback.pdf.termination.notice")).setFirstLineIndent(INDENT));
        tail.addAll(seal(p));
        keptTogether(document, tail);
    }

    // ---- 无争议事实记载 ----

    private void factsBody(Document document, HandBackPapers p) {
        numbers(document, p);
        List<HandBackPapers.Party> workers = p.workers();
        for (int i = 0; i < workers.size(); i++) {
            HandBackPapers.Party w = workers.get(i);
            document.add(body(messages.get("handback.pdf.facts.worker", w.name(), blank(w.identity()))));
        }
        document.add(body(messages.get("handback.pdf.facts.employer", p.employer().name(),
            blank(p.employer().identity()))));
        indented(document, messages.get("handback.pdf.facts.intro", p.studioName(), p.courtName(),
            p.courtCaseNumber()));
        if (p.undisputedFacts().isBlank()) {
            indented(document, messages.get("handback.pdf.facts.none"));
        } else {
            numbered(document, p.undisputedFacts().lines().filter(l -> !l.isBlank()).map(String::strip).toList());
        }
        note(document, p);
        indented(document, messages.get("handback.pdf.facts.confirm"));
        List<String> signers = new ArrayList<>();
        workers.forEach(w -> signers.add(messages.get("handback.pdf.sign.worker", w.name())));
        signers.add(messages.get("handback.pdf.sign.employerOnly", p.employer().name()));
        signers.add(messages.get("handback.pdf.sign.mediator", p.mediatorName()));
        signatures(document, messages.get("agreement.pdf.sign.party"), signers);
    }

    // ---- 调解记录 ----

    private void recordsBody(Document document, HandBackPapers p) {
        numbers(document, p);
        List<String> mediators = recordMediators(p);
        Table header = table(FORM).setMarginTop(6);
        field(header, "handback.pdf.records.court", messages.get("handback.pdf.records.courtValue", p.courtName(),
            p.referralType(), p.judgeName()));
        field(header, "handback.pdf.records.studio", p.studioName());
        field(header, "handback.pdf.records.workers", String.join("、", p.workers().stream()
            .map(HandBackPapers.Party::name).toList()));
        HandBackPapers.Party e = p.employer();
        field(header, "handback.pdf.records.employer", e.representative().isBlank() ? e.name()
            : messages.get("handback.pdf.records.employerValue", e.name(), e.representative()));
        field(header, "handback.pdf.records.mediators", String.join("、", mediators));
        document.add(header);
        long cancelled = p.sessions().stream().filter(HandBackPapers.Session::cancelled).count();
        long held = p.sessions().size() - cancelled;
        if (p.sessions().isEmpty()) {
            indented(document, messages.get("handback.pdf.letter.noSessions"));
        } else {
            document.add(body(messages.get(cancelled == 0 ? "handback.pdf.records.count"
                : "handback.pdf.records.countCancelled", held, cancelled)).setFirstLineIndent(INDENT).setMarginTop(8));
        }
        for (int i = 0; i < p.sessions().size(); i++) {
            session(document, i + 1, p.sessions().get(i));
        }
        document.add(body(messages.get("handback.pdf.records.confirm")).setFirstLineIndent(INDENT).setMarginTop(10)
            .setKeepWithNext(true));
        signatures(document, messages.get("handback.pdf.records.signers"), mediators.stream()
            .map(m -> messages.get("handback.pdf.sign.mediator", m)).toList());
        keptTogether(document, seal(p));
    }

    /** The mediators of the sessions held, in the order they first appear; the case's mediator when none were. */
    private static List<String> recordMediators(HandBackPapers p) {
        LinkedHashSet<String> names = new LinkedHashSet<>();
        p.sessions().stream().filter(s -> !s.cancelled()).forEach(s -> names.addAll(s.mediators()));
        return names.isEmpty() ? List.of(p.mediatorName()) : List.copyOf(names);
    }

    private void session(Document document, int number, HandBackPapers.Session s) {
        String when = messages.get("handback.pdf.records.when", number, date(s.date()), time(s.start()),
            time(s.end()));
        heading(document, s.cancelled() ? messages.get("handback.pdf.records.cancelled", when) : when);
        Table table = table(FORM);
        field(table, "handback.pdf.records.room", s.room());
        field(table, "handback.pdf.session.mode", s.mode());
        String mediatorsLabel = s.cancelled() ? "handback.pdf.records.plannedMediators"
            : "handback.pdf.records.sessionMediators";
        field(table, mediatorsLabel, s.mediators().isEmpty() ? messages.get("handback.pdf.none")
            : String.join("、", s.mediators()));
        if (s.cancelled()) {
            field(table, "handback.pdf.records.status", messages.get("session.status.CANCELLED"));
            field(table, "handback.pdf.records.cancelReason", s.cancelReason());
            document.add(table.setKeepTogether(true));
            return;
        }
        field(table, "handback.pdf.records.attendees", s.attendees().isEmpty() ? messages.get("handback.pdf.none")
            : String.join("\n", s.attendees().stream()
                .map(a -> messages.get("handback.pdf.records.attendee", a.role(), a.name())).toList()));
        field(table, "handback.pdf.session.outcome", s.outcome());
        document.add(table.setMarginBottom(4).setKeepTogether(true));
        if (!s.outcomeNote().isBlank()) {
            indented(document, messages.get("handback.pdf.records.outcomeNote", s.outcomeNote()));
        }
        // The minutes go outside the table, paragraph by paragraph, so that long ones run on across pages.
        List<String> minutes = s.minutes().lines().filter(l -> !l.isBlank()).map(String::strip).toList();
        if (minutes.isEmpty()) {
            indented(document, messages.get("handback.pdf.records.noMinutes"));
            return;
        }
        document.add(body(messages.get("handback.pdf.records.minutes")).simulateBold().setKeepWithNext(true));
        // A paragraph of three lines cannot split without leaving one line alone on a page: one that short moves
        // whole to the next page instead.
        minutes.forEach(line -> document.add(body(line).setFirstLineIndent(INDENT)
            .setKeepTogether(line.length() <= SHORT_PARAGRAPH)));
    }

    /** A row of a form: the field's name shaded at the left, its value at the right. */
    private void field(Table table, String labelKey, String value) {
        table.addCell(labelCell(messages.get(labelKey)));
        table.addCell(cell(value).setTextAlignment(TextAlignment.LEFT));
    }

    private static String time(LocalTime time) {
        return TIME.format(time);
    }

    // ---- shared pieces ----

    private void numbers(Document document, HandBackPapers p) {
        document.add(new Paragraph(messages.get("handback.pdf.courtNumber", p.courtCaseNumber()))
            .setTextAlignment(TextAlignment.RIGHT).setMargin(0));
        document.add(new Paragraph(messages.get("handback.pdf.caseNumber", p.caseNumber()))
            .setTextAlignment(TextAlignment.RIGHT).setMargin(0).setMarginBottom(6));
    }

    private void note(Document document, HandBackPapers p) {
        if (!p.note().isBlank()) {
            indented(document, messages.get("handback.pdf.note", p.note().strip()));
        }
    }

    /** 此致, indented, and the court's name on the next line. */
    private List<Paragraph> addressee(HandBackPapers p) {
        return List.of(body(messages.get("handback.pdf.closing")).setMarginTop(8).setFirstLineIndent(INDENT)
            .setKeepWithNext(true), body(p.courtName()));
    }

    /** The studio's seal line and the date, at the right. */
    private List<Paragraph> seal(HandBackPapers p) {
        return List.of(body(messages.get("handback.pdf.seal", p.studioName())).setTextAlignment(TextAlignment.RIGHT)
            .setMarginTop(SEAL_SPACE), body(date(p.handedBackDate())).setTextAlignment(TextAlignment.RIGHT));
    }

    /** Paragraphs that go onto one page together (the next page when they do not fit on this one). */
    private static void keptTogether(Document document, List<Paragraph> paragraphs) {
        Div block = new Div().setKeepTogether(true);
        paragraphs.forEach(block::add);
        document.add(block);
    }

    /** A table of signature rows: who signs, the signature, the date; kept on one page when it fits. */
    private void signatures(Document document, String who, List<String> signers) {
        Table table = table(44, 34, 22).setMarginTop(12);
        headerCells(table, who, messages.get("agreement.pdf.sign.signature"),
            messages.get("agreement.pdf.sign.date"));
        for (String signer : signers) {
            table.addCell(cell(signer).setTextAlignment(TextAlignment.LEFT).setMinHeight(SIGN_ROW_HEIGHT));
            table.addCell(cell(""));
            table.addCell(cell(messages.get("agreement.pdf.sign.blankDate")));
        }
        document.add(table.setKeepTogether((signers.size() + 1) * SIGN_ROW_HEIGHT <= FormalLayout.CONTENT_HEIGHT));
    }

    private void indented(Document document, String text) {
        document.add(body(text).setFirstLineIndent(INDENT));
    }

    private void numbered(Document document, List<String> lines) {
        for (int i = 0; i < lines.size(); i++) {
            document.add(numberedLine(i + 1, lines.get(i)));
        }
    }

    private Paragraph numberedLine(int number, String line) {
        return body(messages.get("handback.pdf.numbered", number, line)).setFirstLineIndent(INDENT);
    }

    private String blank(String text) {
        return text.isBlank() ? messages.get("handback.pdf.unknown") : text;
    }

    private String date(LocalDate date) {
        return FormalLayout.date(messages, date);
    }
}
