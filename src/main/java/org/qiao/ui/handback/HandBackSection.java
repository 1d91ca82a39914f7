// SPDX-License-Identifier: AGPL-3.0-or-later
package org.qiao.ui.handback;

import java.util.Objects;
import javafx.beans.binding.Bindings;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.ListChangeListener;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.qiao.domain.court.CourtOutcome;
import org.qiao.domain.court.HandBackReason;
import org.qiao.i18n.Messages;
import org.qiao.ui.Labels;

/**
 * Binds the 诉调对接 section of the case page to its {@link HandBackSectionViewModel}: the referral's lines
 * ({@code handback-referral}, {@code handback-materials}, {@code handback-status}, {@code handback-window} in red once
 * the 30 days passed without an application), the forms {@code handback-success}, {@code handback-failure},
 * {@code handback-applied} and {@code handback-outcome} whose fields are {@code handback-<form>-<field>} with each
 * problem in {@code handback-problem-<form>-<field>} below, and a row per document ({@code handback-doc-<KIND>} with
 * {@code -open} and {@code -print}). Built in code like the agreement section.
 */
public final class HandBackSection {

    private static final double DATE_WIDTH = 120;
    private static final double LABEL_WIDTH = 110;

    private final HandBackSectionViewModel viewModel;
    private final Messages messages;
    private final VBox root = new VBox(8);
    private final VBox documentBox = new VBox(6);
    /**
     * Left empty here: the integrator places the control that exports the hand-back as a signed exchange package
     * (qiao handoff export, another part of issue 5) in this box.
     */
    private final HBox packageBox = new HBox(8);

    public HandBackSection(HandBackSectionViewModel viewModel, Messages messages) {
        this.viewModel = Objects.requireNonNull(viewModel);
        this.messages = Objects.requireNonNull(messages);
        build();
    }

    /** The section's node, to be placed on the case page. */
    public Node root() {
        return root;
    }

    /** Where the exchange-package export control goes. */
    public HBox packageBox() {
        return packageBox;
    }

    private void build() {
        root.setId("handback-section");
        root.visibleProperty().bind(viewModel.availableProperty());
        root.managedProperty().bind(root.visibleProperty());
        Label title = new Label(messages.get("handback.ui.title"));
        title.getStyleClass().add("section-title");
        Label status = text("handback-status", viewModel.statusProperty());
        status.getStyleClass().add("subsection-title");
        Pane spacer = new Pane();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox heading = new HBox(12, title, spacer, status);
        heading.setAlignment(Pos.CENTER_LEFT);
        Label window = text("handback-window", viewModel.windowProperty());
        viewModel.windowMissedProperty().addListener((obs, was, missed) -> markMissed(window, missed));
        markMissed(window, viewModel.windowMissedProperty().get());
        Label message = text("handback-message", viewModel.messageProperty());
        message.getStyleClass().add("result-text");
        Label documentsTitle = new Label(messages.get("handback.ui.documents"));
        documentsTitle.getStyleClass().add("subsection-title");
        VBox documents = new VBox(6, documentsTitle, documentBox);
        documents.visibleProperty().bind(Bindings.isNotEmpty(viewModel.documentLines()));
        documents.managedProperty().bind(documents.visibleProperty());
        packageBox.setId("handback-package");
        packageBox.setAlignment(Pos.CENTER_LEFT);
        root.getChildren().addAll(heading, text("handback-referral", viewModel.referralProperty()),
            text("handback-materials", viewModel.materialsProperty()), window,
            text("handback-handedBack", viewModel.handBackProperty()),
            text("handback-outcomeText", viewModel.outcomeTextProperty()), message,
            successForm(), failureForm(), appliedForm(), outcomeForm(), documents, packageBox);
        viewModel.documentLines().addListener(
            (ListChangeListener<HandBackSectionViewModel.DocumentLine>) c -> showDocuments());
        showDocuments();
    }

    private static void markMissed(Label window, boolean missed) {
        window.getStyleClass().remove("field-problem");
        if (missed) {
            window.getStyleClass().add("field-problem");
        }
    }

    private Node successForm() {
        GridPane grid = grid();
        row(grid, 0, "success", "date", "handback.ui.date", field("success", "date", viewModel.successDateProperty(),
            DATE_WIDTH));
        row(grid, 2, "success", "note", "handback.ui.note", field("success", "note", viewModel.successNoteProperty(),
            -1));
        return form("success", "handback.ui.success.title", "handback.ui.success.hint", grid,
            "handback.ui.success.save", viewModel::handBackSuccess, viewModel.canSucceedProperty());
    }

    private Node failureForm() {
        ComboBox<HandBackReason> reason = new ComboBox<>(viewModel.reasons());
        reason.setId("handback-failure-reason");
        reason.setConverter(Labels.named(viewModel::label));
        reason.valueProperty().bindBidirectional(viewModel.failureReasonProperty());
        TextArea facts = new TextArea();
        facts.setId("handback-failure-facts");
        facts.setPrefRowCount(4);
        facts.setWrapText(true);
        facts.setPromptText(messages.get("handback.ui.facts.prompt"));
        facts.textProperty().bindBidirectional(viewModel.failureFactsProperty());
        GridPane grid = grid();
        row(grid, 0, "failure", "reason", "handback.ui.reason", reason);
        row(grid, 2, "failure", "date", "handback.ui.date", field("failure", "date", viewModel.failureDateProperty(),
            DATE_WIDTH));
        row(grid, 4, "failure", "facts", "handback.ui.factsField", facts);
        row(grid, 6, "failure", "note", "handback.ui.note", field("failure", "note", viewModel.failureNoteProperty(),
            -1));
        return form("failure", "handback.ui.failure.title", "handback.ui.failure.hint", grid,
            "handback.ui.failure.save", viewModel::handBackFailure, viewModel.canFailProperty());
    }

    private Node appliedForm() {
        GridPane grid = grid();
        row(grid, 0, "applied", "date", "handback.ui.appliedDate", field("applied", "date",
            viewModel.appliedDateProperty(), DATE_WIDTH));
        VBox card = form("applied", "handback.ui.applied.title", null, grid, "handback.ui.applied.save",
            viewModel::recordApplied, viewModel.canApplyProperty());
        // Once recorded, the same form corrects the date until the court's outcome is in.
        ((Label) card.getChildren().get(0)).textProperty().bind(Bindings.when(viewModel.appliedProperty())
            .then(messages.get("handback.ui.applied.correctTitle"))
            .otherwise(messages.get("handback.ui.applied.title")));
        Button save = (Button) card.getChildren().get(card.getChildren().size() - 1);
        save.textProperty().bind(Bindings.when(viewModel.appliedProperty())
            .then(messages.get("handback.ui.applied.correct")).otherwise(messages.get("handback.ui.applied.save")));
        return card;
    }

    private Node outcomeForm() {
        ComboBox<CourtOutcome> outcome = new ComboBox<>(viewModel.outcomes());
        outcome.setId("handback-outcome-outcome");
        outcome.setConverter(Labels.named(viewModel::label));
        outcome.valueProperty().bindBidirectional(viewModel.outcomeProperty());
        GridPane grid = grid();
        row(grid, 0, "outcome", "outcome", "handback.ui.outcome.outcome", outcome);
        TextField number = field("outcome", "number", viewModel.outcomeNumberProperty(), 260);
        number.setPromptText(messages.get("handback.ui.number.prompt"));
        row(grid, 2, "outcome", "number", "handback.ui.number", number);
        row(grid, 4, "outcome", "date", "handback.ui.outcomeDate", field("outcome", "date",
            viewModel.outcomeDateProperty(), DATE_WIDTH));
        row(grid, 6, "outcome", "note", "handback.ui.note", field("outcome", "note", viewModel.outcomeNoteProperty(),
            -1));
        return form("outcome", "handback.ui.outcome.title", "handback.ui.outcome.hint", grid,
            "handback.ui.outcome.save", viewModel::recordOutcome, viewModel.canRecordOutcomeProperty());
    }

    /** A card with a title, an optional hint, the fields and the button; shown while {@code shown} holds. */
    private VBox form(String form, String titleKey, String hintKey, GridPane grid, String saveKey, Runnable save,
        BooleanProperty shown) {
        Label title = new Label(messages.get(titleKey));
        title.getStyleClass().add("subsection-title");
        VBox card = new VBox(6, title);
        if (hintKey != null) {
            Label hint = new Label(messages.get(hintKey));
            hint.setWrapText(true);
            hint.getStyleClass().add("hint");
            card.getChildren().add(hint);
        }
        Button button = new Button(messages.get(saveKey));
        button.setId("handback-" + form + "-save");
        button.getStyleClass().add("accent");
        button.setMinWidth(Region.USE_PREF_SIZE);
        button.disableProperty().bind(viewModel.busyProperty());
        button.setOnAction(e -> save.run());
        card.getChildren().addAll(grid, button);
        card.setId("handback-" + form);
        card.getStyleClass().add("worker-card");
        card.visibleProperty().bind(shown);
        card.managedProperty().bind(card.visibleProperty());
        return card;
    }

    private static GridPane grid() {
        GridPane grid = new GridPane();
        grid.setHgap(8);
        grid.setVgap(2);
        return grid;
    }

    /** The field's label and the field in row {@code row}, its problem below it. */
    private void row(GridPane grid, int row, String form, String field, String labelKey, Region control) {
        Label label = new Label(messages.get(labelKey));
        label.setMinWidth(LABEL_WIDTH);
        grid.add(label, 0, row);
        grid.add(control, 1, row);
        GridPane.setHgrow(control, Priority.ALWAYS);
        Label problem = new Label();
        problem.setId("handback-problem-" + form + "-" + field);
        problem.setWrapText(true);
        problem.getStyleClass().add("field-problem");
        problem.textProperty().bind(Bindings.valueAt(viewModel.problems(), form + "." + field));
        problem.visibleProperty().bind(problem.textProperty().isNotEmpty());
        problem.managedProperty().bind(problem.visibleProperty());
        grid.add(problem, 1, row + 1);
    }

    private static TextField field(String form, String field, StringProperty value, double width) {
        TextField text = new TextField();
        text.setId("handback-" + form + "-" + field);
        text.textProperty().bindBidirectional(value);
        if (width > 0) {
            text.setPrefWidth(width);
            text.setMaxWidth(width);
        }
        return text;
    }

    private void showDocuments() {
        documentBox.getChildren().clear();
        for (HandBackSectionViewModel.DocumentLine line : viewModel.documentLines()) {
            String id = "handback-doc-" + line.kind();
            Label name = new Label(line.label());
            name.setMaxWidth(Double.MAX_VALUE);
            HBox.setHgrow(name, Priority.ALWAYS);
            HBox row = new HBox(8, name, button(id + "-open", "handback.ui.open", () -> viewModel.open(line)),
                button(id + "-print", "handback.ui.print", () -> viewModel.print(line)));
            row.setAlignment(Pos.CENTER_LEFT);
            row.setId(id);
            documentBox.getChildren().add(row);
        }
    }

    private Button button(String id, String key, Runnable action) {
        Button button = new Button(messages.get(key));
        button.setId(id);
        button.setMinWidth(Region.USE_PREF_SIZE);
        button.disableProperty().bind(viewModel.busyProperty());
        button.setOnAction(e -> action.run());
        return button;
    }

    private static Label text(String id, StringProperty value) {
        Label label = new Label();
        label.setId(id);
        label.setWrapText(true);
        label.textProperty().bind(value);
        label.visibleProperty().bind(label.textProperty().isNotEmpty());
        label.managedProperty().bind(label.visibleProperty());
        return label;
    }
}
