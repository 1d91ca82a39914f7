// SPDX-License-Identifier: AGPL-3.0-or-later
package org.qiao.service;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.qiao.document.HandBackPapers;
import org.qiao.document.HandBackPdf;
import org.qiao.domain.FieldProblem;
import org.qiao.domain.QiaoException;
import org.qiao.domain.ValidationException;
import org.qiao.domain.agreement.AgreedAmount;
import org.qiao.domain.agreement.Agreement;
import org.qiao.domain.agreement.AgreementStatus;
import org.qiao.domain.calendar.Period;
import org.qiao.domain.cases.CaseStatus;
import org.qiao.domain.cases.DisputeCase;
import org.qiao.domain.cases.Employer;
import org.qiao.domain.cases.Studio;
import org.qiao.domain.cases.Worker;
import org.qiao.domain.court.CourtCaseNumber;
import org.qiao.domain.court.CourtOutcome;
import org.qiao.domain.court.HandBackKind;
import org.qiao.domain.court.HandBackReason;
import org.qiao.domain.court.MaterialKind;
import org.qiao.domain.court.Referral;
import org.qiao.domain.court.ReferralMaterial;
import org.qiao.domain.court.ReferralStatus;
import org.qiao.domain.court.ReferralType;
import org.qiao.domain.mediation.Attendee;
import org.qiao.domain.mediation.MediationSession;
import org.qiao.domain.mediation.SessionStatus;
import org.qiao.domain.money.Money;
import org.qiao.i18n.Messages;
import org.qiao.store.Repositories;
import org.qiao.store.Transactions;

/**
 * How a court referral goes back to its court (退回法院) and what the court then did. A success goes back once the
 * case has a signed agreement: the parties then have 30 days from the day it took effect (signing) to apply jointly
 * for its judicial confirmation (民事诉讼法 2023 art.205, 人民调解法 art.33), counted on the statutory calendar. A
 * failure goes back with the reason, the facts both sides confirmed (无争议事实), and moves the case to
 * {@code HANDED_BACK} (through {@code MEDIATION_FAILED}), so the case returns to the court for filing.
 *
 * <p>Which court outcomes fit which hand-back: after a success the court confirms the agreement or refuses to
 * ({@code CONFIRMED}, {@code CONFIRMATION_REFUSED}: a 民特 number, only once the application date is recorded), issues
 * its own 调解书 on it ({@code MEDIATION_STATEMENT}), or the claimant withdraws ({@code CLAIM_WITHDRAWN}); after a
 * failure the court files the case ({@code FILED}: a 民初 number), mediates it itself ({@code MEDIATION_STATEMENT}) or
 * the claimant withdraws. Every number is the referring court's own. An outcome is recorded once.
 *
 * <p>The undisputed facts of a failure may be left empty only when the note says why (a party would confirm
 * nothing, or refused mediation outright): the court then knows the empty record is deliberate.
 *
 * <p>Every write checks the referral's version against the one on screen ({@code null}: whatever is current) and
 * writes nothing when anything is refused.
 */
public final class HandBackService implements HandoffDocuments {

    /** How long the parties have to apply for judicial confirmation after the agreement takes effect. */
    public static final Period CONFIRMATION_PERIOD = Period.days(30);

    /** The document kinds of {@link #forCase}, with their file names. */
    public static final String HANDBACK_LETTER = "HANDBACK_LETTER";
    public static final String JUDICIAL_CONFIRMATION_APPLICATION = "JUDICIAL_CONFIRMATION_APPLICATION";
    public static final String AGREEMENT = "AGREEMENT";
    public static final String TERMINATION_NOTICE = "TERMINATION_NOTICE";
    public static final String UNDISPUTED_FACTS = "UNDISPUTED_FACTS";
    public static final String SESSION_RECORDS = "SESSION_RECORDS";
    private static final Map<String, String> FILE_NAMES = Map.of(HANDBACK_LETTER, "letter.pdf",
        JUDICIAL_CONFIRMATION_APPLICATION, "judicial-confirmation.pdf", AGREEMENT, "agreement.pdf",
        TERMINATION_NOTICE, "termination-notice.pdf", UNDISPUTED_FACTS, "undisputed-facts.pdf",
        SESSION_RECORDS, "session-records.pdf");

    private static final Map<String, String> LABEL_KEYS = Map.of(HANDBACK_LETTER, "handback.kind.HANDBACK_LETTER",
        JUDICIAL_CONFIRMATION_APPLICATION, "handback.kind.JUDICIAL_CONFIRMATION_APPLICATION",
        AGREEMENT, "handback.kind.AGREEMENT", TERMINATION_NOTICE, "handback.kind.TERMINATION_NOTICE",
        UNDISPUTED_FACTS, "handback.kind.UNDISPUTED_FACTS", SESSION_RECORDS, "handback.kind.SESSION_RECORDS");

    /** The reasons a failed mediation goes back for. */
    public static final Set<HandBackReason> FAILURE_REASONS = EnumSet.complementOf(
        EnumSet.of(HandBackReason.AGREEMENT_SIGNED));
    private static final Set<CourtOutcome> AFTER_SUCCESS = EnumSet.of(CourtOutcome.CONFIRMED,
        CourtOutcome.CONFIRMATION_REFUSED, CourtOutcome.MEDIATION_STATEMENT, CourtOutcome.CLAIM_WITHDRAWN);
    private static final Set<CourtOutcome> AFTER_FAILURE = EnumSet.of(CourtOutcome.FILED,
        CourtOutcome.MEDIATION_STATEMENT, CourtOutcome.CLAIM_WITHDRAWN);
    /** The case statuses from which a failed mediation can go back, through MEDIATION_FAILED where needed. */
    private static final Set<CaseStatus> FAILURE_FROM = EnumSet.of(CaseStatus.ACCEPTED, CaseStatus.IN_MEDIATION,
        CaseStatus.MEDIATION_FAILED, CaseStatus.WITHDRAWN, CaseStatus.NOT_ACCEPTED, CaseStatus.CLOSED);
    /** Where a case ended on its own: the file still goes back to the court, the case keeps its status. */
    private static final Set<CaseStatus> ENDED = EnumSet.of(CaseStatus.WITHDRAWN, CaseStatus.NOT_ACCEPTED,
        CaseStatus.CLOSED);
    /** The judicial-confirmation case type (民事特别程序). */
    static final String CONFIRMATION_TYPE = "民特";
    static final String FILING_TYPE = "民初";

    /** The columns' limits (V15). */
    static final int NOTE_MAX = 2_000;
    static final int FACTS_MAX = 20_000;
    static final int OUTCOME_NOTE_MAX = 1_000;

    private final Transactions tx;
    private final CalendarService calendar;
    private final AgreementService agreements;
    private final UserSession session;
    /** The screens' language, for the labels a view and a refusal carry. */
    private final Messages messages;
    /** The documents' language: always Chinese. */
    private final Messages documents = new Messages(Messages.CHINESE);
    private final Clock clock;

    public HandBackService(Transactions tx, CalendarService calendar, AgreementService agreements,
        UserSession session, Messages messages) {
        this(tx, calendar, agreements, session, messages, Clock.systemDefaultZone());
    }

    public HandBackService(Transactions tx, CalendarService calendar, AgreementService agreements,
        UserSession session, Messages messages, Clock clock) {
        this.tx = Objects.requireNonNull(tx);
        this.calendar = Objects.requireNonNull(calendar);
        this.agreements = Objects.requireNonNull(agreements);
        this.session = Objects.requireNonNull(session);
        this.messages = Objects.requireNonNull(messages);
        this.clock = Objects.requireNonNull(clock);
    }

    /** A material the court sent with the referral. */
    public record Material(MaterialKind kind, String note, String fileName) {
    }

    /**
     * The 30 days to apply for judicial confirmation of the signed agreement.
     *
     * @param daysLeft days from today to {@code due}; negative once it has passed
     * @param appliedDate the day the application was made, or {@code null}
     */
    public record ConfirmationWindow(String agreementNumber, LocalDate agreementSigned, LocalDate due, long daysLeft,
        LocalDate appliedDate) {

        public boolean applied() {
            return appliedDate != null;
        }

        /** Passed without an application. */
        public boolean missed() {
            return appliedDate == null && daysLeft < 0;
        }
    }

    /**
     * A referral as the case page shows it.
     *
     * @param referralVersion the version a write is checked against
     * @param window the confirmation window while the case has a signed agreement, else empty
     */
    public record View(long caseId, String caseNumber, CaseStatus caseStatus, long referralVersion,
        ReferralType type, String courtName, String courtCode, String courtCaseNumber, String judgeName,
        String judgeContact, LocalDate signedForDate, List<Material> materials, ReferralStatus status,
        HandBackKind handBackKind, HandBackReason handBackReason, LocalDate handedBackDate, String handBackNote,
        String undisputedFacts, Optional<ConfirmationWindow> window, CourtOutcome outcome, String outcomeNumber,
        LocalDate outcomeDate, String outcomeNote) {

        public View {
            materials = List.copyOf(materials);
        }

        public boolean handedBack() {
            return handBackKind != null;
        }
    }

    /**
     * The documents a hand-back of {@code kind} goes with, in the order of {@link #forCase}: the letter, the papers
     * of the outcome, and the session records, which the court wants either way.
     */
    public static List<String> kindsFor(HandBackKind kind) {
        return kind == HandBackKind.SUCCESS
            ? List.of(HANDBACK_LETTER, JUDICIAL_CONFIRMATION_APPLICATION, AGREEMENT, SESSION_RECORDS)
            : List.of(HANDBACK_LETTER, TERMINATION_NOTICE, UNDISPUTED_FACTS, SESSION_RECORDS);
    }

    /** The court outcomes that fit a hand-back of {@code kind}. */
    public static Set<CourtOutcome> outcomesAfter(HandBackKind kind) {
        return EnumSet.copyOf(kind == HandBackKind.SUCCESS ? AFTER_SUCCESS : AFTER_FAILURE);
    }

    /** Whether a case in {@code status} can go back as a failure. */
    public static boolean failureAllowedFrom(CaseStatus status) {
        return FAILURE_FROM.contains(status);
    }

    /**
     * The reason a failure hand-back of a case in {@code status} most likely has, for the form to propose: the case's
     * own end (调解不成, 撤回, 不予受理); none while mediation is still open, where the mediator says why.
     */
    public static Optional<HandBackReason> proposedReason(CaseStatus status) {
        return Optional.ofNullable(switch (status) {
            case MEDIATION_FAILED -> HandBackReason.MEDIATION_FAILED;
            case WITHDRAWN -> HandBackReason.PARTY_WITHDREW;
            case NOT_ACCEPTED -> HandBackReason.REFUSED_MEDIATION;
            default -> null;
        });
    }

    /** The id of the case numbered {@code caseNumber}; {@code cases.unknown} if there is none. */
    public long caseId(String caseNumber) {
        String number = Objects.requireNonNull(caseNumber, "caseNumber").strip();
        return tx.call(r -> r.cases().findByNumber(number))
            .orElseThrow(() -> new QiaoException("cases.unknown", number)).getId();
    }

    /** The case's referral, if it came from a court. */
    public Optional<View> find(long caseId) {
        LocalDate today = LocalDate.now(clock);
        return tx.call(r -> r.referrals().ofCase(caseId).map(referral -> view(r, loadCase(r, caseId), referral,
            today)));
    }

    /** The case's referral; {@code handback.notReferral} when the case did not come from a court. */
    public View view(long caseId) {
        return find(caseId).orElseThrow(() -> new QiaoException("handback.notReferral", String.valueOf(caseId)));
    }

    private View view(Repositories r, DisputeCase c, Referral referral, LocalDate today) {
        List<Material> materials = r.referrals().materials(referral.getId()).stream()
            .map(m -> new Material(m.getMaterial(), m.getNote(), m.getFileName())).toList();
        Optional<ConfirmationWindow> window = signedAgreement(r, c.getId()).map(a -> {
            LocalDate due = calendar.due(a.getSignedDate(), CONFIRMATION_PERIOD).due();
            return new ConfirmationWindow(a.getAgreementNumber(), a.getSignedDate(), due,
                ChronoUnit.DAYS.between(today, due), referral.getConfirmationAppliedDate());
        });
        return new View(c.getId(), c.getCaseNumber(), c.getStatus(), referral.getVersion(), referral.getType(),
            referral.getCourt().getName(), referral.getCourt().getCode(), referral.getCourtCaseNumber(),
            referral.getJudgeName(), referral.getJudgeContact(), referral.getSignedForDate(), materials,
            ReferralStatus.of(referral, c.getStatus()), referral.getHandBackKind(), referral.getHandBackReason(),
            referral.getHandedBackDate(), referral.getHandBackNote(), referral.getUndisputedFacts(), window,
            referral.getCourtOutcome(), referral.getCourtOutcomeNumber(), referral.getCourtOutcomeDate(),
            referral.getCourtOutcomeNote());
    }

    /**
     * Hands a referral back after an agreement was signed, on {@code date}. The case keeps its status
     * ({@code AGREEMENT_SIGNED} or {@code PERFORMING}).
     *
     * @throws ValidationException {@code date}: {@code handback.date.future}, {@code handback.date.beforeSignedFor},
     *     {@code handback.date.beforeAgreement}; {@code note}: {@code field.tooLong.field}
     * @throws QiaoException {@code handback.notReferral}, {@code handback.already}, {@code store.conflict},
     *     {@code handback.success.noAgreement}
     */
    public View handBackSuccess(long caseId, Long expectedVersion, LocalDate date, String note) {
        String actor = session.actorName();
        LocalDate today = LocalDate.now(clock);
        return tx.call(r -> {
            DisputeCase c = loadCase(r, caseId);
            Referral referral = openReferral(r, caseId, expectedVersion);
            Agreement agreement = signedAgreement(r, caseId)
                .orElseThrow(() -> new QiaoException("handback.success.noAgreement", c.getCaseNumber()));
            List<FieldProblem> problems = new ArrayList<>();
            dateProblems(problems, date, referral, today);
            if (date != null && date.isBefore(agreement.getSignedDate())) {
                problems.add(problem("date", "handback.date.beforeAgreement", date.toString(),
                    agreement.getSignedDate().toString()));
            }
            TextLimit.check(problems, "note", note, NOTE_MAX, "field.tooLong.field");
            refuse(problems);
            referral.handBack(HandBackReason.AGREEMENT_SIGNED, date, text(note), actor);
            r.referrals().save(referral);
            return view(r, c, referral, today);
        });
    }

    /**
     * Hands a referral back without agreement: records the reason, the undisputed facts and the note, and moves
     * the case to {@code HANDED_BACK}: from {@code ACCEPTED} through {@code IN_MEDIATION} and
     * {@code MEDIATION_FAILED}, from {@code IN_MEDIATION} through {@code MEDIATION_FAILED}, each step recorded with
     * the reason — all in one transaction. A case that ended on its own ({@code WITHDRAWN}, {@code NOT_ACCEPTED},
     * {@code CLOSED} without a signed agreement) keeps its status: only its referral goes back.
     *
     * @throws ValidationException {@code reason}: {@code handback.reason.required}, {@code handback.reason.notFailure};
     *     {@code date} as for a success; {@code facts}: {@code handback.facts.required} (empty facts without a note),
     *     {@code field.tooLong.field}; {@code note}: {@code field.tooLong.field}
     * @throws QiaoException {@code handback.notReferral}, {@code handback.already}, {@code store.conflict},
     *     {@code handback.failure.caseStatus} (a signed agreement, or a case not in mediation)
     */
    public View handBackFailure(long caseId, Long expectedVersion, HandBackReason reason, LocalDate date,
        String undisputedFacts, String note) {
        String actor = session.actorName();
        LocalDateTime now = LocalDateTime.now(clock);
        return tx.call(r -> {
            DisputeCase c = loadCase(r, caseId);
            Referral referral = openReferral(r, caseId, expectedVersion);
            if (!FAILURE_FROM.contains(c.getStatus())
                || c.getStatus() == CaseStatus.CLOSED && signedAgreement(r, caseId).isPresent()) {
                throw new QiaoException("handback.failure.caseStatus", c.getCaseNumber(),
                    messages.get(c.getStatus().messageKey()));
            }
            List<FieldProblem> problems = new ArrayList<>();
            if (reason == null) {
                problems.add(problem("reason", "handback.reason.required"));
            } else if (!FAILURE_REASONS.contains(reason)) {
                problems.add(problem("reason", "handback.reason.notFailure",
                    messages.get(reason.messageKey())));
            }
            dateProblems(problems, date, referral, now.toLocalDate());
            String facts = text(undisputedFacts);
            String why = text(note);
            if (facts == null && why == null) {
                problems.add(problem("facts", "handback.facts.required"));
            }
            TextLimit.check(problems, "facts", facts, FACTS_MAX, "field.tooLong.field");
            TextLimit.check(problems, "note", why, NOTE_MAX, "field.tooLong.field");
            refuse(problems);
            String statusReason = documents.get("handback.status.reason", documents.get(reason.messageKey()),
                referral.getCourt().getName());
            if (c.getStatus() == CaseStatus.ACCEPTED) {
                CaseStatusService.move(r, c, CaseStatus.IN_MEDIATION, statusReason, now, actor);
            }
            if (c.getStatus() == CaseStatus.IN_MEDIATION) {
                CaseStatusService.move(r, c, CaseStatus.MEDIATION_FAILED, statusReason, now, actor);
            }
            if (!ENDED.contains(c.getStatus())) {
                CaseStatusService.move(r, c, CaseStatus.HANDED_BACK, statusReason, now, actor);
            }
            c.setMediationDueDate(null);
            r.cases().save(c);
            referral.handBack(reason, date, why, actor);
            referral.setUndisputedFacts(facts);
            r.referrals().save(referral);
            return view(r, c, referral, now.toLocalDate());
        });
    }

    /**
     * Records the day the parties applied for judicial confirmation, after a successful hand-back; a date already
     * recorded may be corrected until the court's outcome is in.
     *
     * @throws ValidationException {@code date}: {@code handback.date.required}, {@code handback.date.future},
     *     {@code handback.applied.beforeAgreement}
     * @throws QiaoException {@code handback.notReferral}, {@code handback.applied.notSuccess},
     *     {@code handback.outcome.recorded}, {@code store.conflict}
     */
    public View recordConfirmationApplied(long caseId, Long expectedVersion, LocalDate date) {
        LocalDate today = LocalDate.now(clock);
        return tx.call(r -> {
            DisputeCase c = loadCase(r, caseId);
            Referral referral = referral(r, caseId, expectedVersion);
            if (referral.getHandBackKind() != HandBackKind.SUCCESS) {
                throw new QiaoException("handback.applied.notSuccess", c.getCaseNumber());
            }
            if (referral.getCourtOutcome() != null) {
                throw new QiaoException("handback.outcome.recorded", c.getCaseNumber());
            }
            List<FieldProblem> problems = new ArrayList<>();
            requiredPast(problems, date, today);
            Agreement agreement = signedAgreement(r, caseId).orElseThrow();
            if (date != null && date.isBefore(agreement.getSignedDate())) {
                problems.add(problem("date", "handback.applied.beforeAgreement", date.toString(),
                    agreement.getSignedDate().toString()));
            }
            refuse(problems);
            referral.setConfirmationAppliedDate(date);
            r.referrals().save(referral);
            return view(r, c, referral, today);
        });
    }

    /**
     * Records what the court did with the handed-back referral (see the class comment for which outcome fits which
     * hand-back and which number each needs).
     *
     * @throws ValidationException {@code outcome}: {@code handback.outcome.required},
     *     {@code handback.outcome.notAfterSuccess}, {@code handback.outcome.notAfterFailure},
     *     {@code handback.outcome.notApplied}; {@code number}: {@code handback.number.required}, a
     *     {@code court.number.*} refusal, {@code handback.number.type}, {@code handback.number.otherCourt};
     *     {@code date}: {@code handback.date.required}, {@code handback.date.future},
     *     {@code handback.outcome.beforeHandBack}; {@code note}: {@code field.tooLong.field}
     * @throws QiaoException {@code handback.notReferral}, {@code handback.outcome.notHandedBack},
     *     {@code handback.outcome.recorded}, {@code store.conflict}
     */
    public View recordOutcome(long caseId, Long expectedVersion, CourtOutcome outcome, String number, LocalDate date,
        String note) {
        String actor = session.actorName();
        LocalDate today = LocalDate.now(clock);
        return tx.call(r -> {
            DisputeCase c = loadCase(r, caseId);
            Referral referral = referral(r, caseId, expectedVersion);
            if (referral.getHandBackKind() == null) {
                throw new QiaoException("handback.outcome.notHandedBack", c.getCaseNumber());
            }
            if (referral.getCourtOutcome() != null) {
                throw new QiaoException("handback.outcome.recorded", c.getCaseNumber());
            }
            List<FieldProblem> problems = new ArrayList<>();
            boolean success = referral.getHandBackKind() == HandBackKind.SUCCESS;
            if (outcome == null) {
                problems.add(problem("outcome", "handback.outcome.required"));
            } else if (!(success ? AFTER_SUCCESS : AFTER_FAILURE).contains(outcome)) {
                problems.add(problem("outcome", success ? "handback.outcome.notAfterSuccess"
                    : "handback.outcome.notAfterFailure", messages.get(outcome.messageKey())));
            } else if ((outcome == CourtOutcome.CONFIRMED || outcome == CourtOutcome.CONFIRMATION_REFUSED)
                && referral.getConfirmationAppliedDate() == null) {
                problems.add(problem("outcome", "handback.outcome.notApplied"));
            }
            String normalised = outcome == null ? text(number) : number(problems, outcome, number, referral, today);
            requiredPast(problems, date, today);
            if (date != null && date.isBefore(referral.getHandedBackDate())) {
                problems.add(problem("date", "handback.outcome.beforeHandBack", date.toString(),
                    referral.getHandedBackDate().toString()));
            }
            TextLimit.check(problems, "note", note, OUTCOME_NOTE_MAX, "field.tooLong.field");
            refuse(problems);
            referral.recordOutcome(outcome, normalised, date, text(note), actor);
            r.referrals().save(referral);
            return view(r, c, referral, today);
        });
    }

    /** The court's number for {@code outcome}, as CourtCaseNumber writes it; adds its problems. */
    private static String number(List<FieldProblem> problems, CourtOutcome outcome, String number, Referral referral,
        LocalDate today) {
        String given = text(number);
        if (given == null) {
            if (outcome != CourtOutcome.CLAIM_WITHDRAWN) {
                problems.add(problem("number", "handback.number.required"));
            }
            return null;
        }
        CourtCaseNumber parsed;
        try {
            parsed = CourtCaseNumber.parse(given, today);
        } catch (QiaoException e) {
            problems.add(FieldProblem.of("number", e));
            return given;
        }
        String type = switch (outcome) {
            case CONFIRMED, CONFIRMATION_REFUSED -> CONFIRMATION_TYPE;
            case FILED -> FILING_TYPE;
            default -> null;
        };
        if (type != null && !type.equals(parsed.type())) {
            problems.add(problem("number", "handback.number.type", parsed.toString(), type));
        } else if (!parsed.court().equals(referral.getCourt().getCode())) {
            problems.add(problem("number", "handback.number.otherCourt", parsed.court(),
                referral.getCourt().getName(), referral.getCourt().getCode()));
        }
        return parsed.toString();
    }

    // ---- documents ----

    @Override
    public List<Named> forCase(long caseId) {
        Optional<Papers> found = tx.call(r -> r.referrals().ofCase(caseId).filter(ref -> ref.getHandBackKind() != null)
            .map(ref -> papers(r, loadCase(r, caseId), ref)));
        if (found.isEmpty()) {
            return List.of();
        }
        Papers p = found.get();
        HandBackPdf pdf = new HandBackPdf(documents);
        List<Named> named = new ArrayList<>();
        for (String kind : kindsFor(p.papers().success() ? HandBackKind.SUCCESS : HandBackKind.FAILURE)) {
            byte[] content = switch (kind) {
                case HANDBACK_LETTER -> pdf.letter(p.papers());
                case JUDICIAL_CONFIRMATION_APPLICATION -> pdf.judicialConfirmation(p.papers());
                case AGREEMENT -> agreements.pdf(p.agreementId());
                case TERMINATION_NOTICE -> pdf.terminationNotice(p.papers());
                case UNDISPUTED_FACTS -> pdf.undisputedFacts(p.papers());
                default -> pdf.sessionRecords(p.papers());
            };
            named.add(named(kind, content));
        }
        return named;
    }

    /** One document of the case's hand-back by kind; {@code handback.document.none} when it has no such document. */
    public Named document(long caseId, String kind) {
        return forCase(caseId).stream().filter(n -> n.kind().equals(kind)).findFirst()
            .orElseThrow(() -> new QiaoException("handback.document.none", messages.get(labelKey(kind))));
    }

    /** The bundle key of a document kind's name. */
    public static String labelKey(String kind) {
        return Objects.requireNonNull(LABEL_KEYS.get(kind), kind);
    }

    private static Named named(String kind, byte[] content) {
        return new Named(kind, FILE_NAMES.get(kind), content);
    }

    /** What the documents show, with the id of the signed agreement of a success. */
    private record Papers(HandBackPapers papers, Long agreementId) {
    }

    private Papers papers(Repositories r, DisputeCase c, Referral ref) {
        Optional<Agreement> agreement = ref.getHandBackKind() == HandBackKind.SUCCESS
            ? signedAgreement(r, c.getId()) : Optional.empty();
        HandBackPapers.Agreement signed = agreement.map(a -> {
            List<HandBackPapers.Amount> amounts = new ArrayList<>();
            for (Worker w : c.getWorkers()) {
                Money total = a.getItems().stream().filter(i -> i.getWorkerId() == w.getId())
                    .map(AgreedAmount::getAmount).reduce(Money.ZERO, Money::plus);
                if (!total.isZero()) {
                    amounts.add(new HandBackPapers.Amount(w.getName(), total));
                }
            }
            return new HandBackPapers.Agreement(a.getAgreementNumber(), a.getSignedDate(),
                calendar.due(a.getSignedDate(), CONFIRMATION_PERIOD).due(), amounts);
        }).orElse(null);
        List<HandBackPapers.Party> workers = c.getWorkers().stream().map(w -> new HandBackPapers.Party(w.getName(),
            blank(w.getResidentId()), "", blank(w.getAddress()), blank(w.getPhone()))).toList();
        Employer e = c.getEmployer();
        HandBackPapers.Party employer = new HandBackPapers.Party(e.getName(), blank(e.getCreditCode()),
            blank(e.getLegalRepresentative()), blank(e.getAddress()), blank(e.getPhone()));
        List<HandBackPapers.Session> sessions = sessions(r, c.getId());
        List<String> returned = new ArrayList<>();
        for (ReferralMaterial m : r.referrals().materials(ref.getId())) {
            String label = documents.get(m.getMaterial().messageKey());
            returned.add(m.getNote() == null || m.getNote().isBlank() ? label
                : documents.get("handback.pdf.material", label, m.getNote()));
        }
        List<String> enclosures = new ArrayList<>();
        if (signed != null) {
            enclosures.add(documents.get("handback.pdf.enclosure.agreement", signed.number()));
            enclosures.add(documents.get("handback.pdf.enclosure.confirmation"));
        } else {
            enclosures.add(documents.get("handback.pdf.enclosure.termination"));
            enclosures.add(documents.get("handback.pdf.enclosure.facts"));
        }
        enclosures.add(documents.get("handback.pdf.enclosure.records"));
        String mediator = c.getMediator() == null ? ref.getHandedBackBy() : c.getMediator().getDisplayName();
        HandBackPapers papers = new HandBackPapers(ref.getCourt().getName(), ref.getCourtCaseNumber(),
            documents.get(ref.getType().messageKey()), ref.getJudgeName(), ref.getSignedForDate(),
            c.getMediationDueDate(), c.getCaseNumber(), blank(c.getStudio()), mediator,
            studioPhone(r, c.getStudio()), ref.getHandedBackDate(), workers,
            employer, signed, signed == null ? documents.get(ref.getHandBackReason().messageKey()) : null,
            blank(ref.getUndisputedFacts()), blank(ref.getHandBackNote()), sessions, returned, enclosures);
        return new Papers(papers, agreement.map(Agreement::getId).orElse(null));
    }

    /** The telephone of the studio named {@code studio} (a case names its studio), or "" for a line to fill in. */
    private static String studioPhone(Repositories r, String studio) {
        return r.studios().findByName(studio).map(Studio::getPhone).map(HandBackService::blank).orElse("");
    }

    /**
     * The case's sessions held or cancelled, earliest first, with their mediators' names; one still only scheduled
     * never took place and is left out. The caucus notes stay behind: they hold what one side said in confidence.
     */
    private List<HandBackPapers.Session> sessions(Repositories r, long caseId) {
        List<MediationSession> found = r.sessions().ofCase(caseId).stream()
            .filter(s -> s.getStatus() != SessionStatus.SCHEDULED).toList();
        Map<Long, String> names = new HashMap<>();
        if (!found.isEmpty()) {
            r.users().findAll().forEach(u -> names.put(u.getId(), u.getDisplayName()));
        }
        return found.stream().map(s -> new HandBackPapers.Session(s.getDate(), s.getStart(), s.getEnd(), s.getRoom(),
            documents.get(s.getMode().messageKey()),
            s.getMediatorIds().stream().map(names::get).filter(Objects::nonNull).sorted().toList(),
            s.getAttendees().stream().map(this::attendee).toList(),
            s.getOutcome() == null ? "" : documents.get(s.getOutcome().messageKey()), blank(s.getOutcomeNote()),
            blank(s.getMinutes()), s.getStatus() == SessionStatus.CANCELLED ? blank(s.getCancelReason()) : null))
            .toList();
    }

    private HandBackPapers.Attendee attendee(Attendee a) {
        String role = documents.get(a.role().messageKey());
        return new HandBackPapers.Attendee(a.maySettle() ? role + documents.get("session.line.maySettle") : role,
            a.name());
    }

    // ---- checks ----

    private static void dateProblems(List<FieldProblem> problems, LocalDate date, Referral referral,
        LocalDate today) {
        requiredPast(problems, date, today);
        if (date != null && date.isBefore(referral.getSignedForDate())) {
            problems.add(problem("date", "handback.date.beforeSignedFor", date.toString(),
                referral.getSignedForDate().toString()));
        }
    }

    private static void requiredPast(List<FieldProblem> problems, LocalDate date, LocalDate today) {
        if (date == null) {
            problems.add(problem("date", "handback.date.required"));
        } else if (date.isAfter(today)) {
            problems.add(problem("date", "handback.date.future", date.toString()));
        }
    }

    private static FieldProblem problem(String field, String key, Object... args) {
        return new FieldProblem(field, key, args);
    }

    private static void refuse(List<FieldProblem> problems) {
        if (!problems.isEmpty()) {
            throw new ValidationException(problems);
        }
    }

    /** The case's referral, not yet handed back, at {@code expectedVersion}. */
    private static Referral openReferral(Repositories r, long caseId, Long expectedVersion) {
        Referral referral = referral(r, caseId, expectedVersion);
        if (referral.getHandBackKind() != null) {
            throw new QiaoException("handback.already", referral.getCourtCaseNumber(),
                referral.getHandedBackDate().toString());
        }
        return referral;
    }

    private static Referral referral(Repositories r, long caseId, Long expectedVersion) {
        Referral referral = r.referrals().ofCase(caseId)
            .orElseThrow(() -> new QiaoException("handback.notReferral", String.valueOf(caseId)));
        if (expectedVersion != null && referral.getVersion() != expectedVersion) {
            throw new QiaoException("store.conflict");
        }
        return referral;
    }

    private static Optional<Agreement> signedAgreement(Repositories r, long caseId) {
        return r.agreements().latestOfCase(caseId, AgreementStatus.SIGNED);
    }

    private static DisputeCase loadCase(Repositories r, long caseId) {
        return r.cases().findById(caseId)
            .orElseThrow(() -> new QiaoException("case.notFound", String.valueOf(caseId)));
    }

    /** The stripped text, or {@code null} when blank. */
    private static String text(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    private static String blank(String value) {
        return value == null ? "" : value.strip();
    }
}
