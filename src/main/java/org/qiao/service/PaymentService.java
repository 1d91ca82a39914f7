// SPDX-License-Identifier: AGPL-3.0-or-later
package org.qiao.service;

import org.qiao.domain.identity.ResidentId;
import org.qiao.document.RecoverySummaryPdf;
import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.qiao.document.RecoverySummaryDocument;
import org.qiao.domain.FieldProblem;
import org.qiao.domain.QiaoException;
import org.qiao.domain.ValidationException;
import org.qiao.domain.cases.CaseStatus;
import org.qiao.domain.cases.Claim;
import org.qiao.domain.cases.DisputeCase;
import org.qiao.domain.cases.DisputeCategory;
import org.qiao.domain.cases.Worker;
import org.qiao.domain.money.Money;
import org.qiao.domain.payment.FollowUp;
import org.qiao.domain.payment.FollowUpMethod;
import org.qiao.domain.payment.InstalmentAllocation;
import org.qiao.domain.payment.NextStep;
import org.qiao.domain.payment.Payment;
import org.qiao.domain.payment.PaymentMethod;
import org.qiao.domain.payment.SignedAgreement;
import org.qiao.i18n.Messages;
import org.qiao.store.AttachmentStore;
import org.qiao.store.Repositories;
import org.qiao.store.Transactions;

/**
 * The performance of a case's signed agreement: payments received for each worker (with an optional proof file,
 * stored by SHA-256 as evidence is), voided payments, follow-up visits, where each instalment stands, the overdue
 * instalments across cases with the next step, and the recovered-wage summary.
 *
 * <p>A payment is counted against the agreement in force and may not exceed what the worker is still owed under
 * it: an employer who pays more than agreed pays something else (interest, a goodwill sum), which the note records.
 * The first payment on a case whose agreement was just signed moves it to {@code PERFORMING}; the payment that
 * leaves nothing outstanding for any worker closes it (协议履行完毕). Both go through {@link CaseStatusService}'s
 * rules in the payment's own transaction, so the status never disagrees with the money.
 */
public final class PaymentService {

    /** The statuses in which payments are recorded against an agreement. */
    public static final Set<CaseStatus> PERFORMANCE = EnumSet.of(CaseStatus.AGREEMENT_SIGNED, CaseStatus.PERFORMING);

    static final int PAYER_MAX = 200;
    static final int NOTE_MAX = 1000;
    static final int RESULT_MAX = 2000;
    /** How many cases the overdue watch looks into at most. */
    static final int WATCH_CASES = 200;

    /** A payment as the mediator types it; the amount is the text typed, checked here. */
    public record PaymentEntry(Long workerId, LocalDate paidDate, String payer, String amount, PaymentMethod method,
                               Path proof, String note) {
    }

    /** A follow-up visit as the mediator enters it; {@code workerId} {@code null} for the whole case. */
    public record FollowUpEntry(LocalDate visitDate, FollowUpMethod method, Long workerId, String result) {
    }

    /** A payment recorded and the status the case is in afterwards. */
    public record Recorded(Payment payment, CaseStatus status) {
    }

    /** An overdue instalment of one worker, for the dashboard. */
    public record OverdueInstalment(String caseNumber, String employerName, String workerName, int seq,
                                    LocalDate due, Money remaining, long daysOverdue, NextStep nextStep,
                                    String mediatorName) {
    }

    /** The overdue instalments as of {@code today}, longest overdue first. */
    public record OverdueWatch(LocalDate today, List<OverdueInstalment> rows) {

        public OverdueWatch {
            rows = List.copyOf(rows);
        }
    }

    private final Transactions tx;
    private final AttachmentStore files;
    private final UserSession session;
    private final Messages messages;
    private final Clock clock;
    private final Path viewing;

    public PaymentService(Transactions tx, AttachmentStore files, UserSession session, Messages messages) {
        this(tx, files, session, messages, Clock.systemDefaultZone());
    }

    public PaymentService(Transactions tx, AttachmentStore files, UserSession session, Messages messages,
        Clock clock) {
        this(tx, files, session, messages, clock, Path.of(System.getProperty("java.io.tmpdir"), "qiao-evidence"));
    }

    /** With the folder where copies for a viewer are written ({@link #copyProofForViewing}), as evidence has. */
    public PaymentService(Transactions tx, AttachmentStore files, UserSession session, Messages messages,
        Clock clock, Path viewing) {
        this.viewing = Objects.requireNonNull(viewing);
        this.tx = Objects.requireNonNull(tx);
        this.files = Objects.requireNonNull(files);
        this.session = Objects.requireNonNull(session);
        this.messages = Objects.requireNonNull(messages);
        this.clock = Objects.requireNonNull(clock);
    }

    /** The id of the case numbered {@code caseNumber}; {@code cases.unknown} if there is none. */
    public long caseId(String caseNumber) {
        return caseByNumber(caseNumber).getId();
    }

    private DisputeCase caseByNumber(String caseNumber) {
        String number = Objects.requireNonNull(caseNumber, "caseNumber").strip();
        return tx.call(r -> r.cases().findByNumber(number))
            .orElseThrow(() -> new QiaoException("cases.unknown", number));
    }

    /** Where the case's agreement stands today; {@code case.notFound}. */
    public CasePerformance performance(long caseId) {
        return performance(caseId, today());
    }

    /** Where the case's agreement stands on {@code asOf}, counting the payments made up to that day. */
    public CasePerformance performance(long caseId, LocalDate asOf) {
        return tx.call(r -> performanceOf(r, load(r, caseId), asOf));
    }

    /**
     * Records a payment on the case if it is still at {@code expectedVersion} ({@code null}: whatever version is
     * current), copying the proof file into the attachment store first (a copy left by a failed recording is named
     * by its content and costs only space), and moves the case on as the class describes.
     *
     * @throws ValidationException for the fields {@code worker}, {@code date}, {@code payer}, {@code amount},
     *     {@code method}, {@code proof}, {@code note}; nothing is stored
     * @throws QiaoException {@code case.notFound}, {@code store.conflict}, {@code payment.notPerforming},
     *     {@code payment.noAgreement}
     */
    public Recorded record(long caseId, Long expectedVersion, PaymentEntry entry) {
        Objects.requireNonNull(entry, "entry");
        LocalDateTime now = LocalDateTime.now(clock);
        List<FieldProblem> problems = new ArrayList<>();
        Money amount = null;
        try {
            amount = Money.parse(entry.amount());
            if (amount.isZero()) {
                problems.add(new FieldProblem("amount", "payment.amount.zero", null));
            }
        } catch (QiaoException e) {
            problems.add(FieldProblem.of("amount", e));
        }
        if (entry.workerId() == null) {
            problems.add(new FieldProblem("worker", "payment.worker.required", null));
        }
        if (entry.paidDate() == null) {
            problems.add(new FieldProblem("date", "payment.date.required", null));
        } else if (entry.paidDate().isAfter(now.toLocalDate())) {
            problems.add(new FieldProblem("date", "payment.date.future", new Object[] {entry.paidDate().toString()}));
        }
        String payer = text(entry.payer());
        if (payer == null) {
            problems.add(new FieldProblem("payer", "payment.payer.required", null));
        }
        TextLimit.check(problems, "payer", payer, PAYER_MAX, "payment.text.tooLong");
        if (entry.method() == null) {
            problems.add(new FieldProblem("method", "payment.method.required", null));
        }
        String note = text(entry.note());
        TextLimit.check(problems, "note", note, NOTE_MAX, "payment.text.tooLong");
        if (entry.proof() != null && !Files.isRegularFile(entry.proof())) {
            problems.add(new FieldProblem("proof", "evidence.file.unreadable",
                new Object[] {entry.proof().toString(), messages.get("payment.proof.notAFile")}));
        }
        if (!problems.isEmpty()) {
            throw new ValidationException(problems);
        }
        // Checked before the file is copied, and again in the transaction that records the payment.
        tx.run(r -> check(r, caseId, expectedVersion, entry.workerId(), null));
        AttachmentStore.StoredFile stored = null;
        if (entry.proof() != null) {
            try {
                stored = files.put(entry.proof());
            } catch (QiaoException e) {
                throw new ValidationException(List.of(FieldProblem.of("proof", e)));
            }
        }
        Money paid = amount;
        AttachmentStore.StoredFile proof = stored;
        String actor = session.actorName();
        return tx.call(r -> {
            DisputeCase current = check(r, caseId, expectedVersion, entry.workerId(), paid);
            Payment payment = new Payment(caseId, entry.workerId(), entry.paidDate(), payer, paid, entry.method(),
                note, actor, now);
            if (proof != null) {
                payment.attachProof(entry.proof().getFileName().toString(), proof.size(), proof.sha256());
            }
            r.payments().save(payment);
            CaseStatus status = moveOn(r, current, now, actor);
            return new Recorded(payment, status);
        });
    }

    /**
     * Loads the case for a payment and checks it can take one: at {@code expectedVersion}, being performed, with an
     * agreement in force naming the worker, who is still owed at least {@code amount} ({@code null}: not checked).
     */
    private DisputeCase check(Repositories r, long caseId, Long expectedVersion, long workerId, Money amount) {
        DisputeCase current = load(r, caseId);
        if (expectedVersion != null && current.getVersion() != expectedVersion) {
            throw new QiaoException("store.conflict");
        }
        if (!PERFORMANCE.contains(current.getStatus())) {
            throw new QiaoException("payment.notPerforming", messages.get(current.getStatus().messageKey()));
        }
        SignedAgreement agreement = r.payments().signedAgreement(caseId)
            .orElseThrow(() -> new QiaoException("payment.noAgreement", current.getCaseNumber()));
        if (agreement.itemsOf(workerId).isEmpty()) {
            throw new ValidationException(List.of(new FieldProblem("worker", "payment.worker.notInAgreement",
                new Object[] {agreement.number()})));
        }
        if (amount != null) {
            Money outstanding = outstanding(agreement.agreedFor(workerId), paidBy(r.payments().ofCase(caseId),
                workerId, null));
            if (amount.compareTo(outstanding) > 0) {
                throw new ValidationException(List.of(new FieldProblem("amount", "payment.amount.exceedsOutstanding",
                    new Object[] {amount.toGroupedString(), outstanding.toGroupedString()})));
            }
        }
        return current;
    }

    /**
     * After a payment: the first one starts the performance, and once nothing is outstanding for anyone the case
     * closes. The case's version rises either way, so a view of the case taken before the payment is stale.
     */
    private CaseStatus moveOn(Repositories r, DisputeCase current, LocalDateTime now, String actor) {
        if (current.getStatus() == CaseStatus.AGREEMENT_SIGNED) {
            CaseStatusService.move(r, current, CaseStatus.PERFORMING, null, now, actor);
        }
        CasePerformance after = performanceOf(r, current, now.toLocalDate());
        if (after.outstanding().isZero()) {
            CaseStatusService.move(r, current, CaseStatus.CLOSED, messages.get("payment.closed.reason"), now, actor);
        }
        r.cases().save(current);
        return current.getStatus();
    }

    /**
     * Voids a payment recorded by mistake: it stays on file with the reason and no longer counts. Only while the
     * case is still being performed; a closed case stays closed.
     *
     * @throws QiaoException {@code payment.notFound}, {@code payment.alreadyVoid}, {@code payment.void.reason},
     *     {@code payment.notPerforming}, {@code store.conflict}
     */
    public Payment voidPayment(long paymentId, Long expectedVersion, String reason) {
        String why = text(reason);
        if (why == null) {
            throw new QiaoException("payment.void.reason");
        }
        if (why.length() > NOTE_MAX) {
            throw new QiaoException("payment.text.tooLong", NOTE_MAX);
        }
        LocalDateTime now = LocalDateTime.now(clock);
        String actor = session.actorName();
        return tx.call(r -> {
            Payment payment = r.payments().findPayment(paymentId)
                .orElseThrow(() -> new QiaoException("payment.notFound", String.valueOf(paymentId)));
            if (payment.isVoided()) {
                throw new QiaoException("payment.alreadyVoid", String.valueOf(paymentId));
            }
            DisputeCase current = load(r, payment.getCaseId());
            if (expectedVersion != null && current.getVersion() != expectedVersion) {
                throw new QiaoException("store.conflict");
            }
            if (!PERFORMANCE.contains(current.getStatus())) {
                throw new QiaoException("payment.notPerforming", messages.get(current.getStatus().messageKey()));
            }
            payment.voidWith(why, actor, now);
            r.cases().save(current);
            return payment;
        });
    }

    /**
     * Records a follow-up visit on the case.
     *
     * @throws ValidationException for {@code date}, {@code method}, {@code result}
     * @throws QiaoException {@code case.notFound}
     */
    public FollowUp recordFollowUp(long caseId, FollowUpEntry entry) {
        Objects.requireNonNull(entry, "entry");
        LocalDateTime now = LocalDateTime.now(clock);
        List<FieldProblem> problems = new ArrayList<>();
        if (entry.visitDate() == null) {
            problems.add(new FieldProblem("date", "payment.date.required", null));
        } else if (entry.visitDate().isAfter(now.toLocalDate())) {
            problems.add(new FieldProblem("date", "payment.date.future", new Object[] {entry.visitDate().toString()}));
        }
        if (entry.method() == null) {
            problems.add(new FieldProblem("method", "payment.method.required", null));
        }
        String result = text(entry.result());
        if (result == null) {
            problems.add(new FieldProblem("result", "followUp.result.required", null));
        }
        TextLimit.check(problems, "result", result, RESULT_MAX, "payment.text.tooLong");
        if (!problems.isEmpty()) {
            throw new ValidationException(problems);
        }
        String actor = session.actorName();
        return tx.call(r -> {
            DisputeCase current = load(r, caseId);
            if (entry.workerId() != null
                && current.getWorkers().stream().noneMatch(w -> w.getId().equals(entry.workerId()))) {
                throw new QiaoException("followUp.worker.notParty", String.valueOf(entry.workerId()));
            }
            return r.payments().record(new FollowUp(caseId, entry.visitDate(), entry.method(), entry.workerId(),
                result, actor, now));
        });
    }

    /**
     * A copy of a payment's proof for the system's viewer, under its original name, made after checking the stored
     * content still has the recorded SHA-256: a viewer that changes the copy cannot change the proof.
     *
     * @throws QiaoException {@code payment.notFound}, {@code payment.proof.none}, {@code evidence.file.missing},
     *     {@code evidence.file.corrupted}
     */
    public Path copyProofForViewing(long paymentId) {
        Payment payment = tx.call(r -> r.payments().findPayment(paymentId))
            .orElseThrow(() -> new QiaoException("payment.notFound", String.valueOf(paymentId)));
        if (payment.getProofSha256() == null) {
            throw new QiaoException("payment.proof.none", String.valueOf(paymentId));
        }
        return files.copyForViewing(payment.getProofSha256(), payment.getProofFileName(), viewing);
    }

    /**
     * The overdue instalments of the cases still being performed, longest overdue first, at most {@code limit}:
     * of the signed-in user's own cases when {@code onlyMine} (a mediator's dashboard), otherwise everyone's.
     */
    public OverdueWatch overdue(boolean onlyMine, int limit) {
        Long mediator = null;
        if (onlyMine) {
            mediator = session.user().orElseThrow(() -> new QiaoException("auth.notSignedIn")).getId();
        }
        Long mine = mediator;
        LocalDate today = today();
        List<OverdueInstalment> rows = tx.call(r -> {
            List<OverdueInstalment> found = new ArrayList<>();
            for (long caseId : r.payments().casesWithInstalmentsDueBefore(today, List.copyOf(PERFORMANCE), mine,
                WATCH_CASES)) {
                DisputeCase disputeCase = load(r, caseId);
                CasePerformance performance = performanceOf(r, disputeCase, today);
                String mediatorName = disputeCase.getMediator() == null ? null
                    : disputeCase.getMediator().getDisplayName();
                performance.instalments().stream()
                    .filter(line -> line.state() == InstalmentAllocation.State.OVERDUE)
                    .forEach(line -> found.add(new OverdueInstalment(disputeCase.getCaseNumber(),
                        disputeCase.getEmployer().getName(), line.workerName(), line.seq(), line.due(),
                        line.remaining(), line.daysOverdue(), line.nextStep(), mediatorName)));
            }
            return found;
        });
        return new OverdueWatch(today, rows.stream()
            .sorted(Comparator.comparingLong(OverdueInstalment::daysOverdue).reversed()
                .thenComparing(OverdueInstalment::caseNumber))
            .limit(Math.max(0, limit)).toList());
    }

    // ---- the recovered-wage summary ----

    /** The 挽回经济损失情况 of one case as of today, a section per worker; {@code cases.unknown}. */
    public RecoverySummaryDocument recoverySummaryForCase(String caseNumber) {
        DisputeCase found = caseByNumber(caseNumber);
        LocalDate today = today();
        return tx.call(r -> {
            DisputeCase disputeCase = load(r, found.getId());
            List<RecoverySummaryDocument.Section> sections = sectionsOf(r, disputeCase, null);
            return new RecoverySummaryDocument(RecoverySummaryDocument.Scope.CASE, disputeCase.getCaseNumber(),
                disputeCase.getStudio(), today, sections);
        });
    }

    /**
     * The 挽回经济损失情况 of one worker across their cases as of today, a section per case.
     *
     * @throws QiaoException {@code payment.worker.unknown} when no case names the worker
     */
    public RecoverySummaryDocument recoverySummaryForWorker(long workerId) {
        LocalDate today = today();
        return tx.call(r -> {
            List<Long> caseIds = r.payments().casesOfWorker(workerId);
            if (caseIds.isEmpty()) {
                throw new QiaoException("payment.worker.unknown", String.valueOf(workerId));
            }
            List<RecoverySummaryDocument.Section> sections = new ArrayList<>();
            String name = null;
            String studio = null;
            for (long caseId : caseIds) {
                DisputeCase disputeCase = load(r, caseId);
                sections.addAll(sectionsOf(r, disputeCase, workerId));
                studio = disputeCase.getStudio();
                name = disputeCase.getWorkers().stream().filter(w -> w.getId() == workerId).findFirst()
                    .map(Worker::getName).orElse(name);
            }
            return new RecoverySummaryDocument(RecoverySummaryDocument.Scope.WORKER, name, studio, today, sections);
        });
    }

    /**
     * The 挽回经济损失情况 of the person with this resident ID across every case that names them, a section per case,
     * as of today.
     *
     * @throws QiaoException a refusal of {@link ResidentId#parse} for an ID that is not valid,
     *     {@code payment.worker.unknownId} when no case names the person
     */
    public RecoverySummaryDocument recoverySummaryForResident(String residentId) {
        ResidentId parsed = ResidentId.parse(Objects.requireNonNull(residentId, "residentId").strip());
        String id = parsed.toString();
        LocalDate today = today();
        return tx.call(r -> {
            List<RecoverySummaryDocument.Section> sections = new ArrayList<>();
            String name = null;
            String studio = null;
            for (Worker worker : r.workers().findByResidentId(id)) {
                for (long caseId : r.payments().casesOfWorker(worker.getId())) {
                    DisputeCase disputeCase = load(r, caseId);
                    sections.addAll(sectionsOf(r, disputeCase, worker.getId()));
                    studio = disputeCase.getStudio();
                    name = worker.getName();
                }
            }
            if (sections.isEmpty()) {
                throw new QiaoException("payment.worker.unknownId", parsed.masked());
            }
            return new RecoverySummaryDocument(RecoverySummaryDocument.Scope.WORKER, name, studio, today, sections);
        });
    }

    /** The summary as a PDF, in the language of the screens. */
    public byte[] recoverySummaryPdf(RecoverySummaryDocument summary) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new RecoverySummaryPdf(messages).render(summary, out);
        return out.toByteArray();
    }

    /**
     * A recovered-wage summary printed: whose it is, how many sections it has, what it says was paid and is still
     * outstanding, and the PDF.
     */
    public record PrintedSummary(String subject, int sections, Money paid, Money outstanding, byte[] pdf) {
    }

    /** {@link #recoverySummaryForCase} as a PDF. */
    public PrintedSummary printRecoverySummaryForCase(String caseNumber) {
        return printed(recoverySummaryForCase(caseNumber));
    }

    /** {@link #recoverySummaryForResident} as a PDF. */
    public PrintedSummary printRecoverySummaryForResident(String residentId) {
        return printed(recoverySummaryForResident(residentId));
    }

    private PrintedSummary printed(RecoverySummaryDocument summary) {
        return new PrintedSummary(summary.subject(), summary.sections().size(), summary.paid(),
            summary.outstanding(), recoverySummaryPdf(summary));
    }

    /**
     * A section per worker of the case (only {@code onlyWorker} unless {@code null}): items in the agreement's order
     * then the claim's, each worker's paid total allocated to their agreed items in that order.
     */
    private List<RecoverySummaryDocument.Section> sectionsOf(Repositories r, DisputeCase disputeCase,
        Long onlyWorker) {
        Optional<SignedAgreement> agreement = r.payments().signedAgreement(disputeCase.getId());
        List<Payment> payments = r.payments().ofCase(disputeCase.getId());
        List<RecoverySummaryDocument.Section> sections = new ArrayList<>();
        for (Worker worker : disputeCase.getWorkers()) {
            if (onlyWorker != null && !onlyWorker.equals(worker.getId())) {
                continue;
            }
            Map<DisputeCategory, Money[]> amounts = new LinkedHashMap<>();
            agreement.ifPresent(a -> a.itemsOf(worker.getId()).forEach(item ->
                figures(amounts, item.category())[1] = figures(amounts, item.category())[1].plus(item.amount())));
            for (Claim claim : disputeCase.getClaims()) {
                if (claim.getWorker().getId().equals(worker.getId())) {
                    figures(amounts, claim.getCategory())[0] = figures(amounts, claim.getCategory())[0]
                        .plus(claim.getMoney());
                }
            }
            Money left = paidBy(payments, worker.getId(), null);
            List<RecoverySummaryDocument.Item> items = new ArrayList<>();
            for (Map.Entry<DisputeCategory, Money[]> entry : amounts.entrySet()) {
                Money agreed = entry.getValue()[1];
                Money share = left.compareTo(agreed) >= 0 ? agreed : left;
                left = left.minus(share);
                items.add(new RecoverySummaryDocument.Item(messages.get(entry.getKey().messageKey()),
                    entry.getValue()[0], agreed, share));
            }
            List<RecoverySummaryDocument.PaymentLine> lines = payments.stream()
                .filter(p -> !p.isVoided() && p.getWorkerId() == worker.getId())
                .map(p -> new RecoverySummaryDocument.PaymentLine(p.getPaidDate(),
                    messages.get(p.getMethod().messageKey()), p.getPayer(), p.getAmount()))
                .toList();
            sections.add(new RecoverySummaryDocument.Section(disputeCase.getCaseNumber(),
                disputeCase.getEmployer().getName(), worker.getName(),
                agreement.map(SignedAgreement::number).orElse(null),
                agreement.map(SignedAgreement::signedDate).orElse(null), items, lines));
        }
        return sections;
    }

    /** The claimed [0] and agreed [1] amounts of a category, created as zero on first use. */
    private static Money[] figures(Map<DisputeCategory, Money[]> amounts, DisputeCategory category) {
        return amounts.computeIfAbsent(category, c -> new Money[] {Money.ZERO, Money.ZERO});
    }

    // ---- shared ----

    private CasePerformance performanceOf(Repositories r, DisputeCase disputeCase, LocalDate asOf) {
        long caseId = disputeCase.getId();
        Optional<SignedAgreement> agreement = r.payments().signedAgreement(caseId);
        List<Payment> payments = r.payments().ofCase(caseId);
        List<FollowUp> followUps = r.payments().followUpsOf(caseId);
        List<CasePerformance.WorkerLine> workers = new ArrayList<>();
        List<CasePerformance.InstalmentLine> instalments = new ArrayList<>();
        for (Worker worker : disputeCase.getWorkers()) {
            long workerId = worker.getId();
            Money claimed = Money.of(disputeCase.totalClaimedBy(worker));
            Money agreed = agreement.map(a -> a.agreedFor(workerId)).orElse(Money.ZERO);
            Money paid = paidBy(payments, workerId, null);
            workers.add(new CasePerformance.WorkerLine(workerId, worker.getName(), claimed, agreed, paid,
                outstanding(agreed, paid)));
            if (agreement.isEmpty()) {
                continue;
            }
            List<DisputeCategory> categories = agreement.get().itemsOf(workerId).stream()
                .filter(item -> !item.amount().isZero()).map(SignedAgreement.AgreedItem::category).toList();
            for (InstalmentAllocation.Line line : InstalmentAllocation.allocate(
                agreement.get().instalmentsOf(workerId), paidBy(payments, workerId, asOf), asOf)) {
                NextStep step = line.state() == InstalmentAllocation.State.OVERDUE
                    ? NextStep.forOverdue(line.daysOverdue(), disputeCase.getSource(), categories) : null;
                instalments.add(new CasePerformance.InstalmentLine(workerId, worker.getName(),
                    line.instalment().seq(), line.instalment().due(), line.instalment().amount(), line.paid(),
                    line.remaining(), line.state(), line.daysOverdue(), step));
            }
        }
        return new CasePerformance(caseId, disputeCase.getVersion(), disputeCase.getCaseNumber(),
            disputeCase.getStatus(), disputeCase.getSource(), asOf, agreement.map(SignedAgreement::number).orElse(null),
            agreement.map(SignedAgreement::signedDate).orElse(null), workers, instalments, payments, followUps,
            people(r, payments, followUps));
    }

    /** The display names of the accounts that recorded or voided these payments and follow-ups. */
    private static Map<String, String> people(Repositories r, List<Payment> payments, List<FollowUp> followUps) {
        Set<String> usernames = new HashSet<>();
        payments.forEach(p -> {
            usernames.add(p.getRecordedBy());
            if (p.getVoidedBy() != null) {
                usernames.add(p.getVoidedBy());
            }
        });
        followUps.forEach(f -> usernames.add(f.getRecordedBy()));
        Map<String, String> names = new HashMap<>();
        r.users().findAll().stream().filter(u -> usernames.contains(u.getUsername()))
            .forEach(u -> names.put(u.getUsername(), u.getDisplayName()));
        return names;
    }

    /** What {@code workerId} was paid, voided payments left out; up to {@code asOf} unless it is {@code null}. */
    private static Money paidBy(List<Payment> payments, long workerId, LocalDate asOf) {
        return payments.stream()
            .filter(p -> !p.isVoided() && p.getWorkerId() == workerId)
            .filter(p -> asOf == null || !p.getPaidDate().isAfter(asOf))
            .map(Payment::getAmount).reduce(Money.ZERO, Money::plus);
    }

    private static Money outstanding(Money agreed, Money paid) {
        Money left = agreed.minus(paid);
        return left.isNegative() ? Money.ZERO : left;
    }

    private static DisputeCase load(Repositories r, long caseId) {
        return r.cases().findById(caseId)
            .orElseThrow(() -> new QiaoException("case.notFound", String.valueOf(caseId)));
    }

    private static String text(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }
}
