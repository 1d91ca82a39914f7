// SPDX-License-Identifier: AGPL-3.0-or-later
package org.qiao.service;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.itextpdf.kernel.geom.PageSize;
import com.itextpdf.kernel.pdf.PdfDocument;
import com.itextpdf.kernel.pdf.PdfReader;
import com.itextpdf.kernel.pdf.PdfWriter;
import com.itextpdf.layout.Document;
import com.itextpdf.layout.element.Paragraph;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.qiao.document.AgreementDocument;
import org.qiao.document.AgreementFingerprint;
import org.qiao.document.AgreementPdf;
import org.qiao.document.DocumentFont;
import org.qiao.document.PdfPages;
import org.qiao.domain.QiaoException;
import org.qiao.domain.ValidationException;
import org.qiao.domain.agreement.AgreementStatus;
import org.qiao.domain.cases.CaseStatus;
import org.qiao.domain.cases.CaseStatusChange;
import org.qiao.domain.cases.DisputeCategory;
import org.qiao.domain.identity.ResidentId;
import org.qiao.domain.money.Money;
import org.qiao.domain.user.Role;
import org.qiao.domain.user.User;
import org.qiao.i18n.Messages;
import org.qiao.store.Database;
import org.qiao.store.DatabaseConfig;
import org.qiao.store.ReferenceData;
import org.qiao.store.Transactions;

/** The agreement's drafts, signatures and versions on a real embedded database; today is 2026-03-10. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AgreementServiceTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 3, 10);

    private Database database;
    private Transactions tx;
    private IntakeService intake;
    private CaseStatusService status;
    private AgreementService agreements;
    private Messages messages;
    private long studio;
    private long mediator;

    @BeforeAll
    void open() throws Exception {
        UserSession session = new UserSession("mediator.li");
        Path dataDir = Files.createTempDirectory("qiao-agreement-");
        database = Database.open(DatabaseConfig.embedded(dataDir), session::actorName);
        tx = database.transactions();
        messages = new Messages(Locale.SIMPLIFIED_CHINESE);
        intake = new IntakeService(tx, session, ReferenceData.regions(), IntakeFixtures.CLOCK);
        CalendarService calendar = new CalendarService(ReferenceData.holidays(), tx, session);
        status = new CaseStatusService(tx, calendar, session, IntakeFixtures.CLOCK);
        agreements = new AgreementService(tx, session, status, messages, IntakeFixtures.CLOCK);
        studio = new StudioService(tx, session).add("协议工作室", "150602", "协工调〔{year}〕{seq:4}号").getId();
        mediator = tx.call(r -> r.users().save(new User("mediator.li", "李调解", Role.MEDIATOR))).getId();
    }

    @AfterAll
    void close() {
        database.close();
    }

    /** A case of {@code workers} workers (8,333.33 wages claimed each), accepted, with {@link #mediator} chosen. */
    private long accepted(int workers) {
        long id = intake.register(IntakeFixtures.form(studio, workers, 1)).caseId();
        status.change(id, CaseStatus.ACCEPTED, null);
        return id;
    }

    private AgreementDraft prefilled(long caseId) {
        AgreementDraft d = agreements.prefill(caseId);
        return new AgreementDraft(d.drawnDate(), d.facts(), d.terms(), d.nonMonetaryTerms(), d.performanceCheck(),
            d.copies(), List.of(mediator), d.workers());
    }

    /** The draft with worker {@code index} agreed {@code amount} in wages, paid at once on {@code due}. */
    private static AgreementDraft withAmount(AgreementDraft d, int index, String amount, LocalDate due) {
        List<AgreementDraft.WorkerTerms> workers = new ArrayList<>(d.workers());
        AgreementDraft.WorkerTerms w = workers.get(index);
        Money money = Money.parse(amount);
        workers.set(index, new AgreementDraft.WorkerTerms(w.workerId(), w.name(), w.claimed(),
            List.of(new AgreementDraft.Item(DisputeCategory.WAGES, w.claimed(), money)),
            List.of(new AgreementDraft.Payment(due, money))));
        return withWorkers(d, workers);
    }

    private static AgreementDraft withWorkers(AgreementDraft d, List<AgreementDraft.WorkerTerms> workers) {
        return new AgreementDraft(d.drawnDate(), d.facts(), d.terms(), d.nonMonetaryTerms(), d.performanceCheck(),
            d.copies(), d.mediatorIds(), workers);
    }

    private static AgreementDraft withPayments(AgreementDraft d, List<AgreementDraft.Payment> payments) {
        AgreementDraft.WorkerTerms w = d.workers().get(0);
        return withWorkers(d, List.of(new AgreementDraft.WorkerTerms(w.workerId(), w.name(), w.claimed(), w.items(),
            payments)));
    }

    @ParameterizedTest
    @CsvSource({"包工调〔2026〕0042号, 包工调协〔2026〕0042号", "呼新工调〔2026〕0001号, 呼新工调协〔2026〕0001号",
        "WALK-2026-7, WALK-2026-7-协"})
    void theAgreementNumberIsDerivedFromTheCaseNumber(String caseNumber, String expected) {
        assertEquals(expected, AgreementService.agreementNumber(caseNumber));
    }

    @Test
    void aDraftIsPrefilledFromTheCase() {
        long caseId = accepted(2);
        AgreementDraft d = agreements.prefill(caseId);
        assertEquals(TODAY, d.drawnDate());
        assertEquals("拖欠三个月工资\n支付工资", d.facts());
        assertEquals(2, d.workers().size());
        for (AgreementDraft.WorkerTerms w : d.workers()) {
            assertEquals(List.of(new AgreementDraft.Item(DisputeCategory.WAGES, Money.parse("8333.33"),
                Money.parse("8333.33"))), w.items());
            assertEquals(List.of(new AgreementDraft.Payment(TODAY.plusDays(15), Money.parse("8333.33"))),
                w.payments());
        }
        assertEquals(4, d.copies());
        assertEquals(3, d.terms().size());
        assertTrue(d.nonMonetaryTerms().isEmpty());
    }

    @Test
    void aSavedDraftComesBackAsItsDocument() {
        long caseId = accepted(2);
        AgreementDraft d = withAmount(prefilled(caseId), 1, "6000.00", TODAY.plusDays(20));
        AgreementDraft draft = new AgreementDraft(d.drawnDate(), d.facts(), d.terms(),
            List.of(messages.get("agreement.term.certificate"), "被申请人向申请人赔礼道歉。"), d.performanceCheck(), 3,
            d.mediatorIds(), d.workers());
        AgreementVersion saved = agreements.save(caseId, null, null, draft);
        assertEquals(AgreementStatus.DRAFT, saved.status());
        assertEquals(1, saved.version());
        assertEquals(Money.parse("14333.33"), saved.total());

        AgreementService.Opened opened = agreements.open(saved.id());
        assertEquals(draft.workers().get(1).items(), opened.content().workers().get(1).items());
        assertEquals(draft.workers().get(1).payments(), opened.content().workers().get(1).payments());
        assertEquals(draft.nonMonetaryTerms(), opened.content().nonMonetaryTerms());

        AgreementDocument doc = agreements.document(saved.id());
        String caseNumber = tx.call(r -> r.cases().findById(caseId)).orElseThrow().getCaseNumber();
        assertEquals(AgreementService.agreementNumber(caseNumber), doc.agreementNumber());
        assertEquals(caseNumber, doc.caseNumber());
        assertEquals(List.of("李调解"), doc.mediators());
        assertEquals("劳动报酬", doc.workers().get(0).items().get(0).category());
        String residentId = doc.workers().get(0).residentId();
        assertEquals(messages.get("identity.sex." + ResidentId.parse(residentId).sex()), doc.workers().get(0).sex());
        assertEquals(Money.parse("6000.00"), doc.workers().get(1).total());
        assertEquals(3, doc.copies());
    }

    @Test
    void instalmentsThatDoNotAddUpAreAFieldProblemAndNothingIsSaved() {
        long caseId = accepted(1);
        AgreementDraft d = withPayments(prefilled(caseId), List.of(
            new AgreementDraft.Payment(TODAY.plusDays(10), Money.parse("4000.00")),
            new AgreementDraft.Payment(TODAY.plusDays(40), Money.parse("4000.00"))));
        ValidationException e = assertThrows(ValidationException.class, () -> agreements.save(caseId, null, null, d));
        assertEquals("agreement.payments.sum", e.problemsOf("worker.0.payments").get(0).messageKey());
        assertTrue(agreements.versions(caseId).isEmpty());
    }

    @Test
    void paymentsOutOfOrderOrBeforeTheDrawnDateAreRefusedOnTheirFields() {
        long caseId = accepted(1);
        AgreementDraft d = withPayments(prefilled(caseId), List.of(
            new AgreementDraft.Payment(TODAY.minusDays(1), Money.parse("3333.33")),
            new AgreementDraft.Payment(TODAY.plusDays(40), Money.parse("2500.00")),
            new AgreementDraft.Payment(TODAY.plusDays(30), Money.parse("2500.00"))));
        ValidationException e = assertThrows(ValidationException.class, () -> agreements.save(caseId, null, null, d));
        assertEquals("agreement.payment.beforeDrawn", e.problemsOf("worker.0.payment.0").get(0).messageKey());
        assertEquals("agreement.payment.order", e.problemsOf("worker.0.payment.2").get(0).messageKey());
        assertTrue(e.problemsOf("worker.0.payments").isEmpty());
    }

    @Test
    void noCopiesNoMediatorAndNoItemAreEachRefused() {
        long caseId = accepted(1);
        AgreementDraft d = prefilled(caseId);
        AgreementDraft.WorkerTerms w = d.workers().get(0);
        AgreementDraft bad = new AgreementDraft(d.drawnDate(), " ", d.terms(), d.nonMonetaryTerms(),
            d.performanceCheck(), 0, List.of(), List.of(new AgreementDraft.WorkerTerms(w.workerId(), w.name(),
                w.claimed(), List.of(), List.of())));
        ValidationException e = assertThrows(ValidationException.class,
            () -> agreements.save(caseId, null, null, bad));
        assertEquals("agreement.copies.min", e.problemsOf("copies").get(0).messageKey());
        assertEquals("agreement.mediators.required", e.problemsOf("mediators").get(0).messageKey());
        assertEquals("agreement.items.required", e.problemsOf("worker.0.items").get(0).messageKey());
        assertEquals("agreement.facts.required", e.problemsOf("facts").get(0).messageKey());
    }

    @Test
    void textsLongerThanTheirColumnsAreFieldProblemsAndNothingIsSaved() {
        long caseId = accepted(1);
        AgreementDraft d = prefilled(caseId);
        AgreementDraft tooLong = new AgreementDraft(d.drawnDate(), "事实".repeat(10_001), d.terms(),
            List.of("条款".repeat(1_001)), d.performanceCheck(), d.copies(), d.mediatorIds(), d.workers());
        ValidationException e = assertThrows(ValidationException.class,
            () -> agreements.save(caseId, null, null, tooLong));
        assertEquals(List.of("facts:field.tooLong.field", "nonMonetaryTerms:field.tooLong.field"),
            e.problems().stream().map(p -> p.field() + ":" + p.messageKey()).toList());
        assertTrue(agreements.versions(caseId).isEmpty());
    }

    @Test
    void anEditOnAStaleVersionIsAConflict() {
        long caseId = accepted(1);
        AgreementVersion first = agreements.save(caseId, null, null, prefilled(caseId));
        AgreementDraft changed = withAmount(prefilled(caseId), 0, "8000.00", TODAY.plusDays(15));
        AgreementVersion second = agreements.save(caseId, first.id(), first.rowVersion(), changed);
        assertNotEquals(first.rowVersion(), second.rowVersion());
        QiaoException e = assertThrows(QiaoException.class,
            () -> agreements.save(caseId, first.id(), first.rowVersion(), prefilled(caseId)));
        assertEquals("store.conflict", e.messageKey());
        assertEquals(Money.parse("8000.00"), agreements.versions(caseId).get(0).total());
    }

    @Test
    void signingLocksTheVersionStoresItsHashAndMovesTheCaseToAgreementSigned() {
        long caseId = accepted(1);
        AgreementVersion draft = agreements.save(caseId, null, null, prefilled(caseId));
        AgreementVersion signed = agreements.sign(draft.id(), draft.rowVersion(), TODAY);
        assertEquals(AgreementStatus.SIGNED, signed.status());
        assertEquals(TODAY, signed.signedDate());
        assertEquals(AgreementFingerprint.sha256(agreements.document(draft.id())), signed.contentSha256());
        assertEquals(CaseStatus.AGREEMENT_SIGNED, tx.call(r -> r.cases().findById(caseId)).orElseThrow().getStatus());
        List<CaseStatus> steps = status.history(caseId).stream().map(CaseStatusChange::getToStatus).toList();
        assertEquals(List.of(CaseStatus.INTAKE, CaseStatus.ACCEPTED, CaseStatus.IN_MEDIATION,
            CaseStatus.AGREEMENT_SIGNED), steps);

        QiaoException edit = assertThrows(QiaoException.class,
            () -> agreements.save(caseId, draft.id(), null, withAmount(prefilled(caseId), 0, "1.00", TODAY)));
        assertEquals("agreement.locked", edit.messageKey());
        QiaoException again = assertThrows(QiaoException.class, () -> agreements.sign(draft.id(), null, TODAY));
        assertEquals("agreement.locked", again.messageKey());
        assertEquals(Money.parse("8333.33"), agreements.versions(caseId).get(0).total());
    }

    @Test
    void aSignatureInTheFutureOrBeforeTheDrawnDateIsRefused() {
        long caseId = accepted(1);
        AgreementVersion draft = agreements.save(caseId, null, null, prefilled(caseId));
        ValidationException future = assertThrows(ValidationException.class,
            () -> agreements.sign(draft.id(), null, TODAY.plusDays(1)));
        assertEquals("agreement.signed.future", future.problemsOf("signedDate").get(0).messageKey());
        ValidationException early = assertThrows(ValidationException.class,
            () -> agreements.sign(draft.id(), null, TODAY.minusDays(1)));
        assertEquals("agreement.signed.beforeDrawn", early.problemsOf("signedDate").get(0).messageKey());
        assertEquals(AgreementStatus.DRAFT, agreements.versions(caseId).get(0).status());
        assertEquals(CaseStatus.ACCEPTED, tx.call(r -> r.cases().findById(caseId)).orElseThrow().getStatus());
    }

    @Test
    void aNewVersionNeedsAReasonCopiesTheSignedTextAndSupersedesItWhenSigned() {
        long caseId = accepted(1);
        AgreementVersion v1 = agreements.save(caseId, null, null, prefilled(caseId));
        agreements.sign(v1.id(), null, TODAY);
        ValidationException noReason = assertThrows(ValidationException.class,
            () -> agreements.newVersion(v1.id(), " "));
        assertEquals("agreement.reason.required", noReason.problemsOf("reason").get(0).messageKey());

        AgreementVersion v2 = agreements.newVersion(v1.id(), "被申请人请求分两期支付");
        assertEquals(2, v2.version());
        assertEquals(AgreementStatus.DRAFT, v2.status());
        assertEquals("被申请人请求分两期支付", v2.changeReason());
        assertEquals(v1.agreementNumber(), v2.agreementNumber());
        assertEquals(agreements.open(v1.id()).content(), agreements.open(v2.id()).content());
        assertEquals("agreement.draftExists",
            assertThrows(QiaoException.class, () -> agreements.newVersion(v1.id(), "再改")).messageKey());

        AgreementDraft split = withPayments(agreements.open(v2.id()).content(), List.of(
            new AgreementDraft.Payment(TODAY.plusDays(15), Money.parse("4000.00")),
            new AgreementDraft.Payment(TODAY.plusDays(45), Money.parse("4333.33"))));
        AgreementVersion saved = agreements.save(caseId, v2.id(), v2.rowVersion(), split);
        agreements.sign(saved.id(), saved.rowVersion(), TODAY);

        List<AgreementVersion> versions = agreements.versions(caseId);
        assertEquals(List.of(AgreementStatus.SUPERSEDED, AgreementStatus.SIGNED),
            versions.stream().map(AgreementVersion::status).toList());
        assertEquals(1, agreements.document(v1.id()).workers().get(0).payments().size());
        assertEquals(2, agreements.document(v2.id()).workers().get(0).payments().size());
        assertEquals(CaseStatus.AGREEMENT_SIGNED, tx.call(r -> r.cases().findById(caseId)).orElseThrow().getStatus());
        assertEquals(v2.id(), agreements.printable(caseId).id());
        assertNull(versions.get(0).changeReason());
    }

    @Test
    void verificationAcceptsTheSignedPdfAndRefusesAlteredOrUnknownOnes() throws Exception {
        long caseId = accepted(2);
        AgreementVersion draft = agreements.save(caseId, null, null, prefilled(caseId));
        byte[] draftPdf = agreements.pdf(draft.id());
        assertTrue(String.join("", PdfPages.texts(draftPdf)).contains("草稿"));
        agreements.sign(draft.id(), null, TODAY);
        byte[] signed = agreements.pdf(draft.id());

        AgreementService.Verification ok = agreements.verify(signed);
        assertEquals(AgreementService.Verdict.MATCHES, ok.verdict());
        assertEquals(draft.id(), ok.version().id());
        // The draft's copy carries the same hash (signing changes no word) but its "draft" mark is not signed text.
        assertEquals(AgreementService.Verdict.ALTERED, agreements.verify(draftPdf).verdict());
        long unsigned = accepted(1);
        byte[] neverSigned = agreements.pdf(agreements.save(unsigned, null, null, prefilled(unsigned)).id());
        assertEquals(AgreementService.Verdict.NOT_FOUND, agreements.verify(neverSigned).verdict());
        assertEquals(AgreementService.Verdict.NOT_QIAO, agreements.verify("not a pdf".getBytes()).verdict());

        AgreementDocument doc = agreements.document(draft.id());
        AgreementDocument.WorkerParty w = doc.workers().get(0);
        Money more = Money.parse("9333.33");
        AgreementDocument.WorkerParty changed = new AgreementDocument.WorkerParty(w.name(), w.sex(), w.residentId(),
            w.address(), w.phone(), List.of(new AgreementDocument.AgreedItem(w.items().get(0).category(), more)),
            List.of(new AgreementDocument.Payment(w.payments().get(0).due(), more)));
        AgreementDocument forged = new AgreementDocument(doc.agreementNumber(), doc.version(), doc.date(),
            doc.studioName(), doc.caseNumber(), doc.employer(), List.of(changed, doc.workers().get(1)), doc.facts(),
            doc.terms(), doc.nonMonetaryTerms(), doc.performanceCheck(), doc.copies(), doc.mediators());
        AgreementService.Verification altered = agreements.verify(withInfoKey(forged, ok.sha256()));
        assertEquals(AgreementService.Verdict.ALTERED, altered.verdict());
        assertEquals(1, altered.version().version());
    }

    @Test
    void anAgreementSignedAtAnEnglishWorkstationIsAChineseDocumentThatVerifiesAtAChineseOne() {
        UserSession english = new UserSession("mediator.li");
        AgreementService inEnglish = new AgreementService(tx, english, status, new Messages(Locale.ENGLISH),
            IntakeFixtures.CLOCK);
        long caseId = accepted(1);
        AgreementVersion draft = inEnglish.save(caseId, null, null, prefilled(caseId));
        inEnglish.sign(draft.id(), null, TODAY);
        byte[] printedInEnglish = inEnglish.pdf(draft.id());

        String text = String.join("", PdfPages.texts(printedInEnglish));
        assertTrue(text.contains("调解协议书"), text);
        assertTrue(text.contains(messages.get(DisputeCategory.WAGES.messageKey())), text);
        assertEquals(AgreementService.Verdict.MATCHES, agreements.verify(printedInEnglish).verdict());
        assertArrayEquals(PdfPages.texts(agreements.pdf(draft.id())).toArray(),
            PdfPages.texts(printedInEnglish).toArray());
    }

    @Test
    void aCopyLaidOutDifferentlyButWithTheSameWordsStillVerifies() throws Exception {
        long caseId = accepted(1);
        AgreementVersion draft = agreements.save(caseId, null, null, prefilled(caseId));
        agreements.sign(draft.id(), null, TODAY);
        byte[] signed = agreements.pdf(draft.id());
        String sha = agreements.verify(signed).sha256();
        // The same words, but every page's lines re-broken and on pages of another size: as a later version of Qiao
        // with another line breaking or pagination would print them.
        List<String> pages = PdfPages.texts(signed);
        assertEquals(AgreementService.Verdict.MATCHES, agreements.verify(relaidOut(pages, sha)).verdict());
        List<String> changed = new ArrayList<>(pages);
        changed.set(0, changed.get(0).replaceFirst("申请人", "申请方"));
        assertEquals(AgreementService.Verdict.ALTERED, agreements.verify(relaidOut(changed, sha)).verdict());
    }

    /** A PDF of these page texts on A5 pages, 12 characters a line, with {@code sha256} as its hash. */
    private static byte[] relaidOut(List<String> pages, String sha256) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (PdfDocument pdf = new PdfDocument(new PdfWriter(out));
             Document document = new Document(pdf, PageSize.A5)) {
            pdf.getDocumentInfo().setMoreInfo(AgreementFingerprint.INFO_KEY, sha256);
            document.setFont(DocumentFont.forDocument());
            for (String page : pages) {
                String flat = page.replaceAll("\\s+", "");
                for (int i = 0; i < flat.length(); i += 12) {
                    document.add(new Paragraph(flat.substring(i, Math.min(flat.length(), i + 12))));
                }
            }
        }
        return out.toByteArray();
    }

    /** The PDF of {@code document} with {@code sha256} put in its info dictionary in place of its own hash. */
    private byte[] withInfoKey(AgreementDocument document, String sha256) throws Exception {
        ByteArrayOutputStream rendered = new ByteArrayOutputStream();
        new AgreementPdf(messages).render(document, rendered);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (PdfDocument pdf = new PdfDocument(new PdfReader(new ByteArrayInputStream(rendered.toByteArray())),
            new PdfWriter(out))) {
            pdf.getDocumentInfo().setMoreInfo(AgreementFingerprint.INFO_KEY, sha256);
        }
        return out.toByteArray();
    }
}
