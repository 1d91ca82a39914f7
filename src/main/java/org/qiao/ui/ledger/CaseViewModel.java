// SPDX-License-Identifier: AGPL-3.0-or-later
package org.qiao.ui.ledger;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import org.qiao.domain.QiaoException;
import org.qiao.domain.cases.CaseStatus;
import org.qiao.domain.cases.CaseStatusChange;
import org.qiao.domain.cases.CaseTransitions;
import org.qiao.domain.cases.Evidence;
import org.qiao.domain.money.Money;
import org.qiao.domain.region.Region;
import org.qiao.domain.region.RegionDirectory;
import org.qiao.i18n.Messages;
import org.qiao.service.AuthService;
import org.qiao.service.CaseDetail;
import org.qiao.service.CaseLedgerService;
import org.qiao.service.CaseStatusService;
import org.qiao.service.EvidenceService;
import org.qiao.ui.BackgroundTasks;
import org.qiao.ui.DialogService;
import org.qiao.ui.ErrorText;
import org.qiao.ui.FileText;

/**
 * The case page, shown inside the ledger: the parties (resident IDs whole only for the roles allowed to see them),
 * claims per worker with subtotals, the case total, the status timeline with who, when and why, the mediation
 * deadline with the days left, the status decisions the case allows, and the evidence files. Each decision goes
 * through {@link CaseStatusService} against the version on screen, then the page reloads. People are named by their
 * display names (with the username when two accounts share one). An evidence file opens in the system's viewer only
 * after its content has been checked against the SHA-256 recorded when it was attached.
 */
public final class CaseViewModel {

    /**
     * The decisions offered here: accepting or refusing a registered case, the applicant's withdrawal and closing
     * the file. The other steps (mediation, agreement, performance, hand-back) belong to the mediation and court
     * screens, which record what those steps need besides the status.
     */
    static final List<CaseStatus> DECISIONS = List.of(CaseStatus.ACCEPTED, CaseStatus.NOT_ACCEPTED,
        CaseStatus.WITHDRAWN, CaseStatus.CLOSED);

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    /** One evidence file on the case page, with its texts in the user's language. */
    public record EvidenceLine(long id, String fileName, String size, String sha256, String shortHash,
                               String description, String added) {
    }

    private final CaseLedgerService ledger;
    private final CaseStatusService caseStatus;
    private final EvidenceService evidence;
    private final AuthService auth;
    private final FileText fileText;
    private final RegionDirectory regions;
    private final Messages messages;
    private final BackgroundTasks background;
    private final ErrorText errors;
    private final DialogService dialogs;
    private final Clock clock;

    private final BooleanProperty showing = new SimpleBooleanProperty(false);
    private final BooleanProperty busy = new SimpleBooleanProperty(false);
    private final ObjectProperty<CaseDetail> detail = new SimpleObjectProperty<>();
    private final ObservableList<String> timeline = FXCollections.observableArrayList();
    private final ObservableList<CaseStatus> actions = FXCollections.observableArrayList();
    private final ObservableList<EvidenceLine> evidenceLines = FXCollections.observableArrayList();
    private final StringProperty heading = new SimpleStringProperty("");
    private final StringProperty overview = new SimpleStringProperty("");
    private final StringProperty deadline = new SimpleStringProperty("");
    private final StringProperty totals = new SimpleStringProperty("");
    private final StringProperty message = new SimpleStringProperty("");

    private String caseNumber;
    /** Whether a decision was recorded since the page opened, so the list behind it is stale. */
    private boolean changed;
    private Runnable onBack = () -> { };

    public CaseViewModel(CaseLedgerService ledger, CaseStatusService caseStatus, EvidenceService evidence,
                         AuthService auth, RegionDirectory regions, Messages messages, BackgroundTasks background,
                         ErrorText errors, DialogService dialogs, Clock clock) {
        this.ledger = Objects.requireNonNull(ledger);
        this.caseStatus = Objects.requireNonNull(caseStatus);
        this.evidence = Objects.requireNonNull(evidence);
        this.auth = Objects.requireNonNull(auth);
        this.fileText = new FileText(messages);
        this.regions = Objects.requireNonNull(regions);
        this.messages = Objects.requireNonNull(messages);
        this.background = Objects.requireNonNull(background);
        this.errors = Objects.requireNonNull(errors);
        this.dialogs = Objects.requireNonNull(dialogs);
        this.clock = Objects.requireNonNull(clock);
    }

    /** Called with {@code true} when the mediator goes back to the list after recording a decision. */
    public void setOnBack(Runnable onBack) {
        this.onBack = Objects.requireNonNull(onBack);
    }

    private record Loaded(Optional<CaseDetail> detail, List<CaseStatusChange> history, List<Evidence> files,
                          Map<String, AuthService.PersonName> names) {
    }

    /** Shows the case {@code number}, loading it in the background. */
    public void open(String number) {
        caseNumber = Objects.requireNonNull(number);
        changed = false;
        message.set("");
        showing.set(true);
        load();
    }

    private void load() {
        busy.set(true);
        String number = caseNumber;
        background.submit(() -> {
            Optional<CaseDetail> found = ledger.show(number);
            List<CaseStatusChange> history = found.map(d -> caseStatus.history(d.id())).orElse(List.of());
            List<Evidence> files = found.map(d -> evidence.list(d.id())).orElse(List.of());
            Set<String> people = new HashSet<>();
            history.forEach(change -> people.add(change.getByUser()));
            files.forEach(file -> people.add(file.getAddedBy()));
            return new Loaded(found, history, files, auth.names(people));
        }, loaded -> {
            busy.set(false);
            if (loaded.detail().isEmpty()) {
                clear();
                message.set(messages.get("cases.unknown", number));
                return;
            }
            show(loaded.detail().get(), loaded.history(), loaded.files(), loaded.names());
        }, failure -> {
            busy.set(false);
            message.set(errors.of(failure));
        });
    }

    private void clear() {
        detail.set(null);
        timeline.clear();
        actions.clear();
        evidenceLines.clear();
        heading.set(caseNumber);
        overview.set("");
        deadline.set("");
        totals.set("");
    }

    private void show(CaseDetail d, List<CaseStatusChange> history, List<Evidence> files,
                      Map<String, AuthService.PersonName> names) {
        timeline.setAll(history.stream().map(change -> timelineLine(change, names)).toList());
        evidenceLines.setAll(files.stream().map(file -> evidenceLine(file, names)).toList());
        detail.set(d);
        heading.set(messages.get("case.page.heading", d.caseNumber(), messages.get(d.status().messageKey())));
        String region = d.regionCode() == null ? "" : regions.byCode(d.regionCode()).map(Region::name)
            .orElse(d.regionCode());
        StringBuilder text = new StringBuilder(messages.get("case.page.overview", messages.get(d.source().messageKey()),
            String.valueOf(d.receivedDate()), region, d.studio() == null ? "" : d.studio(),
            d.mediatorName() == null ? messages.get("ledger.mediator.none") : d.mediatorName()));
        if (d.courtCaseNumber() != null || d.courtName() != null) {
            text.append('\n').append(messages.get("case.page.court", Objects.toString(d.courtName(), ""),
                Objects.toString(d.courtCaseNumber(), "")));
        }
        overview.set(text.toString());
        deadline.set(deadlineText(d));
        totals.set(messages.get("case.page.totals", d.workers().size(), amount(d.totalClaimed()))
            + (d.collective() ? " " + messages.get("case.page.collective") : ""));
        actions.setAll(DECISIONS.stream().filter(to -> CaseTransitions.isAllowed(d.status(), to)).toList());
    }

    /** The mediation deadline and what is left of it, counted in calendar days from today. */
    String deadlineText(CaseDetail d) {
        LocalDate due = d.mediationDueDate();
        if (d.mediationSuspendedSince() != null && CaseLedgerService.DEADLINE_RUNNING.contains(d.status())) {
            return messages.get("case.page.deadline.suspended", d.mediationSuspendedSince().toString());
        }
        if (due == null) {
            return messages.get(d.status() == CaseStatus.INTAKE ? "case.page.deadline.notYet"
                : "case.page.deadline.none");
        }
        if (!CaseLedgerService.DEADLINE_RUNNING.contains(d.status())) {
            return messages.get("case.page.deadline.past", due.toString());
        }
        long days = ChronoUnit.DAYS.between(LocalDate.now(clock), due);
        if (days > 0) {
            return messages.get("case.page.deadline.left", due.toString(), days);
        }
        if (days == 0) {
            return messages.get("case.page.deadline.today", due.toString());
        }
        return messages.get("case.page.deadline.overdue", due.toString(), -days);
    }

    private String timelineLine(CaseStatusChange change, Map<String, AuthService.PersonName> names) {
        String to = messages.get(change.getToStatus().messageKey());
        String step = change.getFromStatus() == null ? messages.get("case.page.timeline.registered", to)
            : messages.get("case.page.timeline.step", messages.get(change.getFromStatus().messageKey()), to);
        String line = messages.get("case.page.timeline.line", change.getAt().format(WHEN),
            person(change.getByUser(), names), step);
        return change.getReason() == null ? line : line + messages.get("case.page.timeline.reason",
            change.getReason());
    }

    /**
     * How a person who acted on the case is named: the display name, with the username when another account has the
     * same display name; the recorded name as it is when no account has it (a command-line user, a removed account).
     */
    String person(String username, Map<String, AuthService.PersonName> names) {
        AuthService.PersonName name = names.get(username);
        if (name == null) {
            return username;
        }
        return name.shared() ? messages.get("case.page.person.ambiguous", name.displayName(), name.username())
            : name.displayName();
    }

    private EvidenceLine evidenceLine(Evidence file, Map<String, AuthService.PersonName> names) {
        return new EvidenceLine(file.getId(), file.getFileName(), fileText.size(file.getSizeBytes()),
            file.getSha256(), FileText.shortHash(file.getSha256()), Objects.toString(file.getDescription(), ""),
            messages.get("case.page.evidence.added", file.getAddedAt().format(WHEN),
                person(file.getAddedBy(), names)));
    }

    // ---- evidence ----

    /**
     * Opens an evidence file in the system's viewer: a copy, made after checking the stored file still has the
     * SHA-256 recorded when it was attached. A changed or missing file is not opened, and the page says why.
     */
    public void openEvidence(EvidenceLine line) {
        if (line == null || busy.get()) {
            return;
        }
        busy.set(true);
        background.submit(() -> evidence.copyForViewing(line.id()), (Path copy) -> {
            busy.set(false);
            try {
                dialogs.openWithSystem(copy);
                message.set(messages.get("case.page.evidence.opened", line.fileName()));
            } catch (RuntimeException e) {
                message.set(errors.of(e));
            }
        }, failure -> {
            busy.set(false);
            message.set(errors.of(failure));
        });
    }

    /**
     * Attaches more files to the case shown: several at once, with one description for them (asked after the
     * files are chosen; cancelling it attaches nothing). Files already read stay attached if a later one fails.
     */
    public void attachEvidence() {
        CaseDetail d = detail.get();
        if (d == null || busy.get()) {
            return;
        }
        List<Path> chosen = dialogs.chooseFilesToOpen(messages.get("intake.evidence.choose"),
            messages.get("intake.evidence.filter"), FileText.EVIDENCE_PATTERNS);
        if (chosen.isEmpty()) {
            return;
        }
        Optional<String> description = dialogs.askText(messages.get("case.page.evidence.attach"),
            messages.get("case.page.evidence.describe", chosen.size()));
        if (description.isEmpty()) {
            return;
        }
        busy.set(true);
        background.submit(() -> {
            for (Path file : chosen) {
                evidence.attach(d.id(), file, description.get());
            }
            return chosen.size();
        }, count -> {
            load();
            message.set(messages.get("case.page.evidence.attached", count));
        }, failure -> {
            load();
            message.set(errors.of(failure));
        });
    }

    /** What the evidence list says when the case has no file. */
    public String noEvidenceText() {
        return messages.get("case.page.evidence.none");
    }

    /** The label of an evidence row's open button. */
    public String openLabel() {
        return messages.get("case.page.evidence.open");
    }

    /** The short SHA-256 shown on a row (the whole value is in its tooltip). */
    public String hashText(EvidenceLine line) {
        return messages.get("intake.evidence.sha", line.shortHash());
    }

    /** What the timeline says when no change was recorded. */
    public String noTimelineText() {
        return messages.get("case.page.timeline.empty");
    }

    // ---- decisions ----

    /** The label of a decision's button. */
    public String actionLabel(CaseStatus target) {
        return switch (target) {
            case ACCEPTED -> messages.get("case.action.accept");
            case NOT_ACCEPTED -> messages.get("case.action.notAccept");
            case WITHDRAWN -> messages.get("case.action.withdraw");
            case CLOSED -> messages.get("case.action.close");
            default -> messages.get(target.messageKey());
        };
    }

    /**
     * Records the decision {@code target} on the case shown, asking for the reason first when one is required
     * (a refusal, a withdrawal, a closing); cancelling the question records nothing.
     */
    public void decide(CaseStatus target) {
        CaseDetail d = detail.get();
        if (d == null || busy.get() || !actions.contains(target)) {
            return;
        }
        String reason = null;
        if (CaseTransitions.requiresReason(target)) {
            Optional<String> asked = dialogs.askText(actionLabel(target),
                messages.get("case.action.reason", d.caseNumber(), actionLabel(target)));
            if (asked.isEmpty()) {
                return;
            }
            reason = asked.get();
            if (reason.isBlank()) {
                message.set(errors.of(new QiaoException("status.reason.required", messages.get(target.messageKey()))));
                return;
            }
        }
        String why = reason;
        busy.set(true);
        background.submit(() -> caseStatus.change(d.id(), d.version(), target, why), done -> {
            changed = true;
            message.set(done.mediationDue() == null
                ? messages.get("case.action.done", messages.get(done.status().messageKey()))
                : messages.get("case.action.accepted", done.mediationDue().toString()));
            load();
        }, failure -> {
            busy.set(false);
            message.set(errors.of(failure));
        });
    }

    /**
     * Loads the case shown again after a section of the page changed it (a session scheduled, an agreement signed,
     * a payment recorded); the list behind it reloads on back. Nothing happens while no case is shown.
     */
    public void reload() {
        if (caseNumber != null && showing.get()) {
            changed = true;
            load();
        }
    }

    /** Back to the list; the list reloads if a decision changed this case. */
    public void back() {
        showing.set(false);
        if (changed) {
            changed = false;
            onBack.run();
        }
    }

    // ---- texts for the parties ----

    public String workerHeading(int index, CaseDetail.WorkerParty worker) {
        String groups = worker.groups().stream().sorted().map(g -> messages.get(g.messageKey()))
            .collect(Collectors.joining(messages.get("list.separator")));
        return messages.get("case.page.worker", index + 1, worker.name(),
            worker.residentId() == null ? "" : worker.residentId(), worker.phone() == null ? "" : worker.phone(),
            groups.isEmpty() ? "" : messages.get("case.page.worker.groups", groups));
    }

    private String period(LocalDate from, LocalDate to) {
        if (from != null && to != null) {
            return messages.get("case.page.claim.period", from.toString(), to.toString());
        }
        if (from != null) {
            return messages.get("case.page.claim.periodFrom", from.toString());
        }
        return to == null ? "" : messages.get("case.page.claim.periodTo", to.toString());
    }

    public String claimLine(CaseDetail.ClaimLine claim) {
        return messages.get("case.page.claim", messages.get(claim.category().messageKey()), amount(claim.amount()),
            period(claim.periodFrom(), claim.periodTo()), claim.note() == null ? "" : claim.note());
    }

    public String subtotal(CaseDetail.WorkerParty worker) {
        return messages.get("case.page.subtotal", amount(worker.totalClaimed()));
    }

    /** The employer's particulars, one "label: value" line each. */
    public List<String> employerLines(CaseDetail.EmployerParty e) {
        String region = e.regionCode() == null ? "" : regions.byCode(e.regionCode()).map(Region::name)
            .orElse(e.regionCode());
        return List.of(messages.get("case.page.employer.name", e.name()),
            messages.get("case.page.employer.creditCode", Objects.toString(e.creditCode(), "")),
            messages.get("case.page.employer.legalRepresentative", Objects.toString(e.legalRepresentative(), "")),
            messages.get("case.page.employer.contact", Objects.toString(e.phone(), ""),
                Objects.toString(e.address(), "")),
            messages.get("case.page.employer.industry", Objects.toString(e.industry(), ""), region));
    }

    private static String amount(BigDecimal value) {
        return Money.of(value).toGroupedString();
    }

    // ---- properties ----

    public BooleanProperty showingProperty() {
        return showing;
    }

    public BooleanProperty busyProperty() {
        return busy;
    }

    public ObjectProperty<CaseDetail> detailProperty() {
        return detail;
    }

    public ObservableList<String> timeline() {
        return timeline;
    }

    public ObservableList<CaseStatus> actions() {
        return actions;
    }

    public ObservableList<EvidenceLine> evidence() {
        return evidenceLines;
    }

    public StringProperty headingProperty() {
        return heading;
    }

    public StringProperty overviewProperty() {
        return overview;
    }

    public StringProperty deadlineProperty() {
        return deadline;
    }

    public StringProperty totalsProperty() {
        return totals;
    }

    public StringProperty messageProperty() {
        return message;
    }
}
