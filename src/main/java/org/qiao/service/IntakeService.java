// SPDX-License-Identifier: AGPL-3.0-or-later
package org.qiao.service;

import java.nio.file.Files;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.qiao.domain.FieldProblem;
import org.qiao.domain.QiaoException;
import org.qiao.domain.ValidationException;
import org.qiao.domain.calendar.Deadline;
import org.qiao.domain.cases.CaseStatus;
import org.qiao.domain.cases.CaseStatusChange;
import org.qiao.domain.cases.Claim;
import org.qiao.domain.cases.CollectiveRule;
import org.qiao.domain.cases.ConflictVerdict;
import org.qiao.domain.cases.DisputeCase;
import org.qiao.domain.cases.DisputeCategory;
import org.qiao.domain.cases.Employer;
import org.qiao.domain.cases.EmployerNames;
import org.qiao.domain.cases.LimitationCheck;
import org.qiao.domain.cases.Studio;
import org.qiao.domain.cases.Worker;
import org.qiao.domain.court.CourtCaseNumber;
import org.qiao.domain.identity.CreditCode;
import org.qiao.domain.identity.ResidentId;
import org.qiao.domain.money.Money;
import org.qiao.domain.region.RegionDirectory;
import org.qiao.service.IntakeForm.ClaimEntry;
import org.qiao.service.IntakeForm.EmployerEntry;
import org.qiao.service.IntakeForm.EvidenceEntry;
import org.qiao.service.IntakeForm.WorkerEntry;
import org.qiao.store.AttachmentStore;
import org.qiao.store.CaseMatch;
import org.qiao.store.Repositories;
import org.qiao.store.Transactions;

/**
 * Registers a labour dispute (受理登记): checks the whole form, looks for related open cases, and stores the case
 * with its employer, workers, claims and evidence records under the studio's next case number, in one transaction.
 * Evidence files are copied into the attachment folder just before that transaction (see {@link AttachmentStore}).
 */
public final class IntakeService {

    // Mainland mobile (optionally +86), or a landline with area code and optional extension.
    private static final Pattern PHONE = Pattern.compile("(?:\\+?86)?1[3-9]\\d{9}|0\\d{2,3}-?\\d{7,8}(?:-\\d{1,6})?");
    private static final int NAME_MAX = 100;
    private static final int EMPLOYER_NAME_MAX = 200;
    private static final int ADDRESS_MAX = 300;
    private static final int NOTE_MAX = 1000;
    /** Facts and requests: room for a long statement, but not a pasted file (the databases cap text too). */
    private static final int STATEMENT_MAX = 20_000;
    /** Employers offered when the mediator searches the ones on file. */
    private static final int EMPLOYER_MATCHES = 20;

    /** The result of a registration: the new case, its number, and warnings for the mediator (limitation). */
    public record Registration(long caseId, String caseNumber, List<Deadline.Warning> warnings) {

        public Registration {
            warnings = List.copyOf(warnings);
        }
    }

    private final Transactions tx;
    private final UserSession session;
    private final RegionDirectory regions;
    private final Clock clock;
    /** Where evidence files go; {@code null} when this service was built without one (forms with files fail). */
    private final AttachmentStore attachments;

    public IntakeService(Transactions tx, UserSession session, RegionDirectory regions, AttachmentStore attachments) {
        this(tx, session, regions, Clock.systemDefaultZone(), Objects.requireNonNull(attachments));
    }

    /** With a clock, so that "today" (received dates in the future) is fixed in tests; takes no evidence files. */
    public IntakeService(Transactions tx, UserSession session, RegionDirectory regions, Clock clock) {
        this(tx, session, regions, clock, null);
    }

    public IntakeService(Transactions tx, UserSession session, RegionDirectory regions, Clock clock,
        AttachmentStore attachments) {
        this.tx = Objects.requireNonNull(tx);
        this.session = Objects.requireNonNull(session);
        this.regions = Objects.requireNonNull(regions);
        this.clock = Objects.requireNonNull(clock);
        this.attachments = attachments;
    }

    /**
     * Checks {@code form} and stores the case. The case number is the studio's next one for the year of the received
     * date, taken in the same transaction as the case: numbers have no gaps, and a failed registration uses none.
     *
     * @throws ValidationException with every problem of the form, each on its field; nothing is stored
     * @throws QiaoException       {@code store.*} when the database refuses; nothing is stored
     */
    public Registration register(IntakeForm form) {
        return register(form, (r, stored, now, actor) -> { });
    }

    /**
     * What another service stores with a new case, in the case's transaction: a court referral and the case's
     * acceptance are written with the case or not at all.
     */
    @FunctionalInterface
    public interface AlongWith {
        void store(Repositories r, DisputeCase stored, LocalDateTime now, String actor);
    }

    /** {@link #register(IntakeForm)}, with {@code alongWith} run in the same transaction once the case is stored. */
    public Registration register(IntakeForm form, AlongWith alongWith) {
        Objects.requireNonNull(form, "form");
        Objects.requireNonNull(alongWith, "alongWith");
        Studio studio = validate(form);
        List<AttachmentStore.StoredFile> files = storeEvidence(form.evidence());
        int year = form.receivedDate().getYear();
        ensureCounter(studio.getId(), year);
        String actor = session.actorName();
        LocalDateTime now = LocalDateTime.now(clock);
        Registration registration = tx.call(r -> {
            Registration stored = store(r, form, studio, year, actor, now, files);
            alongWith.store(r, r.cases().findById(stored.caseId()).orElseThrow(), now, actor);
            return stored;
        });
        List<Deadline.Warning> warnings = new ArrayList<>(limitationWarning(form).stream().toList());
        return new Registration(registration.caseId(), registration.caseNumber(), warnings);
    }

    /**
     * Employers on file whose name contains {@code text} or whose credit code starts with it, for the mediator to
     * pick instead of typing an employer again (and making a second record of it); at most 20, best first.
     */
    public List<Employer> findEmployers(String text) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        return tx.call(r -> r.employers().search(text, EMPLOYER_MATCHES));
    }

    /** The league/city and banner/county list the region fields choose from. */
    public RegionDirectory regions() {
        return regions;
    }

    /** The limitation warning for the form as it stands (劳动争议调解仲裁法 art.27), for the screen while typing. */
    public Optional<Deadline.Warning> limitationWarning(IntakeForm form) {
        Set<DisputeCategory> categories = EnumSet.noneOf(DisputeCategory.class);
        form.workers().forEach(w -> w.claims().stream().map(ClaimEntry::category).filter(Objects::nonNull)
            .forEach(categories::add));
        return LimitationCheck.check(form.factsDate(), form.receivedDate(), form.ongoingEmployment(), categories);
    }

    /**
     * Open cases related to the form: the same worker (resident ID), the same employer (record, credit code or a
     * close name, see {@code EmployerNames}), a worker with a similar name and the same birth date. Values that do
     * not parse yet are skipped. The mediator records a verdict on the form before registering.
     */
    public List<ConflictFinding> checkConflicts(IntakeForm form) {
        return tx.call(r -> conflicts(r, form));
    }

    private List<ConflictFinding> conflicts(Repositories r, IntakeForm form) {
        List<ConflictFinding> findings = new ArrayList<>();
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < form.workers().size(); i++) {
            WorkerEntry worker = form.workers().get(i);
            Optional<ResidentId> id = residentId(worker.residentId());
            if (id.isEmpty()) {
                continue;
            }
            String value = id.get().value();
            ids.add(value);
            for (CaseMatch m : r.intake().openCasesWithResidentIds(List.of(value))) {
                findings.add(new ConflictFinding(ConflictFinding.Kind.SAME_WORKER, "workers[" + i + "].residentId",
                    m.caseId(), m.caseNumber(), m.matched()));
            }
            String name = blankToNull(worker.name());
            if (name != null) {
                String plain = name.replace("·", "").replace("•", "").replace(" ", "");
                String birth = value.substring(6, 14);
                for (CaseMatch m : r.intake().openCasesWithSimilarWorker(name.strip(), plain, birth, value)) {
                    findings.add(new ConflictFinding(ConflictFinding.Kind.SIMILAR_WORKER, "workers[" + i + "].name",
                        m.caseId(), m.caseNumber(), m.matched()));
                }
            }
        }
        EmployerEntry employer = form.employer();
        if (employer != null) {
            Long id = employer.existingId();
            String name = employer.name();
            String code = employer.creditCode();
            if (id != null) {
                Optional<Employer> onFile = r.intake().findEmployer(id);
                name = onFile.map(Employer::getName).orElse(null);
                code = onFile.map(Employer::getCreditCode).orElse(null);
            }
            String validCode = creditCode(code).map(CreditCode::value).orElse(null);
            for (CaseMatch m : r.intake().openCasesOfEmployer(id, validCode, EmployerNames.core(name))) {
                findings.add(new ConflictFinding(ConflictFinding.Kind.SAME_EMPLOYER, "employer.name", m.caseId(),
                    m.caseNumber(), m.matched()));
            }
        }
        return findings;
    }

    // ---- validation ----

    /**
     * The problems of the form that need no database: required fields, identifiers, phone numbers, amounts, dates,
     * representatives. The screen calls it while the mediator types; {@link #register} checks these and more.
     */
    public List<FieldProblem> check(IntakeForm form) {
        List<FieldProblem> problems = new ArrayList<>();
        formProblems(problems, form);
        return problems;
    }

    /** Checks every field; returns the studio to number with, or throws with all problems found. */
    private Studio validate(IntakeForm form) {
        List<FieldProblem> problems = new ArrayList<>();
        formProblems(problems, form);
        return tx.call(r -> {
            Studio studio = (form.studioId() == null ? r.studios().findDefault()
                : r.studios().findById(form.studioId())).orElse(null);
            if (studio == null) {
                problems.add(new FieldProblem("studioId", "intake.studio.notFound",
                    new Object[] {String.valueOf(form.studioId())}));
            }
            EmployerEntry employer = form.employer();
            if (employer != null && employer.existingId() != null
                && r.intake().findEmployer(employer.existingId()).isEmpty()) {
                problems.add(new FieldProblem("employer.id", "intake.employer.notFound",
                    new Object[] {String.valueOf(employer.existingId())}));
            }
            validateVerdict(r, problems, form);
            if (!problems.isEmpty()) {
                throw new ValidationException(problems);
            }
            return studio;
        });
    }

    private void formProblems(List<FieldProblem> problems, IntakeForm form) {
        LocalDate today = LocalDate.now(clock);
        if (form.source() == null) {
            problems.add(required("source"));
        } else if (form.source().isCourtReferral()) {
            // The court's name and number go on the agreement and the hand-back (特邀调解规定 art.24, 民诉法解释 art.351).
            text(problems, "courtName", form.courtName(), EMPLOYER_NAME_MAX, "intake.court.nameRequired");
            text(problems, "courtCaseNumber", form.courtCaseNumber(), NAME_MAX, "intake.court.numberRequired");
        }
        if (blankToNull(form.courtCaseNumber()) != null) {
            try {
                CourtCaseNumber.parse(form.courtCaseNumber(), today);
            } catch (QiaoException e) {
                problems.add(FieldProblem.of("courtCaseNumber", e));
            }
        }
        if (blankToNull(form.regionCode()) == null) {
            problems.add(required("regionCode"));
        } else if (regions.byCode(form.regionCode().strip()).isEmpty()) {
            problems.add(new FieldProblem("regionCode", "intake.region.unknown", new Object[] {form.regionCode()}));
        }
        if (form.receivedDate() == null) {
            problems.add(required("receivedDate"));
        } else if (form.receivedDate().isAfter(today)) {
            problems.add(new FieldProblem("receivedDate", "intake.receivedDate.future",
                new Object[] {form.receivedDate().toString()}));
        }
        if (form.factsDate() != null && form.receivedDate() != null
            && form.factsDate().isAfter(form.receivedDate())) {
            problems.add(new FieldProblem("factsDate", "intake.factsDate.afterReceived",
                new Object[] {form.factsDate().toString()}));
        }
        optionalLength(problems, "facts", form.facts(), STATEMENT_MAX);
        optionalLength(problems, "requests", form.requests(), STATEMENT_MAX);
        validateEmployer(problems, form.employer());
        validateWorkers(problems, form.workers(), today);
        for (int i = 0; i < form.evidence().size(); i++) {
            optionalLength(problems, "evidence[" + i + "].description", form.evidence().get(i).description(),
                EvidenceService.DESCRIPTION_MAX);
        }
    }

    private void validateVerdict(Repositories r, List<FieldProblem> problems, IntakeForm form) {
        ConflictVerdict verdict = form.conflictVerdict();
        if (verdict == ConflictVerdict.LINKED || verdict == ConflictVerdict.DUPLICATE) {
            if (form.linkedCaseId() == null) {
                problems.add(new FieldProblem("linkedCaseId", "intake.linkedCase.required", new Object[0]));
            } else if (!r.intake().caseExists(form.linkedCaseId())) {
                problems.add(new FieldProblem("linkedCaseId", "intake.linkedCase.notFound",
                    new Object[] {String.valueOf(form.linkedCaseId())}));
            }
        }
        if (verdict == null && problems.isEmpty() && !conflicts(r, form).isEmpty()) {
            problems.add(new FieldProblem("conflictVerdict", "intake.conflict.verdictRequired", new Object[0]));
        }
        optionalLength(problems, "conflictNote", form.conflictNote(), NOTE_MAX);
    }

    private static void validateEmployer(List<FieldProblem> problems, EmployerEntry employer) {
        if (employer == null) {
            problems.add(required("employer.name"));
            return;
        }
        // An employer picked from those on file keeps its recorded name and code; its contact details may change.
        if (employer.existingId() == null) {
            text(problems, "employer.name", employer.name(), EMPLOYER_NAME_MAX, null);
            if (blankToNull(employer.creditCode()) != null) {
                try {
                    CreditCode.parse(employer.creditCode());
                } catch (QiaoException e) {
                    problems.add(FieldProblem.of("employer.creditCode", e));
                }
            }
        }
        phone(problems, "employer.phone", employer.phone());
        optionalLength(problems, "employer.legalRepresentative", employer.legalRepresentative(), NAME_MAX);
        optionalLength(problems, "employer.address", employer.address(), ADDRESS_MAX);
        optionalLength(problems, "employer.industry", employer.industry(), NAME_MAX);
    }

    private static void validateWorkers(List<FieldProblem> problems, List<WorkerEntry> workers, LocalDate today) {
        if (workers.isEmpty()) {
            problems.add(new FieldProblem("workers", "intake.workers.none", new Object[0]));
            return;
        }
        Set<String> seenIds = new HashSet<>();
        for (int i = 0; i < workers.size(); i++) {
            WorkerEntry worker = workers.get(i);
            String at = "workers[" + i + "]";
            text(problems, at + ".name", worker.name(), NAME_MAX, null);
            if (blankToNull(worker.residentId()) != null) {
                try {
                    String id = ResidentId.parse(worker.residentId(), today).value();
                    if (!seenIds.add(id)) {
                        problems.add(new FieldProblem(at + ".residentId", "intake.worker.residentId.duplicate",
                            new Object[] {id}));
                    }
                } catch (QiaoException e) {
                    problems.add(FieldProblem.of(at + ".residentId", e));
                }
            }
            phone(problems, at + ".phone", worker.phone());
            optionalLength(problems, at + ".address", worker.address(), ADDRESS_MAX);
            // Money is claimed per worker (DESIGN.md), so each worker states at least one claim.
            if (worker.claims().isEmpty()) {
                problems.add(new FieldProblem(at + ".claims", "intake.worker.claims.none", new Object[0]));
            }
            for (int j = 0; j < worker.claims().size(); j++) {
                validateClaim(problems, at + ".claims[" + j + "]", worker.claims().get(j));
            }
        }
        long representatives = workers.stream().filter(WorkerEntry::representative).count();
        // 劳动争议调解仲裁法 art.7: ten or more workers elect representatives; the studios ask for 3 to 5.
        if (!CollectiveRule.representativesFit(workers.size(), (int) representatives)) {
            problems.add(new FieldProblem("representatives", "intake.representatives.count",
                new Object[] {workers.size(), representatives}));
        }
    }

    private static void validateClaim(List<FieldProblem> problems, String at, ClaimEntry claim) {
        if (claim.category() == null) {
            problems.add(required(at + ".category"));
        }
        try {
            Money.parse(claim.amount());
        } catch (QiaoException e) {
            problems.add(FieldProblem.of(at + ".amount", e));
        }
        if (claim.periodFrom() != null && claim.periodTo() != null && claim.periodTo().isBefore(claim.periodFrom())) {
            problems.add(new FieldProblem(at + ".periodTo", "intake.claim.periodOrder",
                new Object[] {claim.periodFrom().toString(), claim.periodTo().toString()}));
        }
        optionalLength(problems, at + ".note", claim.note(), NOTE_MAX);
    }

    private static void text(List<FieldProblem> problems, String field, String value, int max, String emptyKey) {
        if (blankToNull(value) == null) {
            problems.add(emptyKey == null ? required(field) : new FieldProblem(field, emptyKey, new Object[0]));
        } else {
            optionalLength(problems, field, value, max);
        }
    }

    private static void optionalLength(List<FieldProblem> problems, String field, String value, int max) {
        TextLimit.check(problems, field, value, max, "intake.field.tooLong");
    }

    private static void phone(List<FieldProblem> problems, String field, String value) {
        String phone = blankToNull(value);
        if (phone != null && !PHONE.matcher(phone.replace(" ", "")).matches()) {
            problems.add(new FieldProblem(field, "intake.phone.invalid", new Object[] {phone}));
        }
    }

    private static FieldProblem required(String field) {
        return new FieldProblem(field, "intake.field.required", new Object[0]);
    }

    // ---- storing ----

    /**
     * Copies the evidence files into the attachment folder before the case's transaction (copying may take a while
     * and needs no database). A file that is gone, unreadable or changed since the mediator chose it refuses the
     * whole registration, each on its row; copies already made stay, harmless, under their content's hash.
     */
    private List<AttachmentStore.StoredFile> storeEvidence(List<EvidenceEntry> entries) {
        if (entries.isEmpty()) {
            return List.of();
        }
        if (attachments == null) {
            throw new IllegalStateException("this IntakeService was built without an attachment folder");
        }
        List<FieldProblem> problems = new ArrayList<>();
        List<AttachmentStore.StoredFile> stored = new ArrayList<>();
        for (int i = 0; i < entries.size(); i++) {
            EvidenceEntry entry = entries.get(i);
            String field = "evidence[" + i + "]";
            String name = String.valueOf(entry.file().getFileName());
            if (!Files.isRegularFile(entry.file())) {
                problems.add(new FieldProblem(field, "intake.evidence.missing", new Object[] {name}));
                continue;
            }
            try {
                AttachmentStore.StoredFile file = attachments.put(entry.file());
                if (entry.sha256() != null && !entry.sha256().equals(file.sha256())) {
                    problems.add(new FieldProblem(field, "intake.evidence.changed", new Object[] {name}));
                }
                stored.add(file);
            } catch (QiaoException e) {
                problems.add(FieldProblem.of(field, e));
            }
        }
        if (!problems.isEmpty()) {
            throw new ValidationException(problems);
        }
        return stored;
    }

    private void ensureCounter(long studioId, int year) {
        try {
            tx.run(r -> r.studios().ensureCounter(studioId, year));
        } catch (QiaoException e) {
            // Another workstation created the row at the same moment; it exists now, which is all that matters.
            if (!"store.constraint".equals(e.messageKey())) {
                throw e;
            }
        }
    }

    private static Registration store(Repositories r, IntakeForm form, Studio studio, int year, String actor,
        LocalDateTime now, List<AttachmentStore.StoredFile> files) {
        Employer employer = employer(r, form.employer(), form.regionCode().strip());
        long sequence = r.studios().nextSequence(studio.getId(), year);
        String number = studio.getNumberPattern().format(year, sequence);
        DisputeCase disputeCase = new DisputeCase(number, form.source(), form.regionCode().strip(), studio.getName(),
            form.receivedDate(), employer);
        disputeCase.setCourtName(blankToNull(form.courtName()));
        // Stored as courts write it: full-width brackets, no blanks.
        disputeCase.setCourtCaseNumber(blankToNull(form.courtCaseNumber()) == null ? null
            : CourtCaseNumber.parse(form.courtCaseNumber(), now.toLocalDate()).toString());
        disputeCase.setSimpleProcedure(form.simpleProcedure());
        disputeCase.setFacts(blankToNull(form.facts()));
        disputeCase.setRequests(blankToNull(form.requests()));
        disputeCase.setFactsDate(form.factsDate());
        disputeCase.setOngoingEmployment(form.ongoingEmployment());
        disputeCase.setWantsLegalAid(form.wantsLegalAid());
        ConflictVerdict verdict = form.conflictVerdict() == null ? ConflictVerdict.NEW_CASE : form.conflictVerdict();
        disputeCase.setConflictVerdict(verdict);
        disputeCase.setConflictNote(blankToNull(form.conflictNote()));
        disputeCase.setLinkedCaseId(verdict == ConflictVerdict.NEW_CASE ? null : form.linkedCaseId());
        List<Worker> representatives = new ArrayList<>();
        for (WorkerEntry entry : form.workers()) {
            Worker worker = worker(r, entry);
            disputeCase.addWorker(worker);
            if (entry.representative()) {
                representatives.add(worker);
            }
            for (ClaimEntry claimEntry : entry.claims()) {
                Claim claim = disputeCase.addClaim(worker, claimEntry.category(),
                    Money.parse(claimEntry.amount()).amount());
                claim.setPeriod(claimEntry.periodFrom(), claimEntry.periodTo());
                claim.setNote(blankToNull(claimEntry.note()));
            }
        }
        DisputeCase saved = r.cases().save(disputeCase);
        long caseId = saved.getId();
        if (!representatives.isEmpty()) {
            r.intake().markRepresentatives(caseId, representatives.stream().map(Worker::getId).toList());
        }
        r.intake().record(new CaseStatusChange(caseId, null, CaseStatus.INTAKE, now, actor, null));
        for (int i = 0; i < files.size(); i++) {
            EvidenceEntry entry = form.evidence().get(i);
            r.intake().save(EvidenceService.record(caseId, entry.file(), files.get(i), entry.description(), now,
                actor));
        }
        return new Registration(caseId, number, List.of());
    }

    private static Employer employer(Repositories r, EmployerEntry entry, String caseRegion) {
        if (entry.existingId() != null) {
            Employer onFile = r.intake().findEmployer(entry.existingId()).orElseThrow();
            if (blankToNull(entry.legalRepresentative()) != null) {
                onFile.setLegalRepresentative(entry.legalRepresentative().strip());
            }
            if (blankToNull(entry.address()) != null) {
                onFile.setAddress(entry.address().strip());
            }
            if (blankToNull(entry.phone()) != null) {
                onFile.setPhone(entry.phone().strip());
            }
            if (blankToNull(entry.industry()) != null) {
                onFile.setIndustry(entry.industry().strip());
            }
            return onFile;
        }
        String code = creditCode(entry.creditCode()).map(CreditCode::value).orElse(null);
        if (code != null) {
            Optional<Employer> onFile = r.employers().findByCreditCode(code);
            if (onFile.isPresent()) {
                return onFile.get();
            }
        }
        Employer employer = new Employer(entry.name().strip());
        employer.setCreditCode(code);
        employer.setLegalRepresentative(blankToNull(entry.legalRepresentative()));
        employer.setAddress(blankToNull(entry.address()));
        employer.setPhone(blankToNull(entry.phone()));
        employer.setIndustry(blankToNull(entry.industry()));
        String region = blankToNull(entry.regionCode());
        employer.setRegionCode(region != null ? region : caseRegion);
        return employer;
    }

    /** A worker on file with the same resident ID is reused, with the newer phone and address and all groups. */
    private static Worker worker(Repositories r, WorkerEntry entry) {
        String id = residentId(entry.residentId()).map(ResidentId::value).orElse(null);
        Worker worker = id == null ? null : r.workers().findByResidentId(id).stream().findFirst().orElse(null);
        if (worker == null) {
            worker = new Worker(entry.name().strip());
            worker.setResidentId(id);
        }
        if (blankToNull(entry.phone()) != null) {
            worker.setPhone(entry.phone().strip());
        }
        if (blankToNull(entry.address()) != null) {
            worker.setAddress(entry.address().strip());
        }
        Set<org.qiao.domain.cases.WorkerGroup> groups = new LinkedHashSet<>(worker.getGroups());
        groups.addAll(entry.groups());
        worker.setGroups(groups);
        return worker;
    }

    private static Optional<ResidentId> residentId(String text) {
        if (blankToNull(text) == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(ResidentId.parse(text));
        } catch (QiaoException e) {
            return Optional.empty();
        }
    }

    private static Optional<CreditCode> creditCode(String text) {
        if (blankToNull(text) == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(CreditCode.parse(text));
        } catch (QiaoException e) {
            return Optional.empty();
        }
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
