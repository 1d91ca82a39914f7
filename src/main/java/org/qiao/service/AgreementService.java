// SPDX-License-Identifier: AGPL-3.0-or-later
package org.qiao.service;

import java.io.ByteArrayOutputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.qiao.document.AgreementDocument;
import org.qiao.document.AgreementFingerprint;
import org.qiao.document.AgreementPdf;
import org.qiao.document.PdfPages;
import org.qiao.domain.FieldProblem;
import org.qiao.domain.QiaoException;
import org.qiao.domain.ValidationException;
import org.qiao.domain.agreement.AgreedAmount;
import org.qiao.domain.agreement.Agreement;
import org.qiao.domain.agreement.AgreementLine;
import org.qiao.domain.agreement.AgreementStatus;
import org.qiao.domain.agreement.Instalment;
import org.qiao.domain.cases.CaseStatus;
import org.qiao.domain.cases.Claim;
import org.qiao.domain.cases.DisputeCase;
import org.qiao.domain.cases.DisputeCategory;
import org.qiao.domain.cases.Employer;
import org.qiao.domain.cases.Worker;
import org.qiao.domain.identity.ResidentId;
import org.qiao.domain.money.Money;
import org.qiao.domain.user.Role;
import org.qiao.domain.user.User;
import org.qiao.i18n.Messages;
import org.qiao.store.Repositories;
import org.qiao.store.Transactions;

/**
 * The 调解协议书 of a case, version by version: a draft prefilled from the case, edited and saved against the
 * version on screen, signed (which locks it, records the SHA-256 of its text and moves the case to
 * {@code AGREEMENT_SIGNED}), and replaced after signing only by a new version with a reason. Earlier versions stay
 * readable, as their document and PDF. A printed copy is checked against the database by {@link #verify}.
 *
 * <p>The agreement number is derived from the case number and is the same in every version: "协" is inserted
 * before the case number's first "〔" (包工调〔2026〕0042号 gives 包工调协〔2026〕0042号); a case number without
 * "〔" gets "-协" appended.
 *
 * <p>The agreement is a Chinese legal document whatever language the screens are in: its wording, the labels it
 * carries (dispute categories, sex) and the text a draft is prefilled with always come from the Chinese bundle. Its
 * SHA-256 covers those labels, so a copy signed at an English-language workstation still verifies at a Chinese one.
 */
public final class AgreementService {

    /** How many days after drawing up a prefilled single payment falls due. */
    static final int DEFAULT_PAYMENT_DAYS = 15;
    /** The bundle keys of the terms other than payment offered as ready choices. */
    public static final List<String> COMMON_NON_MONETARY = List.of("agreement.term.certificate",
        "agreement.term.socialInsurance", "agreement.term.withdrawal");
    private static final List<String> PREFILLED_TERMS = List.of("agreement.prefill.term.1",
        "agreement.prefill.term.2", "agreement.prefill.term.3");

    /** The columns' limits (V13): facts, a term or the performance check, the reason for a new version. */
    static final int FACTS_MAX = 20_000;
    static final int LINE_MAX = 2_000;
    static final int REASON_MAX = 1_000;

    private final Transactions tx;
    private final UserSession session;
    private final CaseStatusService caseStatus;
    /** The screens' language, for what a refusal names. */
    private final Messages messages;
    /** The document's language: always Chinese. */
    private final Messages documents = new Messages(Messages.CHINESE);
    private final Clock clock;

    public AgreementService(Transactions tx, UserSession session, CaseStatusService caseStatus, Messages messages) {
        this(tx, session, caseStatus, messages, Clock.systemDefaultZone());
    }

    public AgreementService(Transactions tx, UserSession session, CaseStatusService caseStatus, Messages messages,
                            Clock clock) {
        this.tx = Objects.requireNonNull(tx);
        this.session = Objects.requireNonNull(session);
        this.caseStatus = Objects.requireNonNull(caseStatus);
        this.messages = Objects.requireNonNull(messages);
        this.clock = Objects.requireNonNull(clock);
    }

    /** A signing mediator one can choose: an active user with the mediator role. */
    public record MediatorChoice(long id, String displayName) {
    }

    /** A stored version with its editable content. */
    public record Opened(AgreementVersion version, AgreementDraft content) {
    }

    /** The agreement number of the case numbered {@code caseNumber} (see the class comment). */
    public static String agreementNumber(String caseNumber) {
        int bracket = caseNumber.indexOf('〔');
        return bracket < 0 ? caseNumber + "-协" : caseNumber.substring(0, bracket) + "协" + caseNumber.substring(bracket);
    }

    /** The id of the case numbered {@code caseNumber}; {@code cases.unknown} if there is none. */
    public long caseId(String caseNumber) {
        String number = Objects.requireNonNull(caseNumber, "caseNumber").strip();
        return tx.call(r -> r.cases().findByNumber(number))
            .orElseThrow(() -> new QiaoException("cases.unknown", number)).getId();
    }

    /** Every version of the case's agreement, oldest first. */
    public List<AgreementVersion> versions(long caseId) {
        return tx.call(r -> r.agreements().ofCase(caseId).stream().map(AgreementService::summary).toList());
    }

    /** The mediators who may sign, by display name. */
    public List<MediatorChoice> mediators() {
        return tx.call(r -> r.users().findAll().stream()
            .filter(AgreementService::canSign)
            .map(u -> new MediatorChoice(u.getId(), u.getDisplayName())).toList());
    }

    /**
     * A first draft from the case, not yet saved: the case's facts and requests (else its summary), one agreed
     * item per claim at the claimed amount, one payment per worker {@value #DEFAULT_PAYMENT_DAYS} days from today,
     * the usual terms and performance check, one copy per worker plus one for the employer and one for the studio,
     * and the case's mediator (else the user signed in, if a mediator).
     */
    public AgreementDraft prefill(long caseId) {
        LocalDate today = LocalDate.now(clock);
        return tx.call(r -> {
            DisputeCase c = loadCase(r, caseId);
            List<AgreementDraft.WorkerTerms> workers = new ArrayList<>();
            for (Worker worker : c.getWorkers()) {
                List<AgreementDraft.Item> items = new ArrayList<>();
                for (Claim claim : c.getClaims()) {
                    if (claim.getWorker().getId().equals(worker.getId())) {
                        items.add(new AgreementDraft.Item(claim.getCategory(), claim.getMoney(), claim.getMoney()));
                    }
                }
                Money total = items.stream().map(AgreementDraft.Item::amount).reduce(Money.ZERO, Money::plus);
                List<AgreementDraft.Payment> payments = total.isZero() ? List.of()
                    : List.of(new AgreementDraft.Payment(today.plusDays(DEFAULT_PAYMENT_DAYS), total));
                workers.add(new AgreementDraft.WorkerTerms(worker.getId(), worker.getName(), total, items, payments));
            }
            String facts = prefilledFacts(c);
            List<Long> mediatorIds = new ArrayList<>();
            if (c.getMediator() != null) {
                mediatorIds.add(c.getMediator().getId());
            } else {
                session.user().filter(u -> u.getRole() == Role.MEDIATOR).ifPresent(u -> mediatorIds.add(u.getId()));
            }
            return new AgreementDraft(today, facts, PREFILLED_TERMS.stream().map(documents::get).toList(),
                List.of(), documents.get("agreement.prefill.performance"), c.getWorkers().size() + 2, mediatorIds,
                workers);
        });
    }

    /** The case's facts and requests, one paragraph each; its summary when it has neither. */
    private static String prefilledFacts(DisputeCase c) {
        StringBuilder facts = new StringBuilder(Objects.toString(c.getFacts(), "").strip());
        String requests = Objects.toString(c.getRequests(), "").strip();
        if (!requests.isEmpty()) {
            facts.append(facts.isEmpty() ? "" : "\n").append(requests);
        }
        return facts.isEmpty() ? Objects.toString(c.getSummary(), "").strip() : facts.toString();
    }

    /** A stored version and its content; {@code agreement.notFound}. */
    public Opened open(long agreementId) {
        return tx.call(r -> {
            Agreement a = load(r, agreementId);
            return new Opened(summary(a), content(a, loadCase(r, a.getCaseId())));
        });
    }

    /**
     * Saves a draft: a new first version of the case's agreement when {@code agreementId} is {@code null}, else the
     * draft {@code agreementId} if it is still at {@code expectedRowVersion}. Returns the saved version.
     *
     * @throws ValidationException the field problems of {@link #problems}; nothing is saved
     * @throws QiaoException {@code agreement.locked}, {@code agreement.exists}, {@code store.conflict},
     *     {@code agreement.notFound}, {@code case.notFound}
     */
    public AgreementVersion save(long caseId, Long agreementId, Long expectedRowVersion, AgreementDraft draft) {
        Objects.requireNonNull(draft, "draft");
        String actor = session.actorName();
        return tx.call(r -> {
            DisputeCase c = loadCase(r, caseId);
            Agreement a;
            if (agreementId == null) {
                if (!r.agreements().ofCase(caseId).isEmpty()) {
                    throw new QiaoException("agreement.exists", c.getCaseNumber());
                }
                a = new Agreement(caseId, 1, agreementNumber(c.getCaseNumber()), draft.drawnDate() == null
                    ? LocalDate.now(clock) : draft.drawnDate(), null, actor);
            } else {
                a = load(r, agreementId);
                if (a.getCaseId() != caseId) {
                    throw new QiaoException("agreement.notFound", String.valueOf(agreementId));
                }
                requireDraft(a);
                if (expectedRowVersion != null && a.getVersion() != expectedRowVersion) {
                    throw new QiaoException("store.conflict");
                }
            }
            List<FieldProblem> problems = problems(c, draft);
            if (!problems.isEmpty()) {
                throw new ValidationException(problems);
            }
            write(a, draft);
            return summary(r.agreements().save(a));
        });
    }

    /**
     * What is wrong with {@code draft} for the case, as problems on the builder's fields: {@code drawnDate},
     * {@code facts}, {@code performanceCheck}, {@code copies}, {@code mediators}, {@code workers} (not exactly the
     * case's workers), {@code worker.<i>.items}, {@code worker.<i>.item.<j>}, {@code worker.<i>.payments} and
     * {@code worker.<i>.payment.<j>} (0-based positions).
     */
    List<FieldProblem> problems(DisputeCase c, AgreementDraft draft) {
        List<FieldProblem> problems = new ArrayList<>();
        LocalDate drawn = draft.drawnDate();
        if (drawn == null) {
            problems.add(problem("drawnDate", "agreement.drawnDate.required"));
        }
        if (draft.facts() == null || draft.facts().isBlank()) {
            problems.add(problem("facts", "agreement.facts.required"));
        }
        if (draft.performanceCheck() == null || draft.performanceCheck().isBlank()) {
            problems.add(problem("performanceCheck", "agreement.performance.required"));
        }
        TextLimit.check(problems, "facts", draft.facts(), FACTS_MAX, "field.tooLong.field");
        TextLimit.check(problems, "performanceCheck", draft.performanceCheck(), LINE_MAX, "field.tooLong.field");
        for (String line : draft.terms()) {
            TextLimit.check(problems, "terms", line, LINE_MAX, "field.tooLong.field");
        }
        for (String line : draft.nonMonetaryTerms()) {
            TextLimit.check(problems, "nonMonetaryTerms", line, LINE_MAX, "field.tooLong.field");
        }
        if (draft.copies() < 1) {
            problems.add(problem("copies", "agreement.copies.min"));
        }
        if (draft.mediatorIds().isEmpty()) {
            problems.add(problem("mediators", "agreement.mediators.required"));
        }
        List<Long> caseWorkers = c.getWorkers().stream().map(Worker::getId).toList();
        List<Long> drafted = draft.workers().stream().map(AgreementDraft.WorkerTerms::workerId).toList();
        if (!caseWorkers.equals(drafted)) {
            problems.add(problem("workers", "agreement.workers.mismatch"));
        }
        for (int i = 0; i < draft.workers().size(); i++) {
            workerProblems(problems, "worker." + i + ".", draft.workers().get(i), drawn);
        }
        return problems;
    }

    private static void workerProblems(List<FieldProblem> problems, String prefix, AgreementDraft.WorkerTerms w,
                                       LocalDate drawn) {
        if (w.items().isEmpty()) {
            problems.add(problem(prefix + "items", "agreement.items.required", w.name()));
        }
        for (int j = 0; j < w.items().size(); j++) {
            if (w.items().get(j).amount().isNegative()) {
                problems.add(problem(prefix + "item." + j, "agreement.item.negative", w.name()));
            }
        }
        Money agreed = w.agreed();
        Money scheduled = w.payments().stream().map(AgreementDraft.Payment::amount).reduce(Money.ZERO, Money::plus);
        if (!w.items().isEmpty() && agreed.isZero()) {
            problems.add(problem(prefix + "items", "agreement.items.nothingAgreed", w.name()));
        } else if (!agreed.equals(scheduled)) {
            problems.add(problem(prefix + "payments", "agreement.payments.sum", w.name(),
                scheduled.toGroupedString(), agreed.toGroupedString()));
        }
        LocalDate previous = null;
        for (int j = 0; j < w.payments().size(); j++) {
            AgreementDraft.Payment p = w.payments().get(j);
            String field = prefix + "payment." + j;
            if (p.amount().isNegative() || p.amount().isZero()) {
                problems.add(problem(field, "agreement.payment.positive", w.name(), j + 1));
            }
            if (drawn != null && p.due().isBefore(drawn)) {
                problems.add(problem(field, "agreement.payment.beforeDrawn", w.name(), j + 1,
                    drawn.toString()));
            } else if (previous != null && p.due().isBefore(previous)) {
                problems.add(problem(field, "agreement.payment.order", w.name(), j + 1));
            }
            previous = p.due();
        }
    }

    /**
     * Signs the draft {@code agreementId} (if still at {@code expectedRowVersion}) on {@code signedDate}: it is
     * locked, the SHA-256 of its text is stored, the version signed before it (if any) becomes superseded, and a
     * case still in mediation (or only accepted) moves to {@code AGREEMENT_SIGNED} — all in one transaction. A case
     * already at {@code AGREEMENT_SIGNED} or {@code PERFORMING} keeps its status.
     *
     * @throws QiaoException {@code agreement.signed.future}, {@code agreement.signed.beforeDrawn},
     *     {@code agreement.locked}, {@code store.conflict}, {@code status.transition.notAllowed}
     */
    public AgreementVersion sign(long agreementId, Long expectedRowVersion, LocalDate signedDate) {
        Objects.requireNonNull(signedDate, "signedDate");
        if (signedDate.isAfter(LocalDate.now(clock))) {
            throw new ValidationException(List.of(problem("signedDate", "agreement.signed.future",
                signedDate.toString())));
        }
        String actor = session.actorName();
        return tx.call(r -> {
            Agreement a = load(r, agreementId);
            requireDraft(a);
            if (expectedRowVersion != null && a.getVersion() != expectedRowVersion) {
                throw new QiaoException("store.conflict");
            }
            if (signedDate.isBefore(a.getDrawnDate())) {
                throw new ValidationException(List.of(problem("signedDate", "agreement.signed.beforeDrawn",
                    signedDate.toString(), a.getDrawnDate().toString())));
            }
            DisputeCase c = loadCase(r, a.getCaseId());
            String sha = AgreementFingerprint.sha256(document(r, a, c));
            Optional<Agreement> inForce = r.agreements().latestOfCase(c.getId(), AgreementStatus.SIGNED);
            inForce.ifPresent(Agreement::supersede);
            a.sign(signedDate, actor, sha);
            if (c.getStatus() == CaseStatus.ACCEPTED) {
                caseStatus.changeWithin(r, c, CaseStatus.IN_MEDIATION);
            }
            if (c.getStatus() == CaseStatus.IN_MEDIATION) {
                caseStatus.changeWithin(r, c, CaseStatus.AGREEMENT_SIGNED);
            } else if (c.getStatus() != CaseStatus.AGREEMENT_SIGNED && c.getStatus() != CaseStatus.PERFORMING) {
                throw new QiaoException("agreement.sign.caseStatus", c.getCaseNumber(),
                    messages.get(c.getStatus().messageKey()));
            }
            return summary(r.agreements().save(a));
        });
    }

    /**
     * A new draft, version + 1, with the content of the signed version {@code signedId}, for a change after signing;
     * the signed version stays in force until the new one is signed.
     *
     * @throws QiaoException {@code agreement.reason.required}, {@code agreement.newVersion.notSigned},
     *     {@code agreement.draftExists}
     */
    public AgreementVersion newVersion(long signedId, String reason) {
        if (reason == null || reason.isBlank()) {
            throw new ValidationException(List.of(problem("reason", "agreement.reason.required")));
        }
        if (reason.strip().length() > REASON_MAX) {
            throw new ValidationException(List.of(problem("reason", "field.tooLong.field", REASON_MAX)));
        }
        String actor = session.actorName();
        LocalDate today = LocalDate.now(clock);
        return tx.call(r -> {
            Agreement signed = load(r, signedId);
            if (signed.getStatus() != AgreementStatus.SIGNED) {
                throw new QiaoException("agreement.newVersion.notSigned", signed.getAgreementVersion());
            }
            List<Agreement> all = r.agreements().ofCase(signed.getCaseId());
            if (all.stream().anyMatch(v -> v.getStatus() == AgreementStatus.DRAFT)) {
                throw new QiaoException("agreement.draftExists");
            }
            int next = all.stream().mapToInt(Agreement::getAgreementVersion).max().orElse(0) + 1;
            Agreement draft = new Agreement(signed.getCaseId(), next, signed.getAgreementNumber(), today, reason,
                actor);
            LocalDate drawn = signed.getDrawnDate().isAfter(today) ? signed.getDrawnDate() : today;
            draft.setContent(drawn, signed.getFacts(), signed.getPerformanceCheck(), signed.getCopies(),
                copyLines(signed), signed.getMediatorIds(), signed.getItems(), signed.getInstalments());
            return summary(r.agreements().save(draft));
        });
    }

    /** The document of any stored version, with every label in the user's language. */
    public AgreementDocument document(long agreementId) {
        return tx.call(r -> {
            Agreement a = load(r, agreementId);
            return document(r, a, loadCase(r, a.getCaseId()));
        });
    }

    /**
     * The PDF of any stored version. A draft is rendered as it would be signed, with a "draft" mark on every
     * page, so it cannot pass for a signed copy (and {@link #verify} never finds it).
     */
    public byte[] pdf(long agreementId) {
        Opened opened = open(agreementId);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new AgreementPdf(documents).render(document(agreementId), out);
        return opened.version().isDraft() ? PdfPages.stamp(out.toByteArray(), documents.get("agreement.pdf.draftMark"))
            : out.toByteArray();
    }

    /**
     * The version to print for a case when none is named: the signed version in force, else the newest version
     * (a draft, or the last superseded one); {@code agreement.none} if the case has no agreement.
     */
    public AgreementVersion printable(long caseId) {
        List<AgreementVersion> all = versions(caseId);
        return all.stream().filter(v -> v.status() == AgreementStatus.SIGNED).findFirst()
            .or(() -> all.isEmpty() ? Optional.empty() : Optional.of(all.get(all.size() - 1)))
            .orElseThrow(() -> new QiaoException("agreement.none"));
    }

    /** Version {@code version} of the case's agreement; {@code agreement.versionUnknown}. */
    public AgreementVersion version(long caseId, int version) {
        return versions(caseId).stream().filter(v -> v.version() == version).findFirst()
            .orElseThrow(() -> new QiaoException("agreement.versionUnknown", version));
    }

    /** What {@link #verify} found. */
    public enum Verdict { MATCHES, NOT_FOUND, ALTERED, NOT_QIAO }

    /**
     * The outcome of checking a PDF; {@code version} is set when the hash named a signed version.
     *
     * @param caseNumber the case of the version found, else {@code null}
     */
    public record Verification(Verdict verdict, String sha256, AgreementVersion version, String caseNumber) {
    }

    /**
     * Checks a PDF against the database: its information dictionary must name the SHA-256 of a signed (or
     * superseded) version; that version's document, rebuilt from the database, must still hash to it; and the
     * PDF's text, page by page, must be what that version renders to now. Anything else — a hash no version has,
     * a stored version that no longer matches its hash, text altered while the hash was kept — is refused.
     */
    public Verification verify(byte[] pdf) {
        Optional<String> info = PdfPages.infoValue(pdf, AgreementFingerprint.INFO_KEY);
        if (info.isEmpty() || !info.get().matches("[0-9a-f]{64}")) {
            return new Verification(Verdict.NOT_QIAO, info.orElse(null), null, null);
        }
        String sha = info.get();
        record Found(AgreementVersion version, String caseNumber, AgreementDocument document) {
        }
        Optional<Found> found = tx.call(r -> r.agreements().findSignedBySha256(sha).stream().findFirst()
            .map(a -> {
                DisputeCase c = loadCase(r, a.getCaseId());
                return new Found(summary(a), c.getCaseNumber(), document(r, a, c));
            }));
        if (found.isEmpty()) {
            return new Verification(Verdict.NOT_FOUND, sha, null, null);
        }
        Found f = found.get();
        ByteArrayOutputStream fresh = new ByteArrayOutputStream();
        new AgreementPdf(documents).render(f.document(), fresh);
        boolean same = AgreementFingerprint.sha256(f.document()).equals(sha)
            && words(pdf).equals(words(fresh.toByteArray()));
        return new Verification(same ? Verdict.MATCHES : Verdict.ALTERED, sha, f.version(), f.caseNumber());
    }

    /**
     * What a copy says, whatever its layout: the text of every page, without white space and without the page
     * numbers of the footers. A copy printed before a change of line breaking or pagination in a later version of
     * Qiao still verifies; any change of a character in its text does not.
     */
    private String words(byte[] pdf) {
        String pageNumbers = documents.get("agreement.pdf.footer", 0, 0).replaceAll("\\s+", "")
            .replace("0", "\\d+");
        return String.join("", PdfPages.texts(pdf)).replaceAll("\\s+", "").replaceAll(pageNumbers, "");
    }

    // ---- mapping ----

    private static FieldProblem problem(String field, String key, Object... args) {
        return new FieldProblem(field, key, args);
    }

    private static void requireDraft(Agreement a) {
        if (a.getStatus() != AgreementStatus.DRAFT) {
            throw new QiaoException("agreement.locked", a.getAgreementNumber(), a.getAgreementVersion());
        }
    }

    private static List<AgreementLine> copyLines(Agreement a) {
        List<AgreementLine> lines = new ArrayList<>();
        addLines(lines, AgreementLine.Kind.TERM, a.lines(AgreementLine.Kind.TERM));
        addLines(lines, AgreementLine.Kind.NON_MONETARY, a.lines(AgreementLine.Kind.NON_MONETARY));
        return lines;
    }

    private static void addLines(List<AgreementLine> into, AgreementLine.Kind kind, List<String> bodies) {
        int n = 0;
        for (String body : bodies) {
            if (!body.isBlank()) {
                into.add(new AgreementLine(kind, ++n, body.strip()));
            }
        }
    }

    private static void write(Agreement a, AgreementDraft draft) {
        List<AgreementLine> lines = new ArrayList<>();
        addLines(lines, AgreementLine.Kind.TERM, draft.terms());
        addLines(lines, AgreementLine.Kind.NON_MONETARY, draft.nonMonetaryTerms());
        List<AgreedAmount> items = new ArrayList<>();
        List<Instalment> instalments = new ArrayList<>();
        for (AgreementDraft.WorkerTerms w : draft.workers()) {
            for (int j = 0; j < w.items().size(); j++) {
                AgreementDraft.Item item = w.items().get(j);
                items.add(new AgreedAmount(w.workerId(), j + 1, item.category(), item.amount()));
            }
            for (int j = 0; j < w.payments().size(); j++) {
                AgreementDraft.Payment p = w.payments().get(j);
                instalments.add(new Instalment(w.workerId(), j + 1, p.due(), p.amount()));
            }
        }
        a.setContent(draft.drawnDate(), draft.facts().strip(), draft.performanceCheck().strip(), draft.copies(),
            lines, List.copyOf(new LinkedHashSet<>(draft.mediatorIds())), items, instalments);
    }

    private static AgreementDraft content(Agreement a, DisputeCase c) {
        List<AgreementDraft.WorkerTerms> workers = new ArrayList<>();
        for (Worker worker : c.getWorkers()) {
            Map<DisputeCategory, Money> claimed = claimedByCategory(c, worker);
            List<AgreementDraft.Item> items = a.getItems().stream().filter(i -> i.getWorkerId() == worker.getId())
                .map(i -> new AgreementDraft.Item(i.getCategory(), claimed.getOrDefault(i.getCategory(), Money.ZERO),
                    i.getAmount())).toList();
            List<AgreementDraft.Payment> payments = a.getInstalments().stream()
                .filter(p -> p.getWorkerId() == worker.getId())
                .map(p -> new AgreementDraft.Payment(p.getDueDate(), p.getAmount())).toList();
            workers.add(new AgreementDraft.WorkerTerms(worker.getId(), worker.getName(),
                Money.of(c.totalClaimedBy(worker)), items, payments));
        }
        return new AgreementDraft(a.getDrawnDate(), a.getFacts(), a.lines(AgreementLine.Kind.TERM),
            a.lines(AgreementLine.Kind.NON_MONETARY), a.getPerformanceCheck(), a.getCopies(), a.getMediatorIds(),
            workers);
    }

    private static Map<DisputeCategory, Money> claimedByCategory(DisputeCase c, Worker worker) {
        Map<DisputeCategory, Money> claimed = new HashMap<>();
        for (Claim claim : c.getClaims()) {
            if (claim.getWorker().getId().equals(worker.getId())) {
                claimed.merge(claim.getCategory(), claim.getMoney(), Money::plus);
            }
        }
        return claimed;
    }

    private AgreementDocument document(Repositories r, Agreement a, DisputeCase c) {
        Employer e = c.getEmployer();
        AgreementDocument.EmployerParty employer = employerParty(e.getName(), e.getCreditCode(),
            e.getLegalRepresentative(), e.getAddress(), e.getPhone());
        List<AgreementDocument.WorkerParty> workers = new ArrayList<>();
        Set<Long> withItems = new HashSet<>();
        a.getItems().forEach(i -> withItems.add(i.getWorkerId()));
        for (Worker worker : c.getWorkers()) {
            if (!withItems.contains(worker.getId())) {
                continue;
            }
            List<AgreementDocument.AgreedItem> items = a.getItems().stream()
                .filter(i -> i.getWorkerId() == worker.getId())
                .map(i -> agreedItem(documents, i.getCategory(), i.getAmount())).toList();
            List<AgreementDocument.Payment> payments = a.getInstalments().stream()
                .filter(p -> p.getWorkerId() == worker.getId())
                .map(p -> new AgreementDocument.Payment(p.getDueDate(), p.getAmount())).toList();
            workers.add(workerParty(documents, worker.getName(), worker.getResidentId(), worker.getAddress(),
                worker.getPhone(), items, payments));
        }
        Map<Long, String> names = new HashMap<>();
        r.users().findAll().forEach(u -> names.put(u.getId(), u.getDisplayName()));
        List<String> mediators = a.getMediatorIds().stream().map(id -> names.getOrDefault(id, "")).toList();
        return new AgreementDocument(a.getAgreementNumber(), a.getAgreementVersion(), a.getDrawnDate(),
            text(c.getStudio()), c.getCaseNumber(), employer, workers, a.getFacts(), a.lines(AgreementLine.Kind.TERM),
            a.lines(AgreementLine.Kind.NON_MONETARY), a.getPerformanceCheck(), a.getCopies(), mediators);
    }

    /*
     * The parties and amounts as the agreement shows them, from plain values: shared with the demo data, whose signed
     * agreements must hash exactly as the ones signed here do.
     */

    /** The employer as the agreement names it; a missing particular is left blank. */
    static AgreementDocument.EmployerParty employerParty(String name, String creditCode, String legalRepresentative,
        String address, String phone) {
        return new AgreementDocument.EmployerParty(name, text(creditCode), text(legalRepresentative), text(address),
            text(phone));
    }

    /** A worker as the agreement names them, the sex read from the resident ID; a missing particular is blank. */
    static AgreementDocument.WorkerParty workerParty(Messages documents, String name, String residentId,
        String address, String phone, List<AgreementDocument.AgreedItem> items,
        List<AgreementDocument.Payment> payments) {
        return new AgreementDocument.WorkerParty(name, sexLabel(documents, residentId), text(residentId),
            text(address), text(phone), items, payments);
    }

    /** An agreed amount under its category's label. */
    static AgreementDocument.AgreedItem agreedItem(Messages documents, DisputeCategory category, Money amount) {
        return new AgreementDocument.AgreedItem(documents.get(category.messageKey()), amount);
    }

    /** The sex a resident ID records, as a label of {@code documents}; empty when the ID is missing or not valid. */
    private static String sexLabel(Messages documents, String residentId) {
        if (residentId == null) {
            return "";
        }
        try {
            return documents.get("identity.sex." + ResidentId.parse(residentId).sex().name());
        } catch (QiaoException e) {
            return "";
        }
    }

    private static String text(String value) {
        return value == null ? "" : value;
    }

    private static AgreementVersion summary(Agreement a) {
        Money total = a.getItems().stream().map(AgreedAmount::getAmount).reduce(Money.ZERO, Money::plus);
        return new AgreementVersion(a.getId(), a.getVersion(), a.getCaseId(), a.getAgreementNumber(),
            a.getAgreementVersion(), a.getStatus(), a.getDrawnDate(), a.getSignedDate(), total, a.getChangeReason(),
            a.getContentSha256());
    }

    private static Agreement load(Repositories r, long agreementId) {
        return r.agreements().findById(agreementId)
            .orElseThrow(() -> new QiaoException("agreement.notFound", String.valueOf(agreementId)));
    }

    private static DisputeCase loadCase(Repositories r, long caseId) {
        return r.cases().findById(caseId)
            .orElseThrow(() -> new QiaoException("case.notFound", String.valueOf(caseId)));
    }

    /** Whether {@code user} may sign for the studio: an active mediator. */
    private static boolean canSign(User user) {
        return user.isActive() && user.getRole() == Role.MEDIATOR;
    }
}
