// SPDX-License-Identifier: AGPL-3.0-or-later
package org.qiao.service;

import java.nio.file.Files;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.qiao.domain.FieldProblem;
import org.qiao.domain.QiaoException;
import org.qiao.domain.ValidationException;
import org.qiao.domain.calendar.Deadline;
import org.qiao.domain.cases.CaseStatus;
import org.qiao.domain.cases.MediationPeriod;
import org.qiao.domain.court.Court;
import org.qiao.domain.court.CourtCaseNumber;
import org.qiao.domain.court.Referral;
import org.qiao.domain.court.ReferralMaterial;
import org.qiao.store.AttachmentStore;
import org.qiao.store.Transactions;

/**
 * The referral inbox: a court's referral becomes a case, accepted on the day the studio signed for the file, with
 * its source and mediation deadline set by the referral's type (特邀调解规定 art.27: 委派 30 days, 委托 15 or 7;
 * 特邀 7, see MediationPeriod). The case, its acceptance, the referral and its materials are written in one
 * transaction or not at all.
 */
public final class ReferralService {

    static final int JUDGE_MAX = 100;
    static final int NOTE_MAX = 300;

    /** Problems intake reports on the court fields, which the referral's own checks report better. */
    private static final Set<String> COURT_FIELDS = Set.of("courtName", "courtCaseNumber", "receivedDate");

    /** The stored referral: its case, the case number, the mediation deadline and any calendar warnings. */
    public record Registration(long caseId, String caseNumber, long referralId, LocalDate mediationDue,
                               List<Deadline.Warning> warnings) {

        public Registration {
            warnings = List.copyOf(warnings);
        }
    }

    private final Transactions tx;
    private final IntakeService intake;
    private final CalendarService calendar;
    private final AttachmentStore attachments;
    private final Clock clock;

    public ReferralService(Transactions tx, IntakeService intake, CalendarService calendar,
        AttachmentStore attachments, Clock clock) {
        this.tx = Objects.requireNonNull(tx);
        this.intake = Objects.requireNonNull(intake);
        this.calendar = Objects.requireNonNull(calendar);
        this.attachments = attachments;
        this.clock = Objects.requireNonNull(clock);
    }

    /**
     * Checks {@code form} and stores the referral with its case.
     *
     * @param sourcePackageSha256 the exchange package the referral came in, or {@code null} when typed in
     * @throws ValidationException with every problem, each on its field; nothing is stored
     */
    public Registration register(ReferralForm form, String sourcePackageSha256) {
        return register(form, sourcePackageSha256, (r, disputeCase, now, actor) -> { });
    }

    /**
     * {@link #register(ReferralForm, String)}, with {@code alongWith} run in the same transaction once the case is
     * accepted: an imported hand-back's record and documents are stored with the case or not at all.
     */
    public Registration register(ReferralForm form, String sourcePackageSha256, IntakeService.AlongWith alongWith) {
        Objects.requireNonNull(form, "form");
        Objects.requireNonNull(alongWith, "alongWith");
        LocalDate today = LocalDate.now(clock);
        List<FieldProblem> problems = new ArrayList<>();
        Court court = storedCourt(problems, form);
        problems.addAll(check(form, court));
        takenNumber(form, today).ifPresent(problems::add);
        scanProblems(problems, form);
        if (!problems.isEmpty()) {
            throw new ValidationException(problems);
        }
        IntakeForm intakeForm = form.toIntake(court.getName());
        List<AttachmentStore.StoredFile> scans = storeScans(form.materials());
        Deadline deadline = calendar.due(form.signedForDate(),
            MediationPeriod.forSource(form.type().caseSource(), form.simpleProcedure()));
        long[] referralId = new long[1];
        IntakeService.Registration stored = intake.register(intakeForm, (r, disputeCase, now, actor) -> {
            Referral referral = new Referral(disputeCase.getId(), form.type(),
                r.courts().findById(court.getId()).orElseThrow(),
                CourtCaseNumber.parse(form.courtCaseNumber(), today).toString(), form.judgeName().strip(),
                blankToNull(form.judgeContact()), form.signedForDate(), actor);
            referral.setSourcePackageSha256(sourcePackageSha256);
            referral = r.referrals().save(referral);
            referralId[0] = referral.getId();
            for (int i = 0; i < form.materials().size(); i++) {
                ReferralForm.MaterialEntry entry = form.materials().get(i);
                AttachmentStore.StoredFile scan = scans.get(i);
                r.referrals().addMaterial(scan == null
                    ? new ReferralMaterial(referral.getId(), entry.kind(), blankToNull(entry.note()))
                    : new ReferralMaterial(referral.getId(), entry.kind(), blankToNull(entry.note()),
                        String.valueOf(entry.scan().getFileName()), scan.size(), scan.sha256(), scan.sha256()));
            }
            // The court's file is the application: signing for it accepts the case, and the period runs from
            // that day (特邀调解规定 art.27).
            disputeCase.setAcceptedDate(now.toLocalDate());
            disputeCase.setMediationDueDate(deadline.due());
            CaseStatusService.move(r, disputeCase, CaseStatus.ACCEPTED, null, now, actor);
            alongWith.store(r, disputeCase, now, actor);
        });
        List<Deadline.Warning> warnings = new ArrayList<>(stored.warnings());
        warnings.addAll(deadline.warnings());
        return new Registration(stored.caseId(), stored.caseNumber(), referralId[0], deadline.due(), warnings);
    }

    /** The referral a case came from, or empty when it came otherwise. */
    public Optional<Referral> ofCase(long caseId) {
        return tx.call(r -> r.referrals().ofCase(caseId));
    }

    /** What came with a referral's file, in the order it was registered. */
    public List<ReferralMaterial> materials(long referralId) {
        return tx.call(r -> r.referrals().materials(referralId));
    }

    /**
     * The problems of {@code form} as typed, without the database: the referral's own fields (the court case number
     * read and matched against {@code court}'s code), then the parties as intake checks them. A form passing this
     * may still be refused on registering: a retired court, a court case number already registered, a scan gone.
     *
     * @param court the court chosen, or {@code null} when none is (or it cannot be found)
     */
    public List<FieldProblem> check(ReferralForm form, Court court) {
        LocalDate today = LocalDate.now(clock);
        List<FieldProblem> problems = new ArrayList<>();
        if (form.type() == null) {
            problems.add(required("type"));
        }
        if (form.courtId() == null) {
            problems.add(required("courtId"));
        }
        String number = blankToNull(form.courtCaseNumber());
        if (number == null) {
            problems.add(required("courtCaseNumber"));
        } else {
            try {
                CourtCaseNumber parsed = CourtCaseNumber.parse(number, today);
                if (court != null && !parsed.court().equals(court.getCode())) {
                    problems.add(new FieldProblem("courtCaseNumber", "referral.number.otherCourt",
                        new Object[] {parsed.court(), court.getName(), court.getCode()}));
                }
            } catch (QiaoException e) {
                problems.add(FieldProblem.of("courtCaseNumber", e));
            }
        }
        if (blankToNull(form.judgeName()) == null) {
            problems.add(required("judgeName"));
        }
        TextLimit.check(problems, "judgeName", form.judgeName(), JUDGE_MAX, "field.tooLong.field");
        TextLimit.check(problems, "judgeContact", form.judgeContact(), JUDGE_MAX, "field.tooLong.field");
        if (form.signedForDate() == null) {
            problems.add(required("signedForDate"));
        } else if (form.signedForDate().isAfter(today)) {
            problems.add(new FieldProblem("signedForDate", "referral.signedFor.future",
                new Object[] {form.signedForDate()}));
        }
        for (FieldProblem p : intake.check(form.toIntake(court == null ? null : court.getName()))) {
            if (!COURT_FIELDS.contains(p.field()) && !"source".equals(p.field())) {
                problems.add(p);
            }
        }
        for (int i = 0; i < form.materials().size(); i++) {
            TextLimit.check(problems, "materials[" + i + "]", form.materials().get(i).note(), NOTE_MAX,
                "field.tooLong.field");
        }
        return problems;
    }

    /** The court chosen, when it is on the list and may take referrals; else a problem on {@code courtId}. */
    private Court storedCourt(List<FieldProblem> problems, ReferralForm form) {
        if (form.courtId() == null) {
            return null;
        }
        Court court = tx.call(r -> r.courts().findById(form.courtId())).orElse(null);
        if (court == null) {
            problems.add(new FieldProblem("courtId", "referral.court.notFound",
                new Object[] {String.valueOf(form.courtId())}));
        } else if (!court.isActive()) {
            problems.add(new FieldProblem("courtId", "referral.court.retired", new Object[] {court.getName()}));
            return null;
        }
        return court;
    }

    /** A problem when the court case number is already a registered referral's. */
    private Optional<FieldProblem> takenNumber(ReferralForm form, LocalDate today) {
        String normal;
        try {
            normal = CourtCaseNumber.parse(form.courtCaseNumber(), today).toString();
        } catch (QiaoException e) {
            return Optional.empty();
        }
        return tx.call(r -> r.referrals().findByCourtCaseNumber(normal).stream()
            .findFirst().flatMap(x -> r.cases().findById(x.getCaseId()))
            .map(c -> new FieldProblem("courtCaseNumber", "referral.number.taken",
                new Object[] {normal, c.getCaseNumber()})));
    }

    private static void scanProblems(List<FieldProblem> problems, ReferralForm form) {
        for (int i = 0; i < form.materials().size(); i++) {
            ReferralForm.MaterialEntry entry = form.materials().get(i);
            if (entry.scan() != null && !Files.isRegularFile(entry.scan())) {
                problems.add(new FieldProblem("materials[" + i + "]", "intake.evidence.missing",
                    new Object[] {String.valueOf(entry.scan().getFileName())}));
            }
        }
    }

    /** Copies the scans before the transaction (as intake does with evidence); {@code null} where none. */
    private List<AttachmentStore.StoredFile> storeScans(List<ReferralForm.MaterialEntry> materials) {
        List<AttachmentStore.StoredFile> stored = new ArrayList<>();
        for (ReferralForm.MaterialEntry entry : materials) {
            if (entry.scan() == null) {
                stored.add(null);
            } else {
                if (attachments == null) {
                    throw new IllegalStateException("this ReferralService was built without an attachment folder");
                }
                stored.add(attachments.put(entry.scan()));
            }
        }
        return stored;
    }

    private static FieldProblem required(String field) {
        return new FieldProblem(field, "intake.field.required", new Object[0]);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
