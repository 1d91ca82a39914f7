// SPDX-License-Identifier: AGPL-3.0-or-later
package org.qiao.ui.mediation;

import java.util.Objects;

import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

import org.qiao.domain.mediation.SessionMode;
import org.qiao.domain.mediation.SessionOutcome;
import org.qiao.ui.Labels;

/**
 * Binds the case page's 调解会议 section to its {@link CaseSessionsViewModel}. Each session is a row
 * {@code session-<n>} with its buttons {@code session-<n>-record}, {@code -reschedule} and {@code -cancel}; the
 * mediators to book and the workers who attended are check boxes {@code session-mediator-<n>} and
 * {@code record-worker-<n>}.
 */
public final class CaseSessionsView {

    private final CaseSessionsViewModel viewModel;

    @FXML private Button scheduleButton;
    @FXML private Label sessionsMessage;
    @FXML private VBox sessionList;
    @FXML private VBox scheduleForm;
    @FXML private Label scheduleTitle;
    @FXML private DatePicker sessionDate;
    @FXML private TextField sessionStart;
    @FXML private TextField sessionEnd;
    @FXML private ComboBox<String> sessionRoom;
    @FXML private ChoiceBox<SessionMode> sessionMode;
    @FXML private TextField sessionInvited;
    @FXML private FlowPane sessionMediators;
    @FXML private VBox sessionClashes;
    @FXML private Label scheduleProblem;
    @FXML private Button sessionSave;
    @FXML private VBox recordForm;
    @FXML private Label recordTitle;
    @FXML private FlowPane recordWorkers;
    @FXML private TextField recordRepresentative;
    @FXML private CheckBox recordMaySettle;
    @FXML private TextField recordLawyers;
    @FXML private TextField recordLiaison;
    @FXML private TextField recordOthers;
    @FXML private TextArea recordMinutes;
    @FXML private TextArea recordCaucus;
    @FXML private ChoiceBox<SessionOutcome> recordOutcome;
    @FXML private TextField recordOutcomeNote;
    @FXML private Label recordProblem;
    @FXML private Button recordSave;

    public CaseSessionsView(CaseSessionsViewModel viewModel) {
        this.viewModel = Objects.requireNonNull(viewModel);
    }

    @FXML
    private void initialize() {
        scheduleButton.visibleProperty().bind(viewModel.canScheduleProperty());
        scheduleButton.managedProperty().bind(scheduleButton.visibleProperty());
        scheduleButton.disableProperty().bind(viewModel.busyProperty());
        sessionsMessage.textProperty().bind(viewModel.messageProperty());
        hideWhenEmpty(sessionsMessage);
        showWhen(scheduleForm, CaseSessionsViewModel.Form.SCHEDULE);
        showWhen(recordForm, CaseSessionsViewModel.Form.RECORD);
        scheduleTitle.textProperty().bind(viewModel.formTitleProperty());
        recordTitle.textProperty().bind(viewModel.formTitleProperty());

        sessionDate.valueProperty().bindBidirectional(viewModel.dateProperty());
        sessionStart.textProperty().bindBidirectional(viewModel.startProperty());
        sessionEnd.textProperty().bindBidirectional(viewModel.endProperty());
        sessionRoom.setItems(viewModel.rooms());
        sessionRoom.getEditor().textProperty().bindBidirectional(viewModel.roomProperty());
        sessionMode.getItems().setAll(SessionMode.values());
        sessionMode.setConverter(Labels.named(viewModel::modeLabel));
        sessionMode.valueProperty().bindBidirectional(viewModel.modeProperty());
        sessionInvited.textProperty().bindBidirectional(viewModel.invitedProperty());
        scheduleProblem.textProperty().bind(viewModel.problemProperty());
        hideWhenEmpty(scheduleProblem);
        sessionSave.disableProperty().bind(viewModel.busyProperty().or(Bindings.isNotEmpty(viewModel.clashes())));

        recordRepresentative.textProperty().bindBidirectional(viewModel.employerRepresentativeProperty());
        recordMaySettle.selectedProperty().bindBidirectional(viewModel.maySettleProperty());
        recordLawyers.textProperty().bindBidirectional(viewModel.lawyersProperty());
        recordLiaison.textProperty().bindBidirectional(viewModel.courtLiaisonProperty());
        recordOthers.textProperty().bindBidirectional(viewModel.othersProperty());
        recordMinutes.textProperty().bindBidirectional(viewModel.minutesProperty());
        recordCaucus.textProperty().bindBidirectional(viewModel.caucusProperty());
        recordOutcome.getItems().setAll(SessionOutcome.values());
        recordOutcome.setConverter(Labels.named(viewModel::outcomeLabel));
        recordOutcome.valueProperty().bindBidirectional(viewModel.outcomeProperty());
        recordOutcomeNote.textProperty().bindBidirectional(viewModel.outcomeNoteProperty());
        recordProblem.textProperty().bind(viewModel.problemProperty());
        hideWhenEmpty(recordProblem);
        recordSave.disableProperty().bind(viewModel.busyProperty());

        viewModel.lines().addListener((ListChangeListener<CaseSessionsViewModel.SessionLine>) c -> showLines());
        viewModel.clashes().addListener((ListChangeListener<String>) c -> showClashes());
        viewModel.mediators().addListener((ListChangeListener<CaseSessionsViewModel.Choice<?>>) c ->
            showChoices(sessionMediators, viewModel.mediators(), "session-mediator-"));
        viewModel.workers().addListener((ListChangeListener<CaseSessionsViewModel.Choice<?>>) c ->
            showChoices(recordWorkers, viewModel.workers(), "record-worker-"));
        showLines();
    }

    private void showWhen(VBox box, CaseSessionsViewModel.Form form) {
        box.visibleProperty().bind(viewModel.formProperty().isEqualTo(form));
        box.managedProperty().bind(box.visibleProperty());
    }

    private void showLines() {
        sessionList.getChildren().clear();
        if (viewModel.lines().isEmpty()) {
            Label none = new Label(viewModel.noSessionsText());
            none.getStyleClass().add("hint");
            sessionList.getChildren().add(none);
        }
        for (int i = 0; i < viewModel.lines().size(); i++) {
            CaseSessionsViewModel.SessionLine line = viewModel.lines().get(i);
            Label when = new Label(line.when());
            when.setWrapText(true);
            when.getStyleClass().add("subsection-title");
            Pane spacer = new Pane();
            HBox.setHgrow(spacer, Priority.ALWAYS);
            HBox top = new HBox(8, when, spacer);
            top.setStyle("-fx-alignment: center-left;");
            if (line.canRecord()) {
                top.getChildren().add(button(viewModel.recordLabel(), "session-" + i + "-record",
                    () -> viewModel.openRecord(line)));
            }
            if (line.canChange()) {
                top.getChildren().add(button(viewModel.rescheduleLabel(), "session-" + i + "-reschedule",
                    () -> viewModel.openReschedule(line)));
                top.getChildren().add(button(viewModel.cancelLabel(), "session-" + i + "-cancel",
                    () -> viewModel.cancelSession(line)));
            }
            VBox row = new VBox(4, top, wrapped(line.details(), "claim-line"));
            if (!line.record().isEmpty()) {
                row.getChildren().add(wrapped(line.record(), "claim-line"));
            }
            if (!line.caucus().isEmpty()) {
                Label caucus = wrapped(line.caucus(), "caucus-notes");
                caucus.setId("session-" + i + "-caucus");
                row.getChildren().add(caucus);
            }
            row.getStyleClass().add("worker-card");
            row.setId("session-" + i);
            sessionList.getChildren().add(row);
        }
    }

    private Button button(String text, String id, Runnable action) {
        Button button = new Button(text);
        button.setId(id);
        button.setMinWidth(Region.USE_PREF_SIZE);
        button.disableProperty().bind(viewModel.busyProperty());
        button.setOnAction(event -> action.run());
        return button;
    }

    private static Label wrapped(String text, String style) {
        Label label = new Label(text);
        label.setWrapText(true);
        label.getStyleClass().add(style);
        return label;
    }

    private void showClashes() {
        sessionClashes.getChildren().clear();
        for (int i = 0; i < viewModel.clashes().size(); i++) {
            Label clash = wrapped(viewModel.clashes().get(i), "error-text");
            clash.setId("session-clash-" + i);
            sessionClashes.getChildren().add(clash);
        }
    }

    private static void showChoices(FlowPane pane, Iterable<? extends CaseSessionsViewModel.Choice<?>> choices,
                                    String idPrefix) {
        pane.getChildren().clear();
        int i = 0;
        for (CaseSessionsViewModel.Choice<?> choice : choices) {
            CheckBox box = new CheckBox(choice.label());
            box.setId(idPrefix + i++);
            box.selectedProperty().bindBidirectional(choice.selectedProperty());
            pane.getChildren().add(box);
        }
    }

    private static void hideWhenEmpty(Label label) {
        label.visibleProperty().bind(label.textProperty().isNotEmpty());
        label.managedProperty().bind(label.visibleProperty());
    }

    @FXML
    private void onSchedule() {
        viewModel.openSchedule();
    }

    @FXML
    private void onSaveSchedule() {
        viewModel.saveSchedule();
    }

    @FXML
    private void onSaveRecord() {
        viewModel.saveRecord();
    }

    @FXML
    private void onClose() {
        viewModel.closeForm();
    }
}
