// SPDX-License-Identifier: AGPL-3.0-or-later
package org.qiao.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.qiao.document.PdfPages;
import org.qiao.domain.FieldProblem;
import org.qiao.domain.QiaoException;
import org.qiao.domain.ValidationException;
import org.qiao.domain.cases.CaseStatus;
import org.qiao.domain.cases.CaseStatusChange;
import org.qiao.domain.court.CourtOutcome;
import org.qiao.domain.court.HandBackReason;
import org.qiao.domain.court.Referral;
import org.qiao.domain.court.ReferralStatus;
import org.qiao.domain.court.ReferralType;
import org.qiao.domain.mediation.Attendee;
import org.qiao.domain.mediation.AttendeeRole;
import org.qiao.domain.mediation.MediationSession;
import org.qiao.domain.mediation.SessionMode;
import org.qiao.domain.mediation.SessionOutcome;
import org.qiao.domain.mediation.SessionSlot;
import org.qiao.domain.user.Role;
import org.qiao.domain.user.User;
import org.qiao.i18n.Messages;
import org.qiao.store.AttachmentStore;
import org.qiao.store.Transactions;

/**
 * Handing court referrals back: a success only with a signed agreement and its 30-day confirmation window on the
 * statutory calendar, a failure moving the case to HANDED_BACK, the court's outcome with its number, each refusal
 * leaving everything as it was, and the documents that go back.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class HandBackServiceTest {

    /** IntakeFixtures.CLOCK's day. */
    private static final LocalDate TODAY = LocalDate.of(2026, 3, 10);
    private static final LocalDate SIGNED_FOR = LocalDate.of(2026, 3, 2);

    private ReferralStudio studio;
    private Transactions tx;
    private IntakeService intake;
    private ReferralService referrals;
    private AgreementService agreements;
    private CaseStatusService status;
    private HandBackService handBacks;
    /** The exchange package, with this service's papers as its documents, as the application wires it. */
    private HandoffService handoffs;
    private Path dataDir;
    private long mediator;

    @BeforeAll
    void open() throws Exception {
        studio = new ReferralStudio("qiao-handback-");
        UserSession session = studio.session;
        dataDir = studio.dataDir;
        tx = studio.tx;
        AttachmentStore attachments = studio.attachments;
        intake = studio.intake;
        CalendarService calendar = studio.calendar;
        referrals = studio.referrals;
        Messages messages = new Messages(Locale.SIMPLIFIED_CHINESE);
        status = new CaseStatusService(tx, calendar, session, IntakeFixtures.CLOCK);
        agreements = new AgreementService(tx, session, status, messages, IntakeFixtures.CLOCK);
        handBacks = new HandBackService(tx, calendar, agreements, session, messages, IntakeFixtures.CLOCK);
        handoffs = new HandoffService(tx, session, intake, referrals, new PaymentService(tx, attachments, session,
            messages, IntakeFixtures.CLOCK), attachments, handBacks, messages, IntakeFixtures.CLOCK);
        mediator = tx.call(r -> r.users().save(new User("mediator.gerel", "格日勒", Role.MEDIATOR))).getId();
    }

    @AfterAll
    void close() {
        studio.close();
    }

    /** A 委派 referral of two workers, signed for on 2026-03-02, accepted. */
    private long referred() {
        return referrals.register(ReferralFixtures.form(tx, ReferralType.DELEGATED, SIGNED_FOR, 2), null).caseId();
    }

    /** A referred case whose agreement (the prefilled one, drawn and signed on {@code signed}) is signed. */
    private long agreed(LocalDate signed) {
        long caseId = referred();
        AgreementDraft d = agreements.prefill(caseId);
        AgreementDraft draft = new AgreementDraft(signed, d.facts(), d.terms(), d.nonMonetaryTerms(),
            d.performanceCheck(), d.copies(), List.of(mediator), d.workers());
        AgreementVersion saved = agreements.save(caseId, null, null, draft);
        agreements.sign(saved.id(), null, signed);
        return caseId;
    }

    private Referral referral(long caseId) {
        return tx.call(r -> r.referrals().ofCase(caseId)).orElseThrow();
    }

    private CaseStatus caseStatus(long caseId) {
        return tx.call(r -> r.cases().findById(caseId)).orElseThrow().getStatus();
    }

    private static List<String> keys(ValidationException e) {
        return e.problems().stream().map(FieldProblem::messageKey).toList();
    }

    @Test
    void theConfirmationWindowRunsThirtyDaysFromSigningPastTheQingmingHoliday() {
        // Signed 2026-03-06: +30 days = 04-05, inside 清明 (04-04 to 04-06) → 04-07.
        long caseId = agreed(LocalDate.of(2026, 3, 6));
        HandBackService.ConfirmationWindow window = handBacks.view(caseId).window().orElseThrow();
        assertEquals(LocalDate.of(2026, 4, 7), window.due());
        assertEquals(28, window.daysLeft());
        assertTrue(!window.applied() && !window.missed());
        assertEquals(ReferralStatus.TO_HAND_BACK, handBacks.view(caseId).status());
    }

    @Test
    void aSuccessGoesBackWithTheLetterTheApplicationAndTheAgreement() {
        long caseId = agreed(LocalDate.of(2026, 3, 9));
        HandBackService.View before = handBacks.view(caseId);
        assertEquals(List.of(), handBacks.forCase(caseId));
        HandBackService.View after = handBacks.handBackSuccess(caseId, before.referralVersion(), TODAY, "双方当场签收");
        assertEquals(ReferralStatus.HANDED_BACK_SUCCESS, after.status());
        assertEquals(HandBackReason.AGREEMENT_SIGNED, after.handBackReason());
        assertEquals(CaseStatus.AGREEMENT_SIGNED, caseStatus(caseId));
        List<HandoffDocuments.Named> docs = handBacks.forCase(caseId);
        assertEquals(List.of("HANDBACK_LETTER", "JUDICIAL_CONFIRMATION_APPLICATION", "AGREEMENT", "SESSION_RECORDS"),
            docs.stream().map(HandoffDocuments.Named::kind).toList());
        assertEquals(List.of("letter.pdf", "judicial-confirmation.pdf", "agreement.pdf", "session-records.pdf"),
            docs.stream().map(HandoffDocuments.Named::fileName).toList());
        String letter = String.join("", PdfPages.texts(docs.get(0).content())).replaceAll("\\s+", "");
        assertTrue(letter.contains(before.courtCaseNumber()), letter);
        assertTrue(letter.contains("2026年4月8日"), "the application deadline: " + letter);
        String application = String.join("", PdfPages.texts(docs.get(1).content())).replaceAll("\\s+", "");
        assertTrue(application.contains("此致" + "鄂尔多斯市东胜区人民法院"), application);
        assertEquals(docs.get(2).content().length, agreements.pdf(agreements.printable(caseId).id()).length);
    }

    @Test
    void theLetterGivesTheTelephoneOfTheCasesStudioOrALineToFillItIn() {
        StudioService studios = new StudioService(tx, new UserSession("admin.sarnai"));
        long caseId = referred();
        handBacks.handBackFailure(caseId, null, HandBackReason.MEDIATION_FAILED, TODAY, "双方确认劳动关系。", null);
        assertTrue(letter(caseId).contains("联系电话：＿＿＿＿＿＿"), letter(caseId));
        long studio = studios.defaultStudio().getId();
        studios.add("另一工作室", null, "另〔{year}〕{seq:4}号");
        studios.updatePhone(studios.list().stream().filter(s -> s.getName().equals("另一工作室")).findFirst()
            .orElseThrow().getId(), "0471-6912345");
        try {
            assertTrue(letter(caseId).contains("联系电话：＿＿＿＿＿＿"), "another studio's telephone is not this case's");
            studios.updatePhone(studio, "0477-3219876");
            String letter = letter(caseId);
            assertTrue(letter.contains("联系电话：0477-3219876"), letter);
            assertFalse(letter.contains("0471-6912345"), letter);
        } finally {
            studios.updatePhone(studio, "");
        }
    }

    /** The hand-back letter's text, without spaces. */
    private String letter(long caseId) {
        return String.join("", PdfPages.texts(handBacks.document(caseId, HandBackService.HANDBACK_LETTER)
            .content())).replaceAll("[\\s\u3000]+", "");
    }

    @Test
    void aSuccessNeedsASignedAgreementAndADateNeitherFutureNorBeforeSigning() {
        long caseId = referred();
        QiaoException none = assertThrows(QiaoException.class,
            () -> handBacks.handBackSuccess(caseId, null, TODAY, null));
        assertEquals("handback.success.noAgreement", none.messageKey());
        long agreed = agreed(LocalDate.of(2026, 3, 9));
        ValidationException future = assertThrows(ValidationException.class,
            () -> handBacks.handBackSuccess(agreed, null, TODAY.plusDays(1), null));
        assertEquals(List.of("handback.date.future"), keys(future));
        ValidationException early = assertThrows(ValidationException.class,
            () -> handBacks.handBackSuccess(agreed, null, LocalDate.of(2026, 3, 8), null));
        assertEquals(List.of("handback.date.beforeAgreement"), keys(early));
        assertNull(referral(agreed).getHandBackKind());
    }

    @Test
    void aFailureFromAcceptedGoesThroughMediationFailedToHandedBack() {
        long caseId = referred();
        HandBackService.View after = handBacks.handBackFailure(caseId, null, HandBackReason.REFUSED_MEDIATION, TODAY,
            "双方确认劳动关系存续期间为2025年3月至12月。\n欠付工资数额为24,000.00元。", null);
        assertEquals(ReferralStatus.HANDED_BACK_FAILURE, after.status());
        assertEquals(CaseStatus.HANDED_BACK, caseStatus(caseId));
        List<CaseStatusChange> history = status.history(caseId);
        assertEquals(List.of(CaseStatus.IN_MEDIATION, CaseStatus.MEDIATION_FAILED, CaseStatus.HANDED_BACK),
            history.subList(history.size() - 3, history.size()).stream().map(CaseStatusChange::getToStatus).toList());
        assertTrue(history.get(history.size() - 1).getReason().contains("当事人拒绝调解"));
        assertNull(tx.call(r -> r.cases().findById(caseId)).orElseThrow().getMediationDueDate());
        List<HandoffDocuments.Named> docs = handBacks.forCase(caseId);
        assertEquals(List.of("HANDBACK_LETTER", "TERMINATION_NOTICE", "UNDISPUTED_FACTS", "SESSION_RECORDS"),
            docs.stream().map(HandoffDocuments.Named::kind).toList());
        assertEquals("session-records.pdf", docs.get(3).fileName());
        String facts = String.join("", PdfPages.texts(docs.get(2).content())).replaceAll("\\s+", "");
        assertTrue(facts.contains("1.双方确认劳动关系存续期间为2025年3月至12月。"), facts);
        assertTrue(facts.contains("2.欠付工资数额为24,000.00元。"), facts);
        QiaoException again = assertThrows(QiaoException.class,
            () -> handBacks.handBackFailure(caseId, null, HandBackReason.MEDIATION_FAILED, TODAY, "x", null));
        assertEquals("handback.already", again.messageKey());
    }

    @Test
    void aFailureWithoutFactsNeedsANoteAndEveryRefusalLeavesTheCaseAsItWas() {
        long caseId = referred();
        long version = handBacks.view(caseId).referralVersion();
        ValidationException empty = assertThrows(ValidationException.class,
            () -> handBacks.handBackFailure(caseId, version, HandBackReason.MEDIATION_FAILED, TODAY, " ", ""));
        assertEquals(List.of("handback.facts.required"), keys(empty));
        ValidationException wrong = assertThrows(ValidationException.class, () -> handBacks.handBackFailure(caseId,
            version, HandBackReason.AGREEMENT_SIGNED, SIGNED_FOR.minusDays(1), "事实", null));
        assertEquals(List.of("handback.reason.notFailure", "handback.date.beforeSignedFor"), keys(wrong));
        ValidationException future = assertThrows(ValidationException.class, () -> handBacks.handBackFailure(caseId,
            version, HandBackReason.TIMED_OUT, TODAY.plusDays(1), "事实", null));
        assertEquals(List.of("handback.date.future"), keys(future));
        ValidationException tooLong = assertThrows(ValidationException.class, () -> handBacks.handBackFailure(caseId,
            version, HandBackReason.TIMED_OUT, TODAY, "事实", "长".repeat(HandBackService.NOTE_MAX + 1)));
        assertEquals(List.of("field.tooLong.field"), keys(tooLong));
        QiaoException stale = assertThrows(QiaoException.class, () -> handBacks.handBackFailure(caseId, version + 1,
            HandBackReason.TIMED_OUT, TODAY, "事实", null));
        assertEquals("store.conflict", stale.messageKey());
        assertEquals(CaseStatus.ACCEPTED, caseStatus(caseId));
        assertNull(referral(caseId).getHandBackKind());
        // With a note saying why, no facts is accepted.
        handBacks.handBackFailure(caseId, version, HandBackReason.PARTY_WITHDREW, TODAY, "", "被申请人拒绝确认任何事实");
        assertNull(referral(caseId).getUndisputedFacts());
        assertEquals(CaseStatus.HANDED_BACK, caseStatus(caseId));
    }

    @Test
    void aWithdrawnReferralGoesBackToTheCourtAndTheCaseStaysWithdrawn() {
        long caseId = referred();
        status.change(caseId, CaseStatus.WITHDRAWN, "申请人撤回调解申请");
        HandBackService.View before = handBacks.view(caseId);
        assertEquals(ReferralStatus.TO_HAND_BACK, before.status());
        assertEquals(HandBackReason.PARTY_WITHDREW, HandBackService.proposedReason(before.caseStatus()).orElseThrow());
        int changes = status.history(caseId).size();
        HandBackService.View after = handBacks.handBackFailure(caseId, before.referralVersion(),
            HandBackReason.PARTY_WITHDREW, TODAY, "", "申请人于2026年3月9日撤回调解申请");
        assertEquals(ReferralStatus.HANDED_BACK_FAILURE, after.status());
        assertEquals(CaseStatus.WITHDRAWN, caseStatus(caseId));
        assertEquals(changes, status.history(caseId).size(), "a final case does not move");
        assertEquals(TODAY, referral(caseId).getHandedBackDate());
    }

    @Test
    void aCaseWithASignedAgreementCannotGoBackAsAFailure() {
        long caseId = agreed(LocalDate.of(2026, 3, 9));
        QiaoException e = assertThrows(QiaoException.class,
            () -> handBacks.handBackFailure(caseId, null, HandBackReason.MEDIATION_FAILED, TODAY, "事实", null));
        assertEquals("handback.failure.caseStatus", e.messageKey());
    }

    @Test
    void aConfirmationNeedsTheApplicationAndAMinTeNumberOfTheReferringCourt() {
        long caseId = agreed(LocalDate.of(2026, 3, 9));
        handBacks.handBackSuccess(caseId, null, TODAY, null);
        ValidationException notApplied = assertThrows(ValidationException.class, () -> handBacks.recordOutcome(caseId,
            null, CourtOutcome.CONFIRMED, "（2026）内0602民特5号", TODAY, null));
        assertEquals(List.of("handback.outcome.notApplied"), keys(notApplied));
        ValidationException early = assertThrows(ValidationException.class,
            () -> handBacks.recordConfirmationApplied(caseId, null, LocalDate.of(2026, 3, 8)));
        assertEquals(List.of("handback.applied.beforeAgreement"), keys(early));
        HandBackService.View applied = handBacks.recordConfirmationApplied(caseId, null, TODAY);
        assertTrue(applied.window().orElseThrow().applied());
        ValidationException type = assertThrows(ValidationException.class, () -> handBacks.recordOutcome(caseId,
            null, CourtOutcome.CONFIRMED, "（2026）内0602民初5号", TODAY, null));
        assertEquals(List.of("handback.number.type"), keys(type));
        ValidationException court = assertThrows(ValidationException.class, () -> handBacks.recordOutcome(caseId,
            null, CourtOutcome.CONFIRMATION_REFUSED, "(2026)内0102民特5号", TODAY, null));
        assertEquals(List.of("handback.number.otherCourt"), keys(court));
        ValidationException shape = assertThrows(ValidationException.class, () -> handBacks.recordOutcome(caseId,
            null, CourtOutcome.CONFIRMED, "民特5号", TODAY.minusDays(1), null));
        assertEquals(List.of("court.number.shape", "handback.outcome.beforeHandBack"), keys(shape));
        ValidationException filed = assertThrows(ValidationException.class, () -> handBacks.recordOutcome(caseId,
            null, CourtOutcome.FILED, "（2026）内0602民初5号", TODAY, null));
        assertEquals(List.of("handback.outcome.notAfterSuccess"), keys(filed));
        assertNull(referral(caseId).getCourtOutcome());
        HandBackService.View done = handBacks.recordOutcome(caseId, applied.referralVersion(), CourtOutcome.CONFIRMED,
            "(2026)内0602民特5号", TODAY, "裁定书已送达");
        assertEquals(ReferralStatus.OUTCOME_RECORDED, done.status());
        assertEquals("（2026）内0602民特5号", done.outcomeNumber());
        QiaoException twice = assertThrows(QiaoException.class, () -> handBacks.recordOutcome(caseId, null,
            CourtOutcome.CLAIM_WITHDRAWN, null, TODAY, null));
        assertEquals("handback.outcome.recorded", twice.messageKey());
    }

    @Test
    void aFailedReferralIsFiledWithAMinChuNumberOrWithdrawnWithoutOne() {
        long filed = referred();
        handBacks.handBackFailure(filed, null, HandBackReason.TIMED_OUT, TODAY, "事实", null);
        ValidationException confirmed = assertThrows(ValidationException.class, () -> handBacks.recordOutcome(filed,
            null, CourtOutcome.CONFIRMED, "（2026）内0602民特5号", TODAY, null));
        assertEquals(List.of("handback.outcome.notAfterFailure"), keys(confirmed));
        ValidationException noNumber = assertThrows(ValidationException.class, () -> handBacks.recordOutcome(filed,
            null, CourtOutcome.FILED, " ", TODAY, null));
        assertEquals(List.of("handback.number.required"), keys(noNumber));
        QiaoException applied = assertThrows(QiaoException.class,
            () -> handBacks.recordConfirmationApplied(filed, null, TODAY));
        assertEquals("handback.applied.notSuccess", applied.messageKey());
        assertEquals(CourtOutcome.FILED, handBacks.recordOutcome(filed, null, CourtOutcome.FILED,
            "（2026）内0602民初77号", TODAY, null).outcome());
        long withdrawn = referred();
        handBacks.handBackFailure(withdrawn, null, HandBackReason.PARTY_WITHDREW, TODAY, "事实", null);
        assertNull(handBacks.recordOutcome(withdrawn, null, CourtOutcome.CLAIM_WITHDRAWN, "", TODAY, null)
            .outcomeNumber());
    }

    @Test
    void theSessionRecordsShowTheSessionsHeldAndCancelledButNeitherTheScheduledOneNorTheCaucusNotes() {
        long caseId = referred();
        long other = tx.call(r -> r.users().save(new User("mediator.wulan" + IntakeFixtures.next(), "乌兰",
            Role.MEDIATOR))).getId();
        tx.run(r -> {
            MediationSession later = new MediationSession(caseId, new SessionSlot(LocalDate.of(2026, 3, 6),
                LocalTime.of(14, 0), LocalTime.of(15, 30), "第二调解室", Set.of(mediator, other)), SessionMode.VIDEO,
                null, "mediator.gerel");
            later.record(List.of(new Attendee(AttendeeRole.WORKER, "劳动者甲", false),
                    new Attendee(AttendeeRole.EMPLOYER_REPRESENTATIVE, "张经理", true)), "被申请人坚持只付一半。",
                "被申请人私下表示可以多付", SessionOutcome.NO_AGREEMENT, "差距过大", "mediator.gerel");
            r.sessions().save(later);
            MediationSession first = new MediationSession(caseId, new SessionSlot(LocalDate.of(2026, 3, 4),
                LocalTime.of(9, 0), LocalTime.of(10, 0), "第一调解室", Set.of(mediator)), SessionMode.FACE_TO_FACE,
                null, "mediator.gerel");
            first.cancel("被申请人未到场");
            r.sessions().save(first);
            r.sessions().save(new MediationSession(caseId, new SessionSlot(LocalDate.of(2026, 3, 20),
                LocalTime.of(9, 0), LocalTime.of(10, 0), "第三调解室", Set.of(mediator)), SessionMode.PHONE, null,
                "mediator.gerel"));
        });
        handBacks.handBackFailure(caseId, null, HandBackReason.MEDIATION_FAILED, TODAY, "双方确认劳动关系。", null);
        List<String> pages = PdfPages.texts(handBacks.document(caseId, HandBackService.SESSION_RECORDS).content());
        String text = String.join("", pages).replaceAll("[\\s\u3000]+", "");
        for (String expected : List.of("1.2026年3月4日09:00至10:00（已取消）", "第一调解室", "被申请人未到场",
            "2.2026年3月6日14:00至15:30", "第二调解室", "视频", "主持调解员乌兰、格日勒", "劳动者：劳动者甲",
            "用人单位代表（有权和解）：张经理", "未达成协议", "结果说明：差距过大", "被申请人坚持只付一半。", "调解员：格日勒",
            "调解员：乌兰", handBacks.view(caseId).courtCaseNumber())) {
            assertTrue(text.contains(expected), expected + " in " + text);
        }
        assertTrue(text.indexOf("2026年3月4日") < text.indexOf("2026年3月6日"), "earliest first");
        assertFalse(text.contains("第三调解室"), "a session only scheduled never took place: " + text);
        assertFalse(text.contains("私下表示"), "caucus notes stay behind: " + text);
        String letter = letter(caseId);
        assertTrue(letter.contains("《调解记录》"), letter);
        assertFalse(letter.contains("2026年3月4日"), "the letter lists the sessions held only: " + letter);
    }

    @Test
    void theExchangePackageListsTheSessionRecordsWithTheirHash() throws Exception {
        long caseId = referred();
        handBacks.handBackFailure(caseId, null, HandBackReason.TIMED_OUT, TODAY, "双方确认劳动关系。", null);
        Path zip = dataDir.resolve("packages").resolve("handback-" + caseId + ".zip");
        handoffs.export(caseId, zip);
        HandoffReport.File records = handoffs.verify(zip).files().stream()
            .filter(f -> f.path().equals("documents/session-records.pdf")).findFirst().orElseThrow();
        assertEquals(HandBackService.SESSION_RECORDS, records.kind());
        byte[] content;
        try (ZipFile file = new ZipFile(zip.toFile())) {
            content = file.getInputStream(file.getEntry(records.path())).readAllBytes();
        }
        assertEquals(HandoffPackage.sha256(content), records.sha256());
        assertEquals(content.length, records.size());
        String text = String.join("", PdfPages.texts(content)).replaceAll("\\s+", "");
        assertTrue(text.startsWith("调解记录"), text);
        assertTrue(text.contains("本案未举行调解会议。"), text);
    }

    @Test
    void aCaseThatDidNotComeFromACourtHasNothingToHandBack() {
        long caseId = intake.register(IntakeFixtures.form(null, 1, 0)).caseId();
        assertTrue(handBacks.find(caseId).isEmpty());
        assertEquals(List.of(), handBacks.forCase(caseId));
        QiaoException e = assertThrows(QiaoException.class, () -> handBacks.view(caseId));
        assertEquals("handback.notReferral", e.messageKey());
        QiaoException outcome = assertThrows(QiaoException.class, () -> handBacks.recordOutcome(referred(), null,
            CourtOutcome.FILED, "（2026）内0602民初5号", TODAY, null));
        assertEquals("handback.outcome.notHandedBack", outcome.messageKey());
    }
}
