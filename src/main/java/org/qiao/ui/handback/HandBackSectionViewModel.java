// SPDX-License-Identifier: AGPL-3.0-or-later
package org.qiao.ui.handback;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.Callable;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.ObservableMap;
import org.qiao.domain.FieldProblem;
import org.qiao.domain.ValidationException;
import org.qiao.domain.court.CourtOutcome;
import org.qiao.domain.court.HandBackKind;
import org.qiao.domain.court.HandBackReason;
import org.qiao.i18n.Messages;
import org.qiao.service.CaseDetail;
import org.qiao.service.HandBackService;
import org.qiao.ui.BackgroundTasks;
import org.qiao.ui.DocumentOutput;
import org.qiao.ui.ErrorText;

/**
 * The case page's 诉调对接 section, for a case a court referred: the referral and its materials, where it stands,
 * the 30 days to apply for judicial confirmation (marked once passed without an application), and the forms to hand
 * it back (调解成功退回, 调解不成退回), to record the application date and the court's outcome, and the hand-back's
 * papers opened or printed through {@code documents}. A refused form keeps what was typed, with each problem under
 * its field ({@link #problems}, keyed {@code <form>.<field>}); a recorded step reloads the case page.
 */
public final class HandBackSectionViewModel {

    /** A document of the hand-back: its kind ({@link HandBackService#HANDBACK_LETTER}, …) and name. */
    public record DocumentLine(String kind, String label) {
    }

    private final HandBackService handBacks;
    private final ReadOnlyObjectProperty<CaseDetail> detail;
    private final Runnable caseChanged;
    private final Messages messages;
    private final BackgroundTasks background;
    private final ErrorText errors;
    private final DocumentOutput documents;
    private final Clock clock;

    private final ObjectProperty<HandBackService.View> view = new SimpleObjectProperty<>();
    private final BooleanProperty available = new SimpleBooleanProperty(false);
    private final BooleanProperty busy = new SimpleBooleanProperty(false);
    private final BooleanProperty canSucceed = new SimpleBooleanProperty(false);
    private final BooleanProperty canFail = new SimpleBooleanProperty(false);
    private final BooleanProperty canApply = new SimpleBooleanProperty(false);
    /** The application for confirmation is recorded already: the form corrects its date. */
    private final BooleanProperty applied = new SimpleBooleanProperty(false);
    private final BooleanProperty canRecordOutcome = new SimpleBooleanProperty(false);
    private final BooleanProperty windowMissed = new SimpleBooleanProperty(false);
    private final StringProperty referral = new SimpleStringProperty("");
    private final StringProperty materials = new SimpleStringProperty("");
    private final StringProperty status = new SimpleStringProperty("");
    private final StringProperty window = new SimpleStringProperty("");
    private final StringProperty handBack = new SimpleStringProperty("");
    private final StringProperty outcomeText = new SimpleStringProperty("");
    private final StringProperty message = new SimpleStringProperty("");
    private final ObservableList<DocumentLine> documentLines = FXCollections.observableArrayList();
    private final ObservableMap<String, String> problems = FXCollections.observableHashMap();

    private final StringProperty successDate = new SimpleStringProperty("");
    private final StringProperty successNote = new SimpleStringProperty("");
    private final ObjectProperty<HandBackReason> failureReason = new SimpleObjectProperty<>();
    private final StringProperty failureDate = new SimpleStringProperty("");
    private final StringProperty failureFacts = new SimpleStringProperty("");
    private final StringProperty failureNote = new SimpleStringProperty("");
    private final StringProperty appliedDate = new SimpleStringProperty("");
    private final ObjectProperty<CourtOutcome> outcome = new SimpleObjectProperty<>();
    private final StringProperty outcomeNumber = new SimpleStringProperty("");
    private final StringProperty outcomeDate = new SimpleStringProperty("");
    private final StringProperty outcomeNote = new SimpleStringProperty("");
    private final ObservableList<HandBackReason> reasons = FXCollections.observableArrayList(
        HandBackService.FAILURE_REASONS);
    private final ObservableList<CourtOutcome> outcomes = FXCollections.observableArrayList();

    public HandBackSectionViewModel(HandBackService handBacks, ReadOnlyObjectProperty<CaseDetail> detail,
        Runnable caseChanged, Messages messages, BackgroundTasks background, ErrorText errors,
        DocumentOutput documents, Clock clock) {
        this.handBacks = Objects.requireNonNull(handBacks);
        this.detail = Objects.requireNonNull(detail);
        this.caseChanged = Objects.requireNonNull(caseChanged);
        this.messages = Objects.requireNonNull(messages);
        this.background = Objects.requireNonNull(background);
        this.errors = Objects.requireNonNull(errors);
        this.documents = Objects.requireNonNull(documents);
        this.clock = Objects.requireNonNull(clock);
        detail.addListener((obs, old, now) -> {
            if (old == null || now == null || old.id() != now.id()) {
                message.set("");
                clearForms();
            }
            reload();
        });
    }

    private void reload() {
        CaseDetail d = detail.get();
        if (d == null) {
            show(Optional.empty());
            return;
        }
        busy.set(true);
        background.submit(() -> handBacks.find(d.id()), found -> {
            busy.set(false);
            show(found);
        }, this::failed);
    }

    private void show(Optional<HandBackService.View> found) {
        view.set(found.orElse(null));
        available.set(found.isPresent());
        if (found.isEmpty()) {
            documentLines.clear();
            canSucceed.set(false);
            canFail.set(false);
            canApply.set(false);
            canRecordOutcome.set(false);
            return;
        }
        HandBackService.View v = found.get();
        referral.set(messages.get("handback.ui.referral", v.courtName(), v.courtCaseNumber(),
            messages.get(v.type().messageKey()), v.judgeContact() == null || v.judgeContact().isBlank() ? v.judgeName()
                : messages.get("handback.ui.judgeWithContact", v.judgeName(), v.judgeContact()),
            v.signedForDate().toString(), v.caseNumber()));
        List<String> listed = v.materials().stream().map(m -> m.note() == null || m.note().isBlank()
            ? messages.get(m.kind().messageKey())
            : messages.get("handback.ui.material", messages.get(m.kind().messageKey()), m.note())).toList();
        materials.set(messages.get("handback.ui.materials", listed.isEmpty() ? messages.get("handback.ui.none")
            : String.join(messages.get("list.separator"), listed)));
        status.set(messages.get("handback.ui.status", messages.get(v.status().messageKey()),
            messages.get(v.caseStatus().messageKey())));
        window.set(v.window().map(this::windowText).orElse(""));
        windowMissed.set(v.window().map(HandBackService.ConfirmationWindow::missed).orElse(false));
        handBack.set(v.handedBack() ? handBackText(v) : "");
        outcomeText.set(v.outcome() == null ? "" : messages.get("handback.ui.outcome",
            messages.get(v.outcome().messageKey()), v.outcomeNumber() == null ? "" : v.outcomeNumber(),
            v.outcomeDate().toString(), v.outcomeNote() == null ? "" : v.outcomeNote()));
        canSucceed.set(!v.handedBack() && v.window().isPresent());
        canFail.set(!v.handedBack() && v.window().isEmpty() && HandBackService.failureAllowedFrom(v.caseStatus()));
        canApply.set(v.handBackKind() == HandBackKind.SUCCESS && v.outcome() == null);
        canRecordOutcome.set(v.handedBack() && v.outcome() == null);
        outcomes.setAll(v.handedBack() ? HandBackService.outcomesAfter(v.handBackKind()) : List.of());
        documentLines.setAll(v.handedBack() ? HandBackService.kindsFor(v.handBackKind()).stream()
            .map(kind -> new DocumentLine(kind, messages.get(HandBackService.labelKey(kind)))).toList() : List.of());
        applied.set(v.window().map(HandBackService.ConfirmationWindow::applied).orElse(false));
        if (applied.get() && appliedDate.get().isBlank()) {
            appliedDate.set(v.window().orElseThrow().appliedDate().toString());
        }
        if (failureReason.get() == null && canFail.get()) {
            HandBackService.proposedReason(v.caseStatus()).ifPresent(failureReason::set);
        }
        String today = LocalDate.now(clock).toString();
        for (StringProperty date : List.of(successDate, failureDate, appliedDate, outcomeDate)) {
            if (date.get().isBlank()) {
                date.set(today);
            }
        }
    }

    private String windowText(HandBackService.ConfirmationWindow w) {
        if (w.applied()) {
            return messages.get("handback.ui.window.applied", w.agreementNumber(), w.due().toString(),
                w.appliedDate().toString());
        }
        return messages.get(w.daysLeft() < 0 ? "handback.ui.window.passed" : "handback.ui.window", w.agreementNumber(),
            w.agreementSigned().toString(), w.due().toString(), Math.abs(w.daysLeft()));
    }

    private String handBackText(HandBackService.View v) {
        String text = messages.get("handback.ui.handedBack", v.handedBackDate().toString(),
            messages.get(v.handBackReason().messageKey()));
        if (v.undisputedFacts() != null) {
            text += "\n" + messages.get("handback.ui.shown.facts", v.undisputedFacts());
        }
        if (v.handBackNote() != null) {
            text += "\n" + messages.get("handback.ui.shown.note", v.handBackNote());
        }
        return text;
    }

    /** Hands the referral back as a success on the date in the form. */
    public void handBackSuccess() {
        HandBackService.View v = view.get();
        Optional<LocalDate> date = date("success", successDate);
        if (v == null || date.isEmpty() || busy.get()) {
            return;
        }
        submit("success", () -> handBacks.handBackSuccess(v.caseId(), v.referralVersion(), date.get(),
            successNote.get()), "handback.ui.done.success");
    }

    /** Hands the referral back as a failure with the reason, date, facts and note in the form. */
    public void handBackFailure() {
        HandBackService.View v = view.get();
        Optional<LocalDate> date = date("failure", failureDate);
        if (v == null || date.isEmpty() || busy.get()) {
            return;
        }
        submit("failure", () -> handBacks.handBackFailure(v.caseId(), v.referralVersion(), failureReason.get(),
            date.get(), failureFacts.get(), failureNote.get()), "handback.ui.done.failure");
    }

    /** Records the day the parties applied for judicial confirmation. */
    public void recordApplied() {
        HandBackService.View v = view.get();
        Optional<LocalDate> date = date("applied", appliedDate);
        if (v == null || date.isEmpty() || busy.get()) {
            return;
        }
        submit("applied", () -> handBacks.recordConfirmationApplied(v.caseId(), v.referralVersion(), date.get()),
            "handback.ui.done.applied");
    }

    /** Records the court's outcome. */
    public void recordOutcome() {
        HandBackService.View v = view.get();
        Optional<LocalDate> date = date("outcome", outcomeDate);
        if (v == null || date.isEmpty() || busy.get()) {
            return;
        }
        submit("outcome", () -> handBacks.recordOutcome(v.caseId(), v.referralVersion(), outcome.get(),
            outcomeNumber.get(), date.get(), outcomeNote.get()), "handback.ui.done.outcome");
    }

    /** The date typed in {@code field}, or a problem under it ({@code <form>.date}) and empty. */
    private Optional<LocalDate> date(String form, StringProperty field) {
        clearProblems(form);
        try {
            return Optional.of(LocalDate.parse(field.get().strip()));
        } catch (DateTimeParseException e) {
            problems.put(form + ".date", messages.get("agreement.builder.date.invalid", field.get().strip()));
            return Optional.empty();
        }
    }

    private void submit(String form, Callable<HandBackService.View> work, String doneKey) {
        busy.set(true);
        background.submit(work, done -> {
            busy.set(false);
            clearForms();
            message.set(messages.get(doneKey));
            // A success leaves the case itself as it was, so the page's reload may bring no new detail to react to.
            show(Optional.of(done));
            caseChanged.run();
        }, failure -> {
            busy.set(false);
            if (failure instanceof ValidationException refused) {
                for (FieldProblem p : refused.problems()) {
                    problems.merge(form + "." + p.field(), messages.get(p.messageKey(), p.args()),
                        (a, b) -> a + "\n" + b);
                }
                message.set(messages.get("handback.ui.fix"));
            } else {
                message.set(errors.of(failure));
            }
        });
    }

    private void clearProblems(String form) {
        problems.keySet().removeIf(key -> key.startsWith(form + "."));
    }

    private void clearForms() {
        problems.clear();
        for (StringProperty text : List.of(successDate, successNote, failureDate, failureFacts, failureNote,
            appliedDate, outcomeNumber, outcomeDate, outcomeNote)) {
            text.set("");
        }
        failureReason.set(null);
        outcome.set(null);
    }

    /** Writes a document of the hand-back and opens it in the system viewer. */
    public void open(DocumentLine line) {
        output(line, DocumentOutput.Delivery.OPEN, "handback.ui.opened");
    }

    /** Writes a document of the hand-back and sends it to the default printer. */
    public void print(DocumentLine line) {
        output(line, DocumentOutput.Delivery.PRINT, "handback.ui.printed");
    }

    private void output(DocumentLine line, DocumentOutput.Delivery delivery, String doneKey) {
        HandBackService.View v = view.get();
        if (line == null || v == null || busy.get()) {
            return;
        }
        busy.set(true);
        background.submit(() -> {
            var document = handBacks.document(v.caseId(), line.kind());
            String name = v.caseNumber() + "-" + document.fileName().replace(".pdf", "");
            return documents.deliver(name, document.content(), delivery);
        }, file -> {
            busy.set(false);
            message.set(messages.get(doneKey, file.toString()));
        }, this::failed);
    }

    private void failed(Throwable failure) {
        busy.set(false);
        message.set(errors.of(failure));
    }

    /** A reason or an outcome as the lists show it. */
    public String label(HandBackReason reason) {
        return reason == null ? "" : messages.get(reason.messageKey());
    }

    public String label(CourtOutcome value) {
        return value == null ? "" : messages.get(value.messageKey());
    }

    public ObservableMap<String, String> problems() {
        return problems;
    }

    public ObservableList<DocumentLine> documentLines() {
        return documentLines;
    }

    public ObservableList<HandBackReason> reasons() {
        return reasons;
    }

    public ObservableList<CourtOutcome> outcomes() {
        return outcomes;
    }

    public BooleanProperty availableProperty() {
        return available;
    }

    public BooleanProperty busyProperty() {
        return busy;
    }

    public BooleanProperty canSucceedProperty() {
        return canSucceed;
    }

    public BooleanProperty canFailProperty() {
        return canFail;
    }

    public BooleanProperty appliedProperty() {
        return applied;
    }

    public BooleanProperty canApplyProperty() {
        return canApply;
    }

    public BooleanProperty canRecordOutcomeProperty() {
        return canRecordOutcome;
    }

    public BooleanProperty windowMissedProperty() {
        return windowMissed;
    }

    public StringProperty referralProperty() {
        return referral;
    }

    public StringProperty materialsProperty() {
        return materials;
    }

    public StringProperty statusProperty() {
        return status;
    }

    public StringProperty windowProperty() {
        return window;
    }

    public StringProperty handBackProperty() {
        return handBack;
    }

    public StringProperty outcomeTextProperty() {
        return outcomeText;
    }

    public StringProperty messageProperty() {
        return message;
    }

    public StringProperty successDateProperty() {
        return successDate;
    }

    public StringProperty successNoteProperty() {
        return successNote;
    }

    public ObjectProperty<HandBackReason> failureReasonProperty() {
        return failureReason;
    }

    public StringProperty failureDateProperty() {
        return failureDate;
    }

    public StringProperty failureFactsProperty() {
        return failureFacts;
    }

    public StringProperty failureNoteProperty() {
        return failureNote;
    }

    public StringProperty appliedDateProperty() {
        return appliedDate;
    }

    public ObjectProperty<CourtOutcome> outcomeProperty() {
        return outcome;
    }

    public StringProperty outcomeNumberProperty() {
        return outcomeNumber;
    }

    public StringProperty outcomeDateProperty() {
        return outcomeDate;
    }

    public StringProperty outcomeNoteProperty() {
        return outcomeNote;
    }
}
