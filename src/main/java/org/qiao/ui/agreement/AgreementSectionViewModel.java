// SPDX-License-Identifier: AGPL-3.0-or-later
package org.qiao.ui.agreement;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import org.qiao.domain.ValidationException;
import org.qiao.domain.agreement.AgreementStatus;
import org.qiao.domain.cases.CaseStatus;
import org.qiao.i18n.Messages;
import org.qiao.service.AgreementDraft;
import org.qiao.service.AgreementService;
import org.qiao.service.AgreementVersion;
import org.qiao.service.CaseDetail;
import org.qiao.ui.BackgroundTasks;
import org.qiao.ui.DialogService;
import org.qiao.ui.DocumentOutput;
import org.qiao.ui.ErrorText;

/**
 * The case page's 调解协议 section: the versions of the case's agreement with their status and total, drafting
 * the first one from the case, editing a draft in the builder, signing it on a date (which locks it and may move
 * the case to {@code AGREEMENT_SIGNED}, so the case page reloads), a new version after signing (with a reason), and
 * any version's PDF opened in the system viewer or sent to the printer through {@code documents}.
 */
public final class AgreementSectionViewModel {

    /** The statuses in which a first agreement may be drafted. */
    static final Set<CaseStatus> DRAFTABLE = Set.of(CaseStatus.ACCEPTED, CaseStatus.IN_MEDIATION);

    /** A version as the list shows it. */
    public record VersionLine(AgreementVersion version, String text) {

        public boolean draft() {
            return version.isDraft();
        }

        public boolean inForce() {
            return version.status() == AgreementStatus.SIGNED;
        }
    }

    private final AgreementService agreements;
    private final ReadOnlyObjectProperty<CaseDetail> detail;
    private final Runnable caseChanged;
    private final Messages messages;
    private final BackgroundTasks background;
    private final ErrorText errors;
    private final DialogService dialogs;
    private final DocumentOutput documents;
    private final Clock clock;

    private final ObservableList<VersionLine> versions = FXCollections.observableArrayList();
    private final BooleanProperty busy = new SimpleBooleanProperty(false);
    private final BooleanProperty canDraft = new SimpleBooleanProperty(false);
    private final BooleanProperty editing = new SimpleBooleanProperty(false);
    private final StringProperty message = new SimpleStringProperty("");
    private final StringProperty signDate = new SimpleStringProperty("");
    private final StringProperty editingTitle = new SimpleStringProperty("");
    private final AgreementBuilderViewModel builder;

    /** The version in the builder: {@code null} while drafting the first one. */
    private AgreementVersion edited;

    public AgreementSectionViewModel(AgreementService agreements, ReadOnlyObjectProperty<CaseDetail> detail,
                                     Runnable caseChanged, Messages messages, BackgroundTasks background,
                                     ErrorText errors, DialogService dialogs, DocumentOutput documents, Clock clock) {
        this.agreements = Objects.requireNonNull(agreements);
        this.detail = Objects.requireNonNull(detail);
        this.caseChanged = Objects.requireNonNull(caseChanged);
        this.messages = Objects.requireNonNull(messages);
        this.background = Objects.requireNonNull(background);
        this.errors = Objects.requireNonNull(errors);
        this.dialogs = Objects.requireNonNull(dialogs);
        this.documents = Objects.requireNonNull(documents);
        this.clock = Objects.requireNonNull(clock);
        this.builder = new AgreementBuilderViewModel(messages);
        detail.addListener((obs, old, now) -> {
            if (old == null || now == null || old.id() != now.id()) {
                editing.set(false);
                message.set("");
            }
            reload();
        });
    }

    private void reload() {
        CaseDetail d = detail.get();
        if (d == null) {
            versions.clear();
            canDraft.set(false);
            return;
        }
        signDate.set(LocalDate.now(clock).toString());
        busy.set(true);
        background.submit(() -> agreements.versions(d.id()), loaded -> {
            busy.set(false);
            versions.setAll(loaded.stream().map(v -> new VersionLine(v, line(v))).toList());
            canDraft.set(loaded.isEmpty() && DRAFTABLE.contains(d.status()));
        }, this::failed);
    }

    String line(AgreementVersion v) {
        String text = messages.get("agreement.section.line", v.agreementNumber(), v.version(),
            messages.get(v.status().messageKey()), v.drawnDate().toString(),
            v.signedDate() == null ? messages.get("agreement.section.unsigned") : v.signedDate().toString(),
            v.total().toGroupedString());
        return v.changeReason() == null ? text : text + messages.get("agreement.section.reason", v.changeReason());
    }

    /** Opens the builder on a first draft prefilled from the case. */
    public void startDraft() {
        CaseDetail d = detail.get();
        if (d == null || busy.get() || !canDraft.get()) {
            return;
        }
        busy.set(true);
        background.submit(() -> new Loaded(agreements.prefill(d.id()), agreements.mediators()), loaded -> {
            busy.set(false);
            edited = null;
            builder.load(loaded.draft(), loaded.mediators());
            editingTitle.set(messages.get("agreement.builder.titleNew"));
            message.set("");
            editing.set(true);
        }, this::failed);
    }

    private record Loaded(AgreementDraft draft, List<AgreementService.MediatorChoice> mediators) {
    }

    /** Opens the builder on a draft version. */
    public void edit(VersionLine line) {
        if (line == null || !line.draft() || busy.get()) {
            return;
        }
        busy.set(true);
        background.submit(() -> new Opened(agreements.open(line.version().id()), agreements.mediators()), opened -> {
            busy.set(false);
            edited = opened.opened().version();
            builder.load(opened.opened().content(), opened.mediators());
            editingTitle.set(messages.get("agreement.builder.titleEdit", edited.version()));
            message.set("");
            editing.set(true);
        }, this::failed);
    }

    private record Opened(AgreementService.Opened opened, List<AgreementService.MediatorChoice> mediators) {
    }

    /** Saves the builder's draft; refused input stays in the form with the problems next to their fields. */
    public void save() {
        CaseDetail d = detail.get();
        if (d == null || busy.get() || !editing.get()) {
            return;
        }
        Optional<AgreementDraft> draft = builder.toDraft();
        if (draft.isEmpty()) {
            message.set(messages.get("agreement.builder.fix"));
            return;
        }
        Long id = edited == null ? null : edited.id();
        Long rowVersion = edited == null ? null : edited.rowVersion();
        busy.set(true);
        background.submit(() -> agreements.save(d.id(), id, rowVersion, draft.get()), saved -> {
            busy.set(false);
            editing.set(false);
            message.set(messages.get("agreement.section.saved", saved.version()));
            reload();
        }, failure -> {
            busy.set(false);
            if (failure instanceof ValidationException refused) {
                builder.show(refused);
                message.set(messages.get("agreement.builder.fix"));
            } else {
                message.set(errors.of(failure));
            }
        });
    }

    /** Closes the builder without saving. */
    public void cancel() {
        editing.set(false);
        builder.problems().clear();
    }

    /** Signs a draft on the date in the sign-date field. */
    public void sign(VersionLine line) {
        if (line == null || !line.draft() || busy.get() || editing.get()) {
            return;
        }
        LocalDate date;
        try {
            date = LocalDate.parse(signDate.get().strip());
        } catch (DateTimeParseException e) {
            message.set(messages.get("agreement.builder.date.invalid", signDate.get().strip()));
            return;
        }
        busy.set(true);
        background.submit(() -> agreements.sign(line.version().id(), line.version().rowVersion(), date), signed -> {
            busy.set(false);
            message.set(messages.get("agreement.section.signed", signed.version(), signed.signedDate().toString()));
            caseChanged.run();
        }, this::failed);
    }

    /** Starts a new version of the signed one, asking why first; cancelling creates nothing. */
    public void newVersion(VersionLine line) {
        if (line == null || !line.inForce() || busy.get() || editing.get()) {
            return;
        }
        Optional<String> reason = dialogs.askText(messages.get("agreement.section.newVersion"),
            messages.get("agreement.section.newVersion.reason", line.version().version()));
        if (reason.isEmpty()) {
            return;
        }
        busy.set(true);
        background.submit(() -> agreements.newVersion(line.version().id(), reason.get()), created -> {
            busy.set(false);
            message.set(messages.get("agreement.section.newVersion.created", created.version()));
            reload();
        }, this::failed);
    }

    /** Writes the version's PDF and opens it in the system viewer. */
    public void openPdf(VersionLine line) {
        output(line, DocumentOutput.Delivery.OPEN, "agreement.section.opened");
    }

    /** Writes the version's PDF and sends it to the default printer. */
    public void print(VersionLine line) {
        output(line, DocumentOutput.Delivery.PRINT, "agreement.section.printed");
    }

    private void output(VersionLine line, DocumentOutput.Delivery delivery, String doneKey) {
        if (line == null || busy.get()) {
            return;
        }
        busy.set(true);
        AgreementVersion v = line.version();
        background.submit(() -> documents.deliver(fileName(v), agreements.pdf(v.id()), delivery), file -> {
            busy.set(false);
            message.set(messages.get(doneKey, file.toString()));
        }, this::failed);
    }

    /** The PDF's name without extension: the agreement number and version. */
    static String fileName(AgreementVersion v) {
        return v.agreementNumber() + "-v" + v.version();
    }

    /** A refusal in words: a signature's or new version's field problems themselves, as they have no field here. */
    private void failed(Throwable failure) {
        busy.set(false);
        if (failure instanceof ValidationException refused) {
            message.set(String.join("\n", refused.problems().stream()
                .map(p -> messages.get(p.messageKey(), p.args())).toList()));
        } else {
            message.set(errors.of(failure));
        }
    }

    public AgreementBuilderViewModel builder() {
        return builder;
    }

    public ObservableList<VersionLine> versions() {
        return versions;
    }

    public BooleanProperty busyProperty() {
        return busy;
    }

    public BooleanProperty canDraftProperty() {
        return canDraft;
    }

    public BooleanProperty editingProperty() {
        return editing;
    }

    public StringProperty messageProperty() {
        return message;
    }

    public StringProperty signDateProperty() {
        return signDate;
    }

    public StringProperty editingTitleProperty() {
        return editingTitle;
    }
}
