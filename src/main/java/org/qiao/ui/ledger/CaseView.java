// SPDX-License-Identifier: AGPL-3.0-or-later
package org.qiao.ui.ledger;

import java.util.List;
import java.util.Objects;

import javafx.collections.ListChangeListener;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

import org.qiao.domain.cases.CaseStatus;
import org.qiao.service.CaseDetail;

/**
 * Binds the case page to its {@link CaseViewModel}. Workers repeat, so their cards are built here; each card has
 * the id {@code case-worker-<n>}; each evidence file a row {@code case-evidence-<n>} with its open button.
 * Escape goes back to the list.
 */
public final class CaseView {

    private final CaseViewModel viewModel;

    @FXML private ScrollPane root;
    @FXML private Button backButton;
    @FXML private Label heading;
    @FXML private Label overview;
    @FXML private Label deadline;
    @FXML private FlowPane actionBox;
    @FXML private Label message;
    @FXML private VBox employerBox;
    @FXML private Label idNotice;
    @FXML private VBox workerBox;
    @FXML private Label totals;
    @FXML private VBox timelineBox;
    @FXML private VBox evidenceBox;
    @FXML private Button attachButton;
    @FXML private VBox sectionBox;

    private final List<Node> sections;

    /** {@code sections}: further sections of the page (the agreement, …), shown in this order after the parties. */
    public CaseView(CaseViewModel viewModel, Node... sections) {
        this.viewModel = Objects.requireNonNull(viewModel);
        this.sections = List.of(sections);
    }

    @FXML
    private void initialize() {
        root.visibleProperty().bind(viewModel.showingProperty());
        sectionBox.getChildren().setAll(sections);
        root.setOnKeyPressed(event -> {
            if (event.getCode() == KeyCode.ESCAPE) {
                event.consume();
                viewModel.back();
            }
        });
        viewModel.showingProperty().addListener((obs, was, now) -> {
            if (now) {
                root.setVvalue(0);
                backButton.requestFocus();
            }
        });
        heading.textProperty().bind(viewModel.headingProperty());
        overview.textProperty().bind(viewModel.overviewProperty());
        deadline.textProperty().bind(viewModel.deadlineProperty());
        hideWhenEmpty(deadline);
        message.textProperty().bind(viewModel.messageProperty());
        hideWhenEmpty(message);
        totals.textProperty().bind(viewModel.totalsProperty());
        viewModel.actions().addListener((ListChangeListener<CaseStatus>) change -> showActions());
        viewModel.timeline().addListener((ListChangeListener<String>) change -> showTimeline());
        viewModel.evidence().addListener((ListChangeListener<CaseViewModel.EvidenceLine>) change -> showEvidence());
        attachButton.disableProperty().bind(viewModel.busyProperty().or(viewModel.detailProperty().isNull()));
        showEvidence();
        viewModel.detailProperty().addListener((obs, old, detail) -> {
            showParties(detail);
            showTimeline();
        });
    }

    private void showActions() {
        actionBox.getChildren().clear();
        for (CaseStatus target : viewModel.actions()) {
            Button button = new Button(viewModel.actionLabel(target));
            button.setId("action-" + target.name());
            button.disableProperty().bind(viewModel.busyProperty());
            if (target == CaseStatus.ACCEPTED) {
                button.getStyleClass().add("accent");
            }
            button.setOnAction(event -> viewModel.decide(target));
            actionBox.getChildren().add(button);
        }
    }

    private void showTimeline() {
        timelineBox.getChildren().clear();
        if (viewModel.timeline().isEmpty()) {
            Label none = new Label(viewModel.noTimelineText());
            none.getStyleClass().add("hint");
            timelineBox.getChildren().add(none);
        }
        for (String line : viewModel.timeline()) {
            Label label = new Label(line);
            label.setWrapText(true);
            timelineBox.getChildren().add(label);
        }
    }

    private void showEvidence() {
        evidenceBox.getChildren().clear();
        if (viewModel.evidence().isEmpty()) {
            Label none = new Label(viewModel.noEvidenceText());
            none.getStyleClass().add("hint");
            evidenceBox.getChildren().add(none);
        }
        for (int i = 0; i < viewModel.evidence().size(); i++) {
            CaseViewModel.EvidenceLine line = viewModel.evidence().get(i);
            Label name = new Label(line.fileName());
            name.setMinWidth(120);
            name.setPrefWidth(260);
            Label size = new Label(line.size());
            size.setMinWidth(80);
            size.setStyle("-fx-alignment: center-right;");
            Label hash = new Label(viewModel.hashText(line));
            hash.getStyleClass().add("hint");
            hash.setTooltip(new Tooltip(line.sha256()));
            hash.setMinWidth(175);
            hash.setPrefWidth(175);
            Label added = new Label(line.added());
            added.getStyleClass().add("hint");
            Pane spacer = new Pane();
            HBox.setHgrow(spacer, Priority.ALWAYS);
            Button open = new Button(viewModel.openLabel());
            open.setId("case-evidence-" + i + "-open");
            open.setMinWidth(Region.USE_PREF_SIZE);
            open.disableProperty().bind(viewModel.busyProperty());
            open.setOnAction(event -> viewModel.openEvidence(line));
            HBox first = new HBox(10, name, size, hash, added, spacer, open);
            first.setStyle("-fx-alignment: center-left;");
            VBox row = new VBox(2, first);
            if (!line.description().isEmpty()) {
                Label description = new Label(line.description());
                description.setWrapText(true);
                description.getStyleClass().add("claim-line");
                row.getChildren().add(description);
            }
            row.setId("case-evidence-" + i);
            evidenceBox.getChildren().add(row);
        }
    }

    @FXML
    private void onAttach() {
        viewModel.attachEvidence();
    }

    private void showParties(CaseDetail detail) {
        employerBox.getChildren().clear();
        workerBox.getChildren().clear();
        if (detail == null) {
            idNotice.setVisible(false);
            return;
        }
        idNotice.setVisible(detail.residentIdsMasked());
        for (String line : viewModel.employerLines(detail.employer())) {
            Label label = new Label(line);
            label.setWrapText(true);
            employerBox.getChildren().add(label);
        }
        for (int i = 0; i < detail.workers().size(); i++) {
            CaseDetail.WorkerParty worker = detail.workers().get(i);
            Label title = new Label(viewModel.workerHeading(i, worker));
            title.setWrapText(true);
            title.getStyleClass().add("subsection-title");
            VBox card = new VBox(4, title);
            for (CaseDetail.ClaimLine claim : worker.claims()) {
                Label line = new Label(viewModel.claimLine(claim));
                line.getStyleClass().add("claim-line");
                card.getChildren().add(line);
            }
            Label subtotal = new Label(viewModel.subtotal(worker));
            subtotal.getStyleClass().addAll("totals", "claim-line");
            card.getChildren().add(subtotal);
            card.getStyleClass().add("worker-card");
            card.setId("case-worker-" + i);
            workerBox.getChildren().add(card);
        }
    }

    private static void hideWhenEmpty(Label label) {
        label.visibleProperty().bind(label.textProperty().isNotEmpty());
        label.managedProperty().bind(label.visibleProperty());
    }

    @FXML
    private void onBack() {
        viewModel.back();
    }
}
