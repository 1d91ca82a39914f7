// SPDX-License-Identifier: AGPL-3.0-or-later
package org.qiao.ui.intake;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.function.Consumer;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.InvalidationListener;
import javafx.beans.Observable;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.collections.ObservableMap;

import org.qiao.domain.FieldProblem;
import org.qiao.domain.QiaoException;
import org.qiao.domain.ValidationException;
import org.qiao.domain.calendar.Deadline;
import org.qiao.domain.cases.CaseSource;
import org.qiao.domain.cases.CaseStatus;
import org.qiao.domain.cases.ConflictVerdict;
import org.qiao.domain.cases.DisputeCategory;
import org.qiao.domain.cases.Employer;
import org.qiao.domain.cases.WorkerGroup;
import org.qiao.domain.court.Court;
import org.qiao.domain.court.MaterialKind;
import org.qiao.domain.court.ReferralType;
import org.qiao.domain.identity.ResidentId;
import org.qiao.domain.money.Money;
import org.qiao.domain.region.Region;
import org.qiao.i18n.Messages;
import org.qiao.service.CaseStatusService;
import org.qiao.service.ConflictFinding;
import org.qiao.service.CourtService;
import org.qiao.service.DraftService;
import org.qiao.service.EvidenceService;
import org.qiao.service.IntakeForm;
import org.qiao.service.IntakeService;
import org.qiao.service.ReferralForm;
import org.qiao.service.ReferralService;
import org.qiao.ui.BackgroundTasks;
import org.qiao.ui.DialogService;
import org.qiao.ui.ErrorText;
import org.qiao.ui.FileText;

/**
 * The intake form (受理登记): a case's source, employer, workers with their claims, facts and requests. Problems show
 * next to their fields while the mediator types (a missing field only after a first attempt to register); the form
 * is kept as a draft as it changes, so a crash or a closed window loses nothing; before registering, the conflict
 * check asks for a verdict when the case may repeat another; a rejected registration keeps every field.
 * The employer may be picked from those on file (the case then shares that record), and evidence files chosen here
 * are listed with size and SHA-256 and stored with the case when it is registered.
 *
 * <p>For a court referral (source 委派, 委托 or 特邀) the form takes the referral's side too: the court from the court
 * list, its case number (read as it is typed), the judge or clerk, the day the studio signed for the file (the
 * received date) and the materials checklist with scans; it is saved through {@link ReferralService}, which accepts
 * the case with its mediation deadline.
 */
public final class IntakeViewModel {

    /** What the form shows below the fields. */
    public enum Mode { EDITING, CONFLICTS, REGISTERED }

    /** An employer on file the mediator picked: the case is linked to this record instead of a new one. */
    public record PickedEmployer(long id, String name, String creditCode) {
    }

    /** Problems that only say a field is still empty: shown after the first attempt to register. */
    private static final Set<String> EMPTY_FIELD_KEYS = Set.of("intake.field.required", "intake.court.nameRequired",
        "intake.court.numberRequired", "intake.workers.none", "intake.worker.claims.none", "money.empty",
        "court.number.empty");

    private final IntakeService intake;
    private final CaseStatusService caseStatus;
    private final DraftService drafts;
    private final EvidenceService evidence;
    private final CourtService courts;
    private final ReferralService referrals;
    private final String draftOwner;
    private final Messages messages;
    private final BackgroundTasks background;
    private final ErrorText errors;
    private final DialogService dialogs;
    private final FileText fileText;

    private final ObjectProperty<Mode> mode = new SimpleObjectProperty<>(Mode.EDITING);
    private final ObjectProperty<CaseSource> source = new SimpleObjectProperty<>(CaseSource.WALK_IN);
    private final StringProperty courtName = new SimpleStringProperty("");
    private final StringProperty courtCaseNumber = new SimpleStringProperty("");
    private final BooleanProperty simpleProcedure = new SimpleBooleanProperty(false);
    private final ObjectProperty<LocalDate> receivedDate = new SimpleObjectProperty<>(LocalDate.now());
    private final ObjectProperty<Region> league = new SimpleObjectProperty<>();
    private final ObjectProperty<Region> county = new SimpleObjectProperty<>();
    private final ObservableList<Region> counties = FXCollections.observableArrayList();
    private final StringProperty employerName = new SimpleStringProperty("");
    private final StringProperty creditCode = new SimpleStringProperty("");
    private final StringProperty legalRepresentative = new SimpleStringProperty("");
    private final StringProperty employerAddress = new SimpleStringProperty("");
    private final StringProperty employerPhone = new SimpleStringProperty("");
    private final StringProperty industry = new SimpleStringProperty("");
    private final ObjectProperty<PickedEmployer> pickedEmployer = new SimpleObjectProperty<>();
    private final StringProperty employerQuery = new SimpleStringProperty("");
    private final ObservableList<Employer> employerMatches = FXCollections.observableArrayList();
    private final StringProperty employerNote = new SimpleStringProperty("");
    private final ObservableList<EvidenceRow> evidenceRows = FXCollections.observableArrayList();
    private final ObservableList<WorkerRow> workers = FXCollections.observableArrayList();
    private final StringProperty facts = new SimpleStringProperty("");
    private final StringProperty requests = new SimpleStringProperty("");
    private final ObjectProperty<LocalDate> factsDate = new SimpleObjectProperty<>();
    private final BooleanProperty ongoingEmployment = new SimpleBooleanProperty(false);
    private final BooleanProperty wantsLegalAid = new SimpleBooleanProperty(false);

    private final ObservableMap<String, String> problems = FXCollections.observableHashMap();
    private final StringProperty totals = new SimpleStringProperty("");
    private final StringProperty collectiveHint = new SimpleStringProperty("");
    private final StringProperty limitationWarning = new SimpleStringProperty("");
    private final ObservableList<ConflictFinding> findings = FXCollections.observableArrayList();
    private final ObjectProperty<ConflictVerdict> verdict = new SimpleObjectProperty<>();
    private final ObjectProperty<ConflictFinding> linkedFinding = new SimpleObjectProperty<>();
    private final StringProperty conflictNote = new SimpleStringProperty("");
    private final StringProperty message = new SimpleStringProperty("");
    private final BooleanProperty busy = new SimpleBooleanProperty(false);
    private final StringProperty draftState = new SimpleStringProperty("");

    private final ObservableList<Court> courtList = FXCollections.observableArrayList();
    private final ObjectProperty<Court> court = new SimpleObjectProperty<>();
    private final StringProperty judgeName = new SimpleStringProperty("");
    private final StringProperty judgeContact = new SimpleStringProperty("");
    private final ObservableList<MaterialRow> materials = FXCollections.observableArrayList();
    private final BooleanProperty canOpenCase = new SimpleBooleanProperty(false);
    /** Whether the case just registered still waits for 受理 (a referral's case is accepted as it is saved). */
    private final BooleanProperty canAccept = new SimpleBooleanProperty(false);
    private Consumer<String> openCase;
    private String registeredCaseNumber;
    /** The court of a restored draft, chosen once the court list has loaded. */
    private Long pendingCourtId;

    private boolean submitted;
    private boolean draftDirty;
    private boolean restoring;
    private long registeredCaseId = -1;

    public IntakeViewModel(IntakeService intake, CaseStatusService caseStatus, DraftService drafts,
                           EvidenceService evidence, CourtService courts, ReferralService referrals,
                           String draftOwner, Messages messages, BackgroundTasks background, ErrorText errors,
                           DialogService dialogs) {
        this.intake = Objects.requireNonNull(intake);
        this.caseStatus = Objects.requireNonNull(caseStatus);
        this.drafts = Objects.requireNonNull(drafts);
        this.evidence = Objects.requireNonNull(evidence);
        this.courts = Objects.requireNonNull(courts);
        this.referrals = Objects.requireNonNull(referrals);
        for (MaterialKind kind : MaterialKind.values()) {
            materials.add(new MaterialRow(kind));
        }
        this.draftOwner = Objects.requireNonNull(draftOwner);
        this.messages = Objects.requireNonNull(messages);
        this.background = Objects.requireNonNull(background);
        this.errors = Objects.requireNonNull(errors);
        this.dialogs = Objects.requireNonNull(dialogs);
        this.fileText = new FileText(messages);
        league.addListener((obs, old, chosen) -> {
            counties.setAll(chosen == null ? List.of() : intake.regions().counties(chosen.code()));
            if (county.get() != null && (chosen == null || !chosen.code().equals(county.get().parentCode()))) {
                county.set(null);
            }
        });
        workers.add(new WorkerRow());
        watchForm();
        // Changing the name or credit code of a picked employer means another employer: the link is dropped.
        InvalidationListener unlink = obs -> {
            PickedEmployer picked = pickedEmployer.get();
            if (picked != null && !restoring && (!same(employerName.get(), picked.name())
                || !same(creditCode.get(), picked.creditCode()))) {
                pickedEmployer.set(null);
                employerNote.set(messages.get("intake.employer.unlinked", picked.name()));
            }
        };
        employerName.addListener(unlink);
        creditCode.addListener(unlink);
    }

    private static boolean same(String typed, String recorded) {
        return (typed == null ? "" : typed.strip()).equals(recorded == null ? "" : recorded.strip());
    }

    // ---- the form ----

    /** The form as typed, for the service. */
    public IntakeForm form() {
        Region region = county.get() != null ? county.get() : league.get();
        String regionCode = region == null ? null : region.code();
        PickedEmployer picked = pickedEmployer.get();
        IntakeForm.EmployerEntry employer = new IntakeForm.EmployerEntry(picked == null ? null : picked.id(),
            employerName.get(), creditCode.get(), legalRepresentative.get(), employerAddress.get(),
            employerPhone.get(), industry.get(), regionCode);
        ConflictFinding link = linkedFinding.get();
        return new IntakeForm(source.get(), courtName.get(), courtCaseNumber.get(), simpleProcedure.get(), null,
            regionCode, receivedDate.get(), employer, workers.stream().map(WorkerRow::toEntry).toList(), facts.get(),
            requests.get(), factsDate.get(), ongoingEmployment.get(), wantsLegalAid.get(), verdict.get(),
            conflictNote.get(), link == null ? null : link.caseId(),
            evidenceRows.stream().map(EvidenceRow::toEntry).toList());
    }

    /** The form as typed, as a court referral (for a court source). */
    public ReferralForm referralForm() {
        IntakeForm typed = form();
        Court chosen = court.get();
        return new ReferralForm(ReferralType.of(source.get()), chosen == null ? null : chosen.getId(),
            courtCaseNumber.get(), judgeName.get(), judgeContact.get(), receivedDate.get(), simpleProcedure.get(),
            receivedMaterials().stream().map(MaterialRow::toEntry).toList(), null, typed.regionCode(),
            typed.employer(), typed.workers(), typed.facts(), typed.requests(), verdict.get(), conflictNote.get(),
            typed.linkedCaseId());
    }

    /** The checklist's rows ticked as received, in the order the referral lists its materials. */
    private List<MaterialRow> receivedMaterials() {
        return materials.stream().filter(row -> row.receivedProperty().get()).toList();
    }

    /**
     * Where a problem shows: a referral's {@code materials[i]} (the i-th material received) on its checklist row,
     * {@code materials.<KIND>}; every other field as named.
     */
    private String shownAt(String field) {
        if (field.startsWith("materials[")) {
            List<MaterialRow> received = receivedMaterials();
            int index = intOr(field.substring("materials[".length(), field.indexOf(']')), -1);
            if (index >= 0 && index < received.size()) {
                return materialField(received.get(index));
            }
        }
        return field;
    }

    /** The field name of a checklist row's problem. */
    public static String materialField(MaterialRow row) {
        return "materials." + row.kind().name();
    }

    /**
     * Re-checks the form after a change: each problem next to its field, sex and age from valid resident IDs,
     * totals per worker and per case, the collective-dispute hint and the limitation warning. Pure computation,
     * no database.
     */
    public void revalidate() {
        IntakeForm form = form();
        problems.clear();
        List<FieldProblem> found = isCourtSource() ? referrals.check(referralForm(), court.get())
            : intake.check(form);
        for (FieldProblem problem : found) {
            if (submitted || !EMPTY_FIELD_KEYS.contains(problem.messageKey())) {
                problems.putIfAbsent(shownAt(problem.field()), messages.get(problem.messageKey(), problem.args()));
            }
        }
        Money caseTotal = Money.ZERO;
        int representatives = 0;
        for (int i = 0; i < workers.size(); i++) {
            WorkerRow worker = workers.get(i);
            worker.identityLineProperty().set(identityLine(worker.residentIdProperty().get()));
            Money total = Money.ZERO;
            for (ClaimRow claim : worker.claims()) {
                total = total.plus(amountOrZero(claim.amountProperty().get()));
            }
            worker.totalProperty().set(messages.get("intake.worker.total", total.toGroupedString()));
            caseTotal = caseTotal.plus(total);
            representatives += worker.representativeProperty().get() ? 1 : 0;
        }
        totals.set(messages.get("intake.total", workers.size(), caseTotal.toGroupedString()));
        collectiveHint.set(workers.size() >= 10
            ? messages.get("intake.collective.hint", workers.size(), representatives) : "");
        Optional<Deadline.Warning> warning = intake.limitationWarning(form);
        limitationWarning.set(warning.map(w -> messages.get(w.messageKey(), w.args().toArray())).orElse(""));
    }

    /** After the mediator changed something: re-check, and remember that the draft is behind. */
    private void changed() {
        if (restoring) {
            return;
        }
        revalidate();
        if (mode.get() != Mode.REGISTERED) {
            draftDirty = true;
        }
    }

    /** Re-checks the form whenever any field changes; a worker or claim added later is watched too. */
    private void watchForm() {
        InvalidationListener changed = obs -> changed();
        List.<Observable>of(source, courtName, courtCaseNumber, simpleProcedure, receivedDate, league, county,
            employerName, creditCode, legalRepresentative, employerAddress, employerPhone, industry, facts, requests,
            factsDate, ongoingEmployment, wantsLegalAid, court, judgeName, judgeContact)
            .forEach(property -> property.addListener(changed));
        for (MaterialRow row : materials) {
            List.<Observable>of(row.receivedProperty(), row.noteProperty(), row.scanProperty())
                .forEach(property -> property.addListener(changed));
        }
        workers.addListener((ListChangeListener<WorkerRow>) change -> {
            while (change.next()) {
                change.getAddedSubList().forEach(worker -> watch(worker, changed));
            }
            changed();
        });
        workers.forEach(worker -> watch(worker, changed));
        pickedEmployer.addListener(changed);
        evidenceRows.addListener((ListChangeListener<EvidenceRow>) change -> {
            while (change.next()) {
                change.getAddedSubList().forEach(row -> row.descriptionProperty().addListener(changed));
            }
            changed();
        });
    }

    private static void watch(WorkerRow worker, InvalidationListener changed) {
        List.<Observable>of(worker.nameProperty(), worker.residentIdProperty(), worker.phoneProperty(),
            worker.addressProperty(), worker.representativeProperty()).forEach(p -> p.addListener(changed));
        for (WorkerGroup group : WorkerGroup.values()) {
            worker.groupProperty(group).addListener(changed);
        }
        worker.claims().addListener((ListChangeListener<ClaimRow>) change -> {
            while (change.next()) {
                change.getAddedSubList().forEach(claim -> watch(claim, changed));
            }
            changed.invalidated(worker.claims());
        });
        worker.claims().forEach(claim -> watch(claim, changed));
    }

    private static void watch(ClaimRow claim, InvalidationListener changed) {
        List.<Observable>of(claim.categoryProperty(), claim.amountProperty(), claim.periodFromProperty(),
            claim.periodToProperty(), claim.noteProperty())
            .forEach(property -> property.addListener(changed));
    }

    /**
     * Saves the draft if the form changed since the last save. The screen calls this every few seconds and when it
     * closes, so at most those few seconds of typing can be lost, without a database write at every keystroke.
     */
    public void flushDraft() {
        if (draftDirty && !busy.get() && mode.get() != Mode.REGISTERED) {
            draftDirty = false;
            saveDraft();
        }
    }

    private String identityLine(String typed) {
        if (typed == null || typed.isBlank()) {
            return "";
        }
        try {
            ResidentId id = ResidentId.parse(typed);
            return messages.get("intake.worker.identity", messages.get("identity.sex." + id.sex().name()),
                id.birthDate().toString(), id.ageOn(LocalDate.now()));
        } catch (QiaoException e) {
            return "";
        }
    }

    private static Money amountOrZero(String typed) {
        try {
            return typed == null || typed.isBlank() ? Money.ZERO : Money.parse(typed);
        } catch (QiaoException e) {
            return Money.ZERO;
        }
    }

    public WorkerRow addWorker() {
        WorkerRow worker = new WorkerRow();
        workers.add(worker);
        return worker;
    }

    public void removeWorker(WorkerRow worker) {
        if (workers.size() > 1) {
            workers.remove(worker);
        }
    }

    public ClaimRow addClaim(WorkerRow worker) {
        ClaimRow claim = new ClaimRow();
        worker.claims().add(claim);
        return claim;
    }

    public void removeClaim(WorkerRow worker, ClaimRow claim) {
        if (worker.claims().size() > 1) {
            worker.claims().remove(claim);
        }
    }

    // ---- the employer on file ----

    /** Looks for employers on file by what is typed in the search field (a name fragment or a credit code). */
    public void searchEmployers() {
        String query = employerQuery.get() == null ? "" : employerQuery.get().strip();
        if (query.isEmpty()) {
            employerMatches.clear();
            employerNote.set(messages.get("intake.employer.search.empty"));
            return;
        }
        background.submit(() -> intake.findEmployers(query), found -> {
            employerMatches.setAll(found);
            employerNote.set(found.isEmpty() ? messages.get("intake.employer.search.none", query)
                : messages.get("intake.employer.search.found", found.size()));
        }, failure -> employerNote.set(errors.of(failure)));
    }

    /** Fills the employer fields from the record on file and links the case to it. */
    public void pickEmployer(Employer employer) {
        if (employer == null) {
            return;
        }
        // The link is set after the fields, so that filling them is not taken for the mediator's change of name.
        pickedEmployer.set(null);
        employerName.set(Objects.toString(employer.getName(), ""));
        creditCode.set(Objects.toString(employer.getCreditCode(), ""));
        legalRepresentative.set(Objects.toString(employer.getLegalRepresentative(), ""));
        employerAddress.set(Objects.toString(employer.getAddress(), ""));
        employerPhone.set(Objects.toString(employer.getPhone(), ""));
        industry.set(Objects.toString(employer.getIndustry(), ""));
        pickedEmployer.set(new PickedEmployer(employer.getId(), employer.getName(), employer.getCreditCode()));
        employerMatches.clear();
        employerQuery.set("");
        employerNote.set("");
    }

    /** Drops the link to the employer on file and empties the employer fields. */
    public void clearEmployer() {
        pickedEmployer.set(null);
        for (StringProperty field : List.of(employerName, creditCode, legalRepresentative, employerAddress,
            employerPhone, industry)) {
            field.set("");
        }
        employerNote.set("");
    }

    /** What the picked employer line says: which record the case will be linked to. */
    public String pickedText(PickedEmployer picked) {
        return picked == null ? "" : messages.get("intake.employer.picked", picked.name(),
            picked.creditCode() == null ? messages.get("intake.employer.noCreditCode") : picked.creditCode());
    }

    /** One line for an employer found on file: name, credit code, region and address. */
    public String describe(Employer employer) {
        String region = employer.getRegionCode() == null ? "" : intake.regions().byCode(employer.getRegionCode())
            .map(Region::name).orElse(employer.getRegionCode());
        return messages.get("intake.employer.match", employer.getName(),
            employer.getCreditCode() == null ? messages.get("intake.employer.noCreditCode") : employer.getCreditCode(),
            region, Objects.toString(employer.getAddress(), ""));
    }

    // ---- evidence ----

    /** Asks for files (several at once) and lists each with its size and SHA-256, read in the background. */
    public void addEvidence() {
        List<Path> chosen = dialogs.chooseFilesToOpen(messages.get("intake.evidence.choose"),
            messages.get("intake.evidence.filter"), FileText.EVIDENCE_PATTERNS);
        for (Path file : chosen) {
            if (evidenceRows.stream().noneMatch(row -> row.file().equals(file))) {
                EvidenceRow row = new EvidenceRow(file);
                evidenceRows.add(row);
                inspect(row);
            }
        }
    }

    private void inspect(EvidenceRow row) {
        row.sizeTextProperty().set(messages.get("intake.evidence.reading"));
        background.submit(() -> evidence.inspect(row.file()), facts -> {
            row.sizeTextProperty().set(fileText.size(facts.size()));
            row.sha256Property().set(facts.sha256());
            row.problemProperty().set("");
        }, failure -> {
            row.sizeTextProperty().set("");
            row.problemProperty().set(errors.of(failure));
        });
    }

    /** Takes a file off the list; nothing was stored yet. */
    public void removeEvidence(EvidenceRow row) {
        evidenceRows.remove(row);
    }

    /** The first hex digits of a row's SHA-256, for the list. */
    public String shortHash(EvidenceRow row) {
        return FileText.shortHash(row.sha256Property().get());
    }

    /** The problem shown next to {@code field} (e.g. {@code workers[2].residentId}), or empty. */
    public String problemAt(String field) {
        return problems.getOrDefault(field, "");
    }

    // ---- registering ----

    /**
     * Registers the case: first the mediator's own corrections, then the conflict check (a verdict is asked for
     * when it finds something), then the registration. Whatever is refused keeps every field as typed.
     */
    public void register() {
        if (busy.get() || mode.get() == Mode.REGISTERED) {
            return;
        }
        submitted = true;
        revalidate();
        if (!problems.isEmpty()) {
            message.set(messages.get("intake.fixProblems", problems.size()));
            return;
        }
        boolean referral = isCourtSource();
        IntakeForm form = referral ? referralForm().toIntake(court.get().getName()) : form();
        busy.set(true);
        message.set("");
        if (verdict.get() == null) {
            background.submit(() -> intake.checkConflicts(form), found -> {
                if (found.isEmpty()) {
                    submit(form, referral);
                } else {
                    busy.set(false);
                    findings.setAll(found);
                    mode.set(Mode.CONFLICTS);
                    message.set(messages.get("intake.conflicts.found", found.size()));
                }
            }, this::failed);
        } else {
            submit(form, referral);
        }
    }

    /** The mediator's verdict on the conflict findings; then registers. */
    public void decide(ConflictVerdict decision, ConflictFinding link) {
        verdict.set(Objects.requireNonNull(decision));
        linkedFinding.set(decision == ConflictVerdict.NEW_CASE ? null : link);
        register();
    }

    private void submit(IntakeForm form, boolean referral) {
        if (referral) {
            ReferralForm typed = referralForm();
            background.submit(() -> referrals.register(typed, null), registration -> registered(
                registration.caseId(), registration.caseNumber(), messages.get("referral.registered",
                    registration.caseNumber(), registration.mediationDue().toString()), registration.warnings(), false),
                this::failed);
        } else {
            background.submit(() -> intake.register(form), registration -> registered(registration.caseId(),
                registration.caseNumber(), messages.get("intake.registered", registration.caseNumber()),
                registration.warnings(), true), this::failed);
        }
    }

    private void registered(long caseId, String caseNumber, String said, List<Deadline.Warning> warnings,
                            boolean awaitsAcceptance) {
        canAccept.set(awaitsAcceptance);
        busy.set(false);
        registeredCaseId = caseId;
        registeredCaseNumber = caseNumber;
        canOpenCase.set(openCase != null);
        mode.set(Mode.REGISTERED);
        String text = said;
        for (Deadline.Warning warning : warnings) {
            text += " " + messages.get(warning.messageKey(), warning.args().toArray());
        }
        message.set(text);
        background.submit(() -> drafts.discard(draftOwner), discarded -> draftState.set(""), this::failed);
    }

    private void failed(Throwable failure) {
        busy.set(false);
        if (failure instanceof ValidationException invalid) {
            problems.clear();
            invalid.problems().forEach(p -> problems.putIfAbsent(shownAt(p.field()),
                messages.get(p.messageKey(), p.args())));
            // A file refused on saving stays marked on its row until it is removed (and chosen again).
            for (int i = 0; i < evidenceRows.size(); i++) {
                String refused = problems.get("evidence[" + i + "]");
                if (refused != null) {
                    evidenceRows.get(i).problemProperty().set(refused);
                }
            }
            message.set(messages.get("intake.fixProblems", problems.size()));
        } else {
            message.set(errors.of(failure));
        }
    }

    /** Accepts the case just registered (受理) and shows its mediation deadline. */
    public void accept() {
        if (registeredCaseId < 0 || busy.get()) {
            return;
        }
        busy.set(true);
        long id = registeredCaseId;
        background.submit(() -> caseStatus.change(id, CaseStatus.ACCEPTED, ""), change -> {
            busy.set(false);
            canAccept.set(false);
            String text = messages.get("intake.accepted", change.mediationDue().toString());
            for (Deadline.Warning warning : change.warnings()) {
                text += " " + messages.get(warning.messageKey(), warning.args().toArray());
            }
            message.set(text);
        }, this::failed);
    }

    /** Clears the form for the next case. */
    public void startNew() {
        restoring = true;
        restore(new Properties());
        restoring = false;
        submitted = false;
        registeredCaseId = -1;
        registeredCaseNumber = null;
        canOpenCase.set(false);
        canAccept.set(false);
        findings.clear();
        verdict.set(null);
        linkedFinding.set(null);
        conflictNote.set("");
        message.set("");
        mode.set(Mode.EDITING);
        revalidate();
    }

    // ---- drafts ----

    /** Restores the draft this user left, if any (after a crash or a closed window). */
    public void loadDraft() {
        background.submit(() -> drafts.load(draftOwner), draft -> draft.ifPresent(found -> {
            restoring = true;
            try {
                Properties properties = new Properties();
                properties.load(new StringReader(found.content()));
                restore(properties);
            } catch (IOException | RuntimeException e) {
                // A draft that cannot be read is left alone; the form starts empty.
            } finally {
                restoring = false;
            }
            draftState.set(messages.get("intake.draft.restored", found.savedAt().withNano(0).toString()
                .replace('T', ' ')));
            revalidate();
        }), this::failed);
    }

    private void saveDraft() {
        String content = draftText();
        background.submit(() -> drafts.save(draftOwner, content),
            saved -> draftState.set(messages.get("intake.draft.saved", saved.savedAt().toLocalTime().withNano(0)
                .toString())), failure -> draftState.set(errors.of(failure)));
    }

    /** The form as text, for the draft: Java properties, one key per field. */
    String draftText() {
        Properties p = new Properties();
        put(p, "source", source.get() == null ? null : source.get().name());
        put(p, "courtName", courtName.get());
        put(p, "courtCaseNumber", courtCaseNumber.get());
        put(p, "simpleProcedure", Boolean.toString(simpleProcedure.get()));
        put(p, "courtId", court.get() == null ? null : String.valueOf(court.get().getId()));
        put(p, "judgeName", judgeName.get());
        put(p, "judgeContact", judgeContact.get());
        for (MaterialRow row : materials) {
            String at = "material." + row.kind().name() + ".";
            put(p, at + "received", row.receivedProperty().get() ? "true" : null);
            put(p, at + "note", row.noteProperty().get());
            put(p, at + "scan", row.scanProperty().get() == null ? null : row.scanProperty().get().toString());
        }
        put(p, "receivedDate", receivedDate.get() == null ? null : receivedDate.get().toString());
        put(p, "league", league.get() == null ? null : league.get().code());
        put(p, "county", county.get() == null ? null : county.get().code());
        put(p, "employer.name", employerName.get());
        put(p, "employer.creditCode", creditCode.get());
        put(p, "employer.legalRepresentative", legalRepresentative.get());
        put(p, "employer.address", employerAddress.get());
        put(p, "employer.phone", employerPhone.get());
        put(p, "employer.industry", industry.get());
        PickedEmployer picked = pickedEmployer.get();
        if (picked != null) {
            put(p, "employer.id", Long.toString(picked.id()));
            put(p, "employer.picked.name", picked.name());
            put(p, "employer.picked.creditCode", picked.creditCode());
        }
        put(p, "evidence", Integer.toString(evidenceRows.size()));
        for (int i = 0; i < evidenceRows.size(); i++) {
            put(p, "evidence." + i + ".path", evidenceRows.get(i).file().toString());
            put(p, "evidence." + i + ".description", evidenceRows.get(i).descriptionProperty().get());
        }
        put(p, "facts", facts.get());
        put(p, "requests", requests.get());
        put(p, "factsDate", factsDate.get() == null ? null : factsDate.get().toString());
        put(p, "ongoingEmployment", Boolean.toString(ongoingEmployment.get()));
        put(p, "wantsLegalAid", Boolean.toString(wantsLegalAid.get()));
        put(p, "workers", Integer.toString(workers.size()));
        for (int i = 0; i < workers.size(); i++) {
            WorkerRow w = workers.get(i);
            String at = "workers." + i + ".";
            put(p, at + "name", w.nameProperty().get());
            put(p, at + "residentId", w.residentIdProperty().get());
            put(p, at + "phone", w.phoneProperty().get());
            put(p, at + "address", w.addressProperty().get());
            put(p, at + "representative", Boolean.toString(w.representativeProperty().get()));
            for (WorkerGroup group : WorkerGroup.values()) {
                put(p, at + "group." + group.name(), Boolean.toString(w.groupProperty(group).get()));
            }
            put(p, at + "claims", Integer.toString(w.claims().size()));
            for (int k = 0; k < w.claims().size(); k++) {
                ClaimRow c = w.claims().get(k);
                put(p, at + "claims." + k + ".category", c.categoryProperty().get() == null ? null
                    : c.categoryProperty().get().name());
                put(p, at + "claims." + k + ".amount", c.amountProperty().get());
                put(p, at + "claims." + k + ".periodFrom", c.periodFromProperty().get() == null ? null
                    : c.periodFromProperty().get().toString());
                put(p, at + "claims." + k + ".periodTo", c.periodToProperty().get() == null ? null
                    : c.periodToProperty().get().toString());
                put(p, at + "claims." + k + ".note", c.noteProperty().get());
            }
        }
        StringWriter out = new StringWriter();
        try {
            p.store(out, null);
        } catch (IOException e) {
            throw new IllegalStateException("writing to a string cannot fail", e);
        }
        return out.toString();
    }

    private static void put(Properties p, String key, String value) {
        if (value != null && !value.isEmpty()) {
            p.setProperty(key, value);
        }
    }

    private void restore(Properties p) {
        source.set(enumOr(CaseSource.class, p.getProperty("source"), CaseSource.WALK_IN));
        courtName.set(p.getProperty("courtName", ""));
        courtCaseNumber.set(p.getProperty("courtCaseNumber", ""));
        simpleProcedure.set(Boolean.parseBoolean(p.getProperty("simpleProcedure")));
        long courtId = longOr(p.getProperty("courtId"), -1);
        pendingCourtId = courtId < 0 ? null : courtId;
        court.set(courtList.stream().filter(c -> c.getId() == courtId).findFirst().orElse(null));
        judgeName.set(p.getProperty("judgeName", ""));
        judgeContact.set(p.getProperty("judgeContact", ""));
        for (MaterialRow row : materials) {
            String at = "material." + row.kind().name() + ".";
            row.clear();
            row.receivedProperty().set(Boolean.parseBoolean(p.getProperty(at + "received")));
            row.noteProperty().set(p.getProperty(at + "note", ""));
            try {
                String scan = p.getProperty(at + "scan");
                row.scanProperty().set(scan == null ? null : Path.of(scan));
            } catch (InvalidPathException e) {
                // A path this system cannot name is left out.
            }
        }
        receivedDate.set(date(p.getProperty("receivedDate"), LocalDate.now()));
        league.set(region(p.getProperty("league")));
        county.set(region(p.getProperty("county")));
        employerName.set(p.getProperty("employer.name", ""));
        creditCode.set(p.getProperty("employer.creditCode", ""));
        legalRepresentative.set(p.getProperty("employer.legalRepresentative", ""));
        employerAddress.set(p.getProperty("employer.address", ""));
        employerPhone.set(p.getProperty("employer.phone", ""));
        industry.set(p.getProperty("employer.industry", ""));
        long pickedId = longOr(p.getProperty("employer.id"), -1);
        pickedEmployer.set(pickedId < 0 ? null : new PickedEmployer(pickedId,
            p.getProperty("employer.picked.name", ""), p.getProperty("employer.picked.creditCode")));
        employerQuery.set("");
        employerMatches.clear();
        employerNote.set("");
        List<EvidenceRow> files = new ArrayList<>();
        int evidenceCount = Math.max(0, Math.min(500, intOr(p.getProperty("evidence"), 0)));
        for (int i = 0; i < evidenceCount; i++) {
            String path = p.getProperty("evidence." + i + ".path");
            try {
                EvidenceRow row = new EvidenceRow(Path.of(path));
                row.descriptionProperty().set(p.getProperty("evidence." + i + ".description", ""));
                files.add(row);
            } catch (InvalidPathException | NullPointerException e) {
                // A path this system cannot name is left out; the others are restored.
            }
        }
        evidenceRows.setAll(files);
        files.forEach(this::inspect);
        facts.set(p.getProperty("facts", ""));
        requests.set(p.getProperty("requests", ""));
        factsDate.set(date(p.getProperty("factsDate"), null));
        ongoingEmployment.set(Boolean.parseBoolean(p.getProperty("ongoingEmployment")));
        wantsLegalAid.set(Boolean.parseBoolean(p.getProperty("wantsLegalAid")));
        int count = Math.max(1, Math.min(500, intOr(p.getProperty("workers"), 1)));
        List<WorkerRow> rows = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            String at = "workers." + i + ".";
            WorkerRow w = new WorkerRow();
            w.nameProperty().set(p.getProperty(at + "name", ""));
            w.residentIdProperty().set(p.getProperty(at + "residentId", ""));
            w.phoneProperty().set(p.getProperty(at + "phone", ""));
            w.addressProperty().set(p.getProperty(at + "address", ""));
            w.representativeProperty().set(Boolean.parseBoolean(p.getProperty(at + "representative")));
            for (WorkerGroup group : WorkerGroup.values()) {
                w.groupProperty(group).set(Boolean.parseBoolean(p.getProperty(at + "group." + group.name())));
            }
            int claims = Math.max(1, Math.min(50, intOr(p.getProperty(at + "claims"), 1)));
            w.claims().clear();
            for (int k = 0; k < claims; k++) {
                ClaimRow c = new ClaimRow();
                c.categoryProperty().set(enumOr(DisputeCategory.class, p.getProperty(at + "claims." + k
                    + ".category"), DisputeCategory.WAGES));
                c.amountProperty().set(p.getProperty(at + "claims." + k + ".amount", ""));
                c.periodFromProperty().set(date(p.getProperty(at + "claims." + k + ".periodFrom"), null));
                c.periodToProperty().set(date(p.getProperty(at + "claims." + k + ".periodTo"), null));
                c.noteProperty().set(p.getProperty(at + "claims." + k + ".note", ""));
                w.claims().add(c);
            }
            rows.add(w);
        }
        workers.setAll(rows);
    }

    private Region region(String code) {
        return code == null ? null : intake.regions().byCode(code).orElse(null);
    }

    private static LocalDate date(String text, LocalDate fallback) {
        try {
            return text == null ? fallback : LocalDate.parse(text);
        } catch (RuntimeException e) {
            return fallback;
        }
    }

    private static long longOr(String text, long fallback) {
        try {
            return text == null ? fallback : Long.parseLong(text);
        } catch (NumberFormatException e) {
            return fallback;
        }
    }

    private static int intOr(String text, int fallback) {
        try {
            return text == null ? fallback : Integer.parseInt(text);
        } catch (NumberFormatException e) {
            return fallback;
        }
    }

    private static <E extends Enum<E>> E enumOr(Class<E> type, String name, E fallback) {
        try {
            return name == null ? fallback : Enum.valueOf(type, name);
        } catch (IllegalArgumentException e) {
            return fallback;
        }
    }

    // ---- court referrals ----

    /** Loads the courts that may refer cases, for the court choice; a draft's court is chosen once they are in. */
    public void loadCourts() {
        background.submit(courts::active, list -> {
            courtList.setAll(list);
            if (pendingCourtId != null && court.get() == null) {
                long id = pendingCourtId;
                restoring = true;
                court.set(list.stream().filter(c -> c.getId() == id).findFirst().orElse(null));
                restoring = false;
                revalidate();
            }
            pendingCourtId = null;
        }, this::failed);
    }

    /**
     * Prepares the form for a referral of {@code type} (the referral board's 登记转介): a registered case's form is
     * cleared first; a form being typed keeps what it has and takes the court source.
     */
    public void startReferral(ReferralType type) {
        if (mode.get() == Mode.REGISTERED) {
            startNew();
        }
        source.set(Objects.requireNonNull(type).caseSource());
    }

    /** How to open a registered case's page (by case number); without it the form offers no 打开案件. */
    public void setOnOpenCase(Consumer<String> opener) {
        this.openCase = opener;
    }

    /** Opens the case just registered. */
    public void openRegisteredCase() {
        if (openCase != null && registeredCaseNumber != null) {
            openCase.accept(registeredCaseNumber);
        }
    }

    /** Asks for the scan of a material on the checklist; choosing one ticks the material as received. */
    public void chooseScan(MaterialRow row) {
        List<Path> chosen = dialogs.chooseFilesToOpen(messages.get("referral.scan.choose"),
            messages.get("intake.evidence.filter"), FileText.EVIDENCE_PATTERNS);
        if (!chosen.isEmpty()) {
            row.scanProperty().set(chosen.get(0));
            row.receivedProperty().set(true);
        }
    }

    /** A court as the court choice shows it: code and name. */
    public static String courtText(Court court) {
        return court == null ? "" : court.getCode() + "  " + court.getName();
    }

    /**
     * Whether {@code court} is one the mediator may mean by {@code typed}: part of its name, or its code's start, with
     * or without the leading 内 (digits typed alone, as on a keypad).
     */
    public static boolean courtMatches(Court court, String typed) {
        String text = typed == null ? "" : typed.strip();
        return text.isEmpty() || court.getName().contains(text) || court.getCode().startsWith(text)
            || text.chars().allMatch(Character::isDigit) && court.getCode().startsWith("内" + text)
            || courtText(court).equals(text);
    }

    public ObservableList<Court> courts() {
        return courtList;
    }

    public ObjectProperty<Court> courtProperty() {
        return court;
    }

    public StringProperty judgeNameProperty() {
        return judgeName;
    }

    public StringProperty judgeContactProperty() {
        return judgeContact;
    }

    public ObservableList<MaterialRow> materials() {
        return materials;
    }

    public BooleanProperty canAcceptProperty() {
        return canAccept;
    }

    public BooleanProperty canOpenCaseProperty() {
        return canOpenCase;
    }

    // ---- properties for the view ----

    public List<Region> leagues() {
        return intake.regions().leagues();
    }

    public String label(Enum<?> value) {
        if (value instanceof CaseSource s) {
            return messages.get(s.messageKey());
        }
        if (value instanceof DisputeCategory c) {
            return messages.get(c.messageKey());
        }
        if (value instanceof WorkerGroup g) {
            return messages.get(g.messageKey());
        }
        if (value instanceof ConflictVerdict v) {
            return messages.get(v.messageKey());
        }
        if (value instanceof MaterialKind k) {
            return messages.get(k.messageKey());
        }
        return value.name();
    }

    /** One line for a finding: what matched and which case. */
    public String describe(ConflictFinding finding) {
        return messages.get("intake.conflict.line", messages.get("intake.conflict.kind." + finding.kind().name()),
            finding.matched(), finding.caseNumber());
    }

    public boolean isCourtSource() {
        return source.get() != null && source.get().isCourtReferral();
    }

    public ObjectProperty<Mode> modeProperty() {
        return mode;
    }

    public ObjectProperty<CaseSource> sourceProperty() {
        return source;
    }

    public StringProperty courtNameProperty() {
        return courtName;
    }

    public StringProperty courtCaseNumberProperty() {
        return courtCaseNumber;
    }

    public BooleanProperty simpleProcedureProperty() {
        return simpleProcedure;
    }

    public ObjectProperty<LocalDate> receivedDateProperty() {
        return receivedDate;
    }

    public ObjectProperty<Region> leagueProperty() {
        return league;
    }

    public ObjectProperty<Region> countyProperty() {
        return county;
    }

    public ObservableList<Region> counties() {
        return counties;
    }

    public StringProperty employerNameProperty() {
        return employerName;
    }

    public StringProperty creditCodeProperty() {
        return creditCode;
    }

    public StringProperty legalRepresentativeProperty() {
        return legalRepresentative;
    }

    public StringProperty employerAddressProperty() {
        return employerAddress;
    }

    public StringProperty employerPhoneProperty() {
        return employerPhone;
    }

    public StringProperty industryProperty() {
        return industry;
    }

    public ObservableList<WorkerRow> workers() {
        return workers;
    }

    public ObjectProperty<PickedEmployer> pickedEmployerProperty() {
        return pickedEmployer;
    }

    public StringProperty employerQueryProperty() {
        return employerQuery;
    }

    public ObservableList<Employer> employerMatches() {
        return employerMatches;
    }

    public StringProperty employerNoteProperty() {
        return employerNote;
    }

    public ObservableList<EvidenceRow> evidence() {
        return evidenceRows;
    }

    public StringProperty factsProperty() {
        return facts;
    }

    public StringProperty requestsProperty() {
        return requests;
    }

    public ObjectProperty<LocalDate> factsDateProperty() {
        return factsDate;
    }

    public BooleanProperty ongoingEmploymentProperty() {
        return ongoingEmployment;
    }

    public BooleanProperty wantsLegalAidProperty() {
        return wantsLegalAid;
    }

    public ObservableMap<String, String> problems() {
        return problems;
    }

    public StringProperty totalsProperty() {
        return totals;
    }

    public StringProperty collectiveHintProperty() {
        return collectiveHint;
    }

    public StringProperty limitationWarningProperty() {
        return limitationWarning;
    }

    public ObservableList<ConflictFinding> findings() {
        return findings;
    }

    public StringProperty conflictNoteProperty() {
        return conflictNote;
    }

    public StringProperty messageProperty() {
        return message;
    }

    public BooleanProperty busyProperty() {
        return busy;
    }

    public StringProperty draftStateProperty() {
        return draftState;
    }
}
