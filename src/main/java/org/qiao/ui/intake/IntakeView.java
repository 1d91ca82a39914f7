// SPDX-License-Identifier: AGPL-3.0-or-later
package org.qiao.ui.intake;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ObjectProperty;
import javafx.collections.ListChangeListener;
import javafx.collections.transformation.FilteredList;
import javafx.fxml.FXML;
import javafx.geometry.VPos;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.Parent;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputControl;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.util.Duration;
import javafx.util.StringConverter;
import javafx.stage.Window;

import org.qiao.domain.cases.CaseSource;
import org.qiao.domain.cases.ConflictVerdict;
import org.qiao.domain.cases.DisputeCategory;
import org.qiao.domain.cases.Employer;
import org.qiao.domain.cases.WorkerGroup;
import org.qiao.domain.court.Court;
import org.qiao.domain.region.Region;
import org.qiao.i18n.Messages;
import org.qiao.service.ConflictFinding;
import org.qiao.ui.Labels;

/**
 * Binds the intake form to its {@link IntakeViewModel}. The worker cards and evidence rows repeat, so they are built
 * here from the rows. Tab follows the form top to bottom; Enter in a one-line field moves to the next field (the
 * employer search finds, a date picker takes the date); Ctrl+S registers; Ctrl+Shift+N adds a worker. The shortcuts
 * belong to this screen only: they leave the window with it.
 */
public final class IntakeView {

    private static final Duration DRAFT_INTERVAL = Duration.seconds(3);

    private final IntakeViewModel viewModel;
    private final Messages messages;
    private final KeyCombination registerKey = new KeyCodeCombination(KeyCode.S, KeyCombination.SHORTCUT_DOWN);
    private final KeyCombination addWorkerKey = new KeyCodeCombination(KeyCode.N, KeyCombination.SHORTCUT_DOWN,
        KeyCombination.SHIFT_DOWN);
    /** Workers whose claim list this view already listens to. */
    private final Set<WorkerRow> watched = Collections.newSetFromMap(new IdentityHashMap<>());

    @FXML private ScrollPane scroll;
    @FXML private Label draftState;
    @FXML private ChoiceBox<CaseSource> source;
    @FXML private DatePicker receivedDate;
    @FXML private Label receivedDateProblem;
    @FXML private Label courtNameLabel;
    @FXML private Label courtNumberLabel;
    @FXML private Label receivedDateLabel;
    @FXML private ComboBox<Court> courtChoice;
    @FXML private Label judgeNameLabel;
    @FXML private Label judgeContactLabel;
    @FXML private TextField judgeName;
    @FXML private TextField judgeContact;
    @FXML private Label judgeNameProblem;
    @FXML private Label judgeContactProblem;
    @FXML private VBox materialsPane;
    @FXML private VBox materialsBox;
    @FXML private Button openCaseButton;
    @FXML private TextField courtCaseNumber;
    @FXML private Label courtNameProblem;
    @FXML private Label courtCaseNumberProblem;
    @FXML private CheckBox simpleProcedure;
    @FXML private ChoiceBox<Region> league;
    @FXML private ChoiceBox<Region> county;
    @FXML private Label regionProblem;
    @FXML private TextField employerName;
    @FXML private TextField creditCode;
    @FXML private Label employerNameProblem;
    @FXML private Label creditCodeProblem;
    @FXML private TextField legalRepresentative;
    @FXML private TextField employerPhone;
    @FXML private Label employerPhoneProblem;
    @FXML private TextField employerAddress;
    @FXML private TextField industry;
    @FXML private TextField employerSearch;
    @FXML private ListView<Employer> employerMatches;
    @FXML private Node pickedBox;
    @FXML private Label pickedEmployer;
    @FXML private Label employerNote;
    @FXML private VBox evidenceBox;
    @FXML private Label evidenceEmpty;
    @FXML private VBox workerBox;
    @FXML private Label workersProblem;
    @FXML private Label totals;
    @FXML private Label collectiveHint;
    @FXML private TextArea facts;
    @FXML private TextArea requests;
    @FXML private DatePicker factsDate;
    @FXML private CheckBox ongoingEmployment;
    @FXML private CheckBox wantsLegalAid;
    @FXML private Label factsDateProblem;
    @FXML private Label factsProblem;
    @FXML private Label requestsProblem;
    @FXML private Label limitationWarning;
    @FXML private VBox conflictPane;
    @FXML private ListView<ConflictFinding> findings;
    @FXML private TextField conflictNote;
    @FXML private Button registerButton;
    @FXML private Button acceptButton;
    @FXML private Button nextButton;
    @FXML private Button addWorkerButton;
    @FXML private Label message;

    public IntakeView(IntakeViewModel viewModel, Messages messages) {
        this.viewModel = Objects.requireNonNull(viewModel);
        this.messages = Objects.requireNonNull(messages);
    }

    @FXML
    private void initialize() {
        source.getItems().setAll(CaseSource.values());
        source.setConverter(Labels.named(viewModel::label));
        source.valueProperty().bindBidirectional(viewModel.sourceProperty());
        receivedDate.valueProperty().bindBidirectional(viewModel.receivedDateProperty());
        bindCourtChoice();
        judgeName.textProperty().bindBidirectional(viewModel.judgeNameProperty());
        judgeContact.textProperty().bindBidirectional(viewModel.judgeContactProperty());
        GridPane materials = new GridPane();
        materials.setHgap(10);
        materials.setVgap(2);
        for (int i = 0; i < viewModel.materials().size(); i++) {
            materialRow(materials, 2 * i, viewModel.materials().get(i));
        }
        materialsBox.getChildren().add(materials);
        courtCaseNumber.textProperty().bindBidirectional(viewModel.courtCaseNumberProperty());
        simpleProcedure.selectedProperty().bindBidirectional(viewModel.simpleProcedureProperty());
        viewModel.sourceProperty().addListener((obs, old, now) -> showCourtFields());
        showCourtFields();
        league.getItems().setAll(viewModel.leagues());
        league.setConverter(Labels.named(Region::name));
        league.valueProperty().bindBidirectional(viewModel.leagueProperty());
        county.setItems(viewModel.counties());
        county.setConverter(Labels.named(Region::name));
        county.valueProperty().bindBidirectional(viewModel.countyProperty());
        employerName.textProperty().bindBidirectional(viewModel.employerNameProperty());
        creditCode.textProperty().bindBidirectional(viewModel.creditCodeProperty());
        legalRepresentative.textProperty().bindBidirectional(viewModel.legalRepresentativeProperty());
        employerPhone.textProperty().bindBidirectional(viewModel.employerPhoneProperty());
        employerAddress.textProperty().bindBidirectional(viewModel.employerAddressProperty());
        industry.textProperty().bindBidirectional(viewModel.industryProperty());
        facts.textProperty().bindBidirectional(viewModel.factsProperty());
        requests.textProperty().bindBidirectional(viewModel.requestsProperty());
        factsDate.valueProperty().bindBidirectional(viewModel.factsDateProperty());
        ongoingEmployment.selectedProperty().bindBidirectional(viewModel.ongoingEmploymentProperty());
        wantsLegalAid.selectedProperty().bindBidirectional(viewModel.wantsLegalAidProperty());

        problem(receivedDateProblem, "receivedDate", "signedForDate");
        problem(courtNameProblem, "courtName", "courtId");
        problem(judgeNameProblem, "judgeName");
        problem(judgeContactProblem, "judgeContact");
        problem(courtCaseNumberProblem, "courtCaseNumber");
        problem(regionProblem, "regionCode");
        problem(employerNameProblem, "employer.name");
        problem(creditCodeProblem, "employer.creditCode");
        problem(employerPhoneProblem, "employer.phone");
        problem(factsDateProblem, "factsDate");
        problem(factsProblem, "facts");
        problem(requestsProblem, "requests");
        workersProblem.textProperty().bind(Bindings.createStringBinding(() -> String.join(" ",
            viewModel.problemAt("workers"), viewModel.problemAt("representatives")).strip(), viewModel.problems()));
        hideWhenEmpty(workersProblem);
        totals.textProperty().bind(viewModel.totalsProperty());
        collectiveHint.textProperty().bind(viewModel.collectiveHintProperty());
        hideWhenEmpty(collectiveHint);
        limitationWarning.textProperty().bind(viewModel.limitationWarningProperty());
        hideWhenEmpty(limitationWarning);
        draftState.textProperty().bind(viewModel.draftStateProperty());
        message.textProperty().bind(viewModel.messageProperty());
        hideWhenEmpty(message);

        findings.setItems(viewModel.findings());
        findings.setCellFactory(list -> new ListCell<>() {
            @Override
            protected void updateItem(ConflictFinding finding, boolean empty) {
                super.updateItem(finding, empty);
                setText(empty || finding == null ? null : viewModel.describe(finding));
            }
        });
        conflictNote.textProperty().bindBidirectional(viewModel.conflictNoteProperty());
        showFor(conflictPane, IntakeViewModel.Mode.CONFLICTS);
        registerButton.disableProperty().bind(viewModel.busyProperty()
            .or(viewModel.modeProperty().isEqualTo(IntakeViewModel.Mode.REGISTERED)));
        showFor(acceptButton, IntakeViewModel.Mode.REGISTERED, viewModel.canAcceptProperty());
        showFor(openCaseButton, IntakeViewModel.Mode.REGISTERED, viewModel.canOpenCaseProperty());
        showFor(nextButton, IntakeViewModel.Mode.REGISTERED);

        viewModel.workers().addListener((ListChangeListener<WorkerRow>) change -> rebuildWorkers());
        rebuildWorkers();
        bindEmployerSearch();
        viewModel.evidence().addListener((ListChangeListener<EvidenceRow>) change -> rebuildEvidence());
        rebuildEvidence();
        scroll.addEventFilter(KeyEvent.KEY_PRESSED, this::enterAdvances);

        // The draft is written every few seconds while the screen is shown, and once more when it is left.
        Timeline drafts = new Timeline(new KeyFrame(DRAFT_INTERVAL, event -> viewModel.flushDraft()));
        drafts.setCycleCount(Timeline.INDEFINITE);
        scroll.sceneProperty().addListener((obs, old, scene) -> {
            if (old != null) {
                old.getAccelerators().remove(registerKey);
                old.getAccelerators().remove(addWorkerKey);
                drafts.stop();
                viewModel.flushDraft();
            }
            if (scene != null) {
                scene.getAccelerators().put(registerKey, viewModel::register);
                scene.getAccelerators().put(addWorkerKey, this::onAddWorker);
                drafts.play();
            }
        });
        if (scroll.getScene() != null) {
            drafts.play();
        }
        // Closing the window with the form open: the last seconds of typing are kept too.
        scroll.sceneProperty().flatMap(Scene::windowProperty).flatMap(Window::showingProperty)
            .addListener((obs, was, showing) -> {
                if (Boolean.TRUE.equals(was) && Boolean.FALSE.equals(showing)) {
                    drafts.stop();
                    viewModel.flushDraft();
                }
            });
        viewModel.loadCourts();
        viewModel.loadDraft();
        viewModel.revalidate();
    }

    private void showCourtFields() {
        boolean court = viewModel.isCourtSource();
        // The problem labels show themselves when they have something to say (only for a court source).
        for (Node node : List.of(courtNameLabel, courtNumberLabel, courtChoice, courtCaseNumber, judgeNameLabel,
            judgeContactLabel, judgeName, judgeContact, materialsPane)) {
            node.setVisible(court);
            node.setManaged(court);
        }
        // For a court referral the received date is the day the studio signed for the court's file.
        receivedDateLabel.setText(messages.get(court ? "referral.signedForDate" : "intake.receivedDate"));
        boolean entrusted = viewModel.sourceProperty().get() == CaseSource.COURT_ENTRUSTED;
        simpleProcedure.setVisible(entrusted);
        simpleProcedure.setManaged(entrusted);
    }

    /** A worker card per row, rebuilt when workers are added or removed; field ids name the worker's index. */
    private void rebuildWorkers() {
        workerBox.getChildren().clear();
        for (int i = 0; i < viewModel.workers().size(); i++) {
            workerBox.getChildren().add(workerCard(i, viewModel.workers().get(i)));
        }
    }

    private Node workerCard(int index, WorkerRow worker) {
        String at = "workers[" + index + "]";
        Label title = new Label(messages.get("intake.worker.title", index + 1));
        title.getStyleClass().add("subsection-title");
        CheckBox representative = new CheckBox(messages.get("intake.worker.representative"));
        representative.setId("worker-" + index + "-representative");
        representative.selectedProperty().bindBidirectional(worker.representativeProperty());
        // Removing comes last on the card, so Tab reaches the worker's fields first.
        Button remove = new Button(messages.get("intake.worker.remove"));
        remove.setId("worker-" + index + "-remove");
        remove.setOnAction(event -> viewModel.removeWorker(worker));
        remove.setDisable(viewModel.workers().size() == 1);
        Pane spacer = new Pane();
        HBox.setHgrow(spacer, Priority.ALWAYS);

        GridPane grid = formGrid();
        TextField name = field("worker-" + index + "-name", worker.nameProperty(), null);
        TextField residentId = field("worker-" + index + "-residentId", worker.residentIdProperty(),
            messages.get("intake.worker.residentId.prompt"));
        TextField phone = field("worker-" + index + "-phone", worker.phoneProperty(), null);
        TextField address = field("worker-" + index + "-address", worker.addressProperty(), null);
        grid.addRow(0, new Label(messages.get("intake.worker.name")), name,
            new Label(messages.get("intake.worker.residentId")), residentId);
        Label identity = new Label();
        identity.textProperty().bind(worker.identityLineProperty());
        identity.getStyleClass().add("hint");
        grid.add(problemLabel(at + ".name"), 1, 1);
        grid.add(new VBox(problemLabel(at + ".residentId"), identity), 3, 1);
        grid.addRow(2, new Label(messages.get("intake.worker.phone")), phone,
            new Label(messages.get("intake.worker.address")), address);
        grid.add(problemLabel(at + ".phone"), 1, 3);

        FlowPane groups = new FlowPane(14, 6, representative);
        for (WorkerGroup group : WorkerGroup.values()) {
            CheckBox box = new CheckBox(viewModel.label(group));
            box.selectedProperty().bindBidirectional(worker.groupProperty(group));
            groups.getChildren().add(box);
        }

        VBox claims = new VBox(6);
        for (int k = 0; k < worker.claims().size(); k++) {
            claims.getChildren().add(claimRow(index, k, worker, worker.claims().get(k)));
        }
        if (watched.add(worker)) {
            worker.claims().addListener((ListChangeListener<ClaimRow>) change -> rebuildWorkers());
        }
        Button addClaim = new Button(messages.get("intake.claim.add"));
        addClaim.setOnAction(event -> viewModel.addClaim(worker));
        Label total = new Label();
        total.textProperty().bind(worker.totalProperty());
        total.getStyleClass().add("totals");
        HBox claimFooter = new HBox(12, addClaim, total, spacer, remove);
        claimFooter.setStyle("-fx-alignment: center-left;");

        VBox card = new VBox(8, title, grid, groups, new Label(messages.get("intake.claims")), claims,
            problemLabel(at + ".claims"), claimFooter);
        card.getStyleClass().add("worker-card");
        card.setId("worker-" + index);
        return card;
    }

    private Node claimRow(int index, int k, WorkerRow worker, ClaimRow claim) {
        String at = "workers[" + index + "].claims[" + k + "]";
        ChoiceBox<DisputeCategory> category = new ChoiceBox<>();
        category.getItems().setAll(DisputeCategory.values());
        category.setConverter(Labels.named(viewModel::label));
        category.valueProperty().bindBidirectional(claim.categoryProperty());
        category.setId("worker-" + index + "-claim-" + k + "-category");
        TextField amount = field("worker-" + index + "-claim-" + k + "-amount", claim.amountProperty(),
            messages.get("intake.claim.amount.prompt"));
        amount.setPrefColumnCount(10);
        TextField note = field("worker-" + index + "-claim-" + k + "-note", claim.noteProperty(),
            messages.get("intake.claim.note.prompt"));
        HBox.setHgrow(note, Priority.ALWAYS);
        Button remove = new Button("×");
        remove.setOnAction(event -> viewModel.removeClaim(worker, claim));
        remove.setDisable(worker.claims().size() == 1);
        DatePicker from = periodPicker("worker-" + index + "-claim-" + k + "-from", claim.periodFromProperty(),
            messages.get("intake.claim.periodFrom.prompt"));
        DatePicker to = periodPicker("worker-" + index + "-claim-" + k + "-to", claim.periodToProperty(),
            messages.get("intake.claim.periodTo.prompt"));
        HBox period = new HBox(4, from, new Label("–"), to);
        period.setStyle("-fx-alignment: center-left;");
        HBox row = new HBox(8, category, new VBox(amount, problemLabel(at + ".amount")),
            new VBox(period, problemLabel(at + ".periodTo")), note, remove);
        return row;
    }

    /** A day of a claim's period: typed (e.g. 2026-03-01) or picked; kept in the claim as it changes. */
    private static DatePicker periodPicker(String id, ObjectProperty<LocalDate> value, String prompt) {
        DatePicker picker = new DatePicker();
        picker.setId(id);
        picker.setPromptText(prompt);
        picker.setPrefWidth(132);
        picker.valueProperty().bindBidirectional(value);
        return picker;
    }

    private static GridPane formGrid() {
        GridPane grid = new GridPane();
        grid.setHgap(12);
        grid.setVgap(4);
        ColumnConstraints label = new ColumnConstraints(100);
        ColumnConstraints input = new ColumnConstraints();
        input.setPrefWidth(300);
        grid.getColumnConstraints().setAll(label, input, new ColumnConstraints(100), input);
        return grid;
    }

    private static TextField field(String id, javafx.beans.property.StringProperty value, String prompt) {
        TextField field = new TextField();
        field.setId(id);
        field.textProperty().bindBidirectional(value);
        if (prompt != null) {
            field.setPromptText(prompt);
        }
        return field;
    }

    /**
     * Enter in a one-line field moves to the next field showing on the form (a text field or a text area), as a
     * mediator typing from a paper form expects. The employer search keeps Enter to search, a date picker to take the
     * typed date, and the conflict note to itself.
     */
    private void enterAdvances(KeyEvent event) {
        if (event.getCode() != KeyCode.ENTER || event.isShortcutDown() || event.isAltDown()
            || !(event.getTarget() instanceof TextField field) || field == employerSearch || field == conflictNote
            || insideDatePicker(field)) {
            return;
        }
        List<TextInputControl> fields = new ArrayList<>();
        collectFields(scroll.getContent(), fields);
        int at = fields.indexOf(field);
        for (int i = at + 1; at >= 0 && i < fields.size(); i++) {
            if (fields.get(i) != employerSearch && !fields.get(i).isDisabled()) {
                event.consume();
                fields.get(i).requestFocus();
                return;
            }
        }
    }

    /** The text fields and areas showing under {@code node}, in the order Tab visits them. */
    private static void collectFields(Node node, List<TextInputControl> into) {
        if (!node.isVisible()) {
            return;
        }
        if (node instanceof TextInputControl input && !insideDatePicker(input)) {
            into.add(input);
            return;
        }
        if (node instanceof Parent parent && !(node instanceof DatePicker) && !(node instanceof ListView<?>)) {
            parent.getChildrenUnmodifiable().forEach(child -> collectFields(child, into));
        }
    }

    private static boolean insideDatePicker(Node node) {
        for (Node n = node.getParent(); n != null; n = n.getParent()) {
            if (n instanceof DatePicker) {
                return true;
            }
        }
        return false;
    }

    // ---- employer on file ----

    private void bindEmployerSearch() {
        employerSearch.textProperty().bindBidirectional(viewModel.employerQueryProperty());
        employerSearch.setOnAction(event -> viewModel.searchEmployers());
        employerSearch.addEventHandler(KeyEvent.KEY_PRESSED, event -> {
            if (event.getCode() == KeyCode.DOWN && !viewModel.employerMatches().isEmpty()) {
                event.consume();
                employerMatches.requestFocus();
                employerMatches.getSelectionModel().selectFirst();
            }
        });
        employerMatches.setItems(viewModel.employerMatches());
        employerMatches.setCellFactory(list -> new ListCell<>() {
            @Override
            protected void updateItem(Employer employer, boolean empty) {
                super.updateItem(employer, empty);
                setText(empty || employer == null ? null : viewModel.describe(employer));
            }
        });
        employerMatches.visibleProperty().bind(Bindings.isNotEmpty(viewModel.employerMatches()));
        employerMatches.managedProperty().bind(employerMatches.visibleProperty());
        employerMatches.setOnMouseClicked(event -> {
            if (event.getButton() == MouseButton.PRIMARY && event.getClickCount() == 2) {
                pick();
            }
        });
        employerMatches.setOnKeyPressed(event -> {
            if (event.getCode() == KeyCode.ENTER) {
                event.consume();
                pick();
            } else if (event.getCode() == KeyCode.ESCAPE) {
                event.consume();
                viewModel.employerMatches().clear();
                employerSearch.requestFocus();
            }
        });
        pickedEmployer.textProperty().bind(Bindings.createStringBinding(
            () -> viewModel.pickedText(viewModel.pickedEmployerProperty().get()), viewModel.pickedEmployerProperty()));
        pickedBox.visibleProperty().bind(viewModel.pickedEmployerProperty().isNotNull());
        pickedBox.managedProperty().bind(pickedBox.visibleProperty());
        employerNote.textProperty().bind(viewModel.employerNoteProperty());
        hideWhenEmpty(employerNote);
    }

    private void pick() {
        Employer chosen = employerMatches.getSelectionModel().getSelectedItem();
        if (chosen != null) {
            viewModel.pickEmployer(chosen);
            legalRepresentative.requestFocus();
        }
    }

    @FXML
    private void onSearchEmployers() {
        viewModel.searchEmployers();
    }

    @FXML
    private void onClearEmployer() {
        viewModel.clearEmployer();
        employerSearch.requestFocus();
    }

    // ---- evidence ----

    /** A row per chosen file: name, size, short SHA-256 (whole in the tooltip), description, remove. */
    private void rebuildEvidence() {
        evidenceBox.getChildren().clear();
        for (int i = 0; i < viewModel.evidence().size(); i++) {
            evidenceBox.getChildren().add(evidenceRow(i, viewModel.evidence().get(i)));
        }
        boolean none = viewModel.evidence().isEmpty();
        evidenceEmpty.setVisible(none);
        evidenceEmpty.setManaged(none);
    }

    private Node evidenceRow(int index, EvidenceRow row) {
        Label name = new Label(row.fileName());
        name.setId("evidence-" + index + "-name");
        name.setMinWidth(120);
        name.setPrefWidth(260);
        name.setTooltip(new Tooltip(row.file().toString()));
        Label size = new Label();
        size.textProperty().bind(row.sizeTextProperty());
        size.setId("evidence-" + index + "-size");
        size.setMinWidth(80);
        size.setStyle("-fx-alignment: center-right;");
        Label hash = new Label();
        hash.setId("evidence-" + index + "-sha");
        hash.getStyleClass().add("hint");
        hash.setMinWidth(175);
        hash.setPrefWidth(175);
        hash.textProperty().bind(Bindings.createStringBinding(() -> row.sha256Property().get() == null ? ""
            : messages.get("intake.evidence.sha", viewModel.shortHash(row)), row.sha256Property()));
        Tooltip whole = new Tooltip();
        whole.textProperty().bind(row.sha256Property());
        hash.setTooltip(whole);
        TextField description = field("evidence-" + index + "-description", row.descriptionProperty(),
            messages.get("intake.evidence.description.prompt"));
        HBox.setHgrow(description, Priority.ALWAYS);
        Button remove = new Button(messages.get("intake.evidence.remove"));
        remove.setId("evidence-" + index + "-remove");
        remove.setOnAction(event -> viewModel.removeEvidence(row));
        remove.disableProperty().bind(viewModel.modeProperty().isEqualTo(IntakeViewModel.Mode.REGISTERED));
        HBox line = new HBox(10, name, size, hash, description, remove);
        line.setStyle("-fx-alignment: center-left;");
        Label problem = new Label();
        problem.getStyleClass().add("field-problem");
        problem.setId("problem-evidence-" + index);
        problem.textProperty().bind(Bindings.createStringBinding(() -> Stream.of(
                row.problemProperty().get(), viewModel.problemAt("evidence[" + index + "]"),
                viewModel.problemAt("evidence[" + index + "].description"))
            .filter(text -> !text.isBlank()).distinct().collect(Collectors.joining(" ")),
            row.problemProperty(), viewModel.problems()));
        hideWhenEmpty(problem);
        return new VBox(2, line, problem);
    }

    @FXML
    private void onAddEvidence() {
        viewModel.addEvidence();
    }

    private Label problemLabel(String field) {
        Label label = new Label();
        problem(label, field);
        return label;
    }

    /** Shows the problems of {@code fields} (the first names the label's id) on {@code label}. */
    private void problem(Label label, String... fields) {
        label.getStyleClass().add("field-problem");
        // A message longer than its field (an ID's expected check digit) wraps below it instead of being cut off.
        label.setWrapText(true);
        label.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        label.setId("problem-" + fields[0].replaceAll("[.\\[\\]]+", "-").replaceAll("-$", ""));
        label.textProperty().bind(Bindings.createStringBinding(() -> Stream.of(fields).map(viewModel::problemAt)
            .filter(text -> !text.isBlank()).collect(Collectors.joining(" ")), viewModel.problems()));
        hideWhenEmpty(label);
    }

    private static void hideWhenEmpty(Label label) {
        label.visibleProperty().bind(label.textProperty().isNotEmpty());
        label.managedProperty().bind(label.visibleProperty());
    }

    private void showFor(Node node, IntakeViewModel.Mode mode) {
        node.visibleProperty().bind(viewModel.modeProperty().isEqualTo(mode));
        node.managedProperty().bind(node.visibleProperty());
    }

    private void showFor(Node node, IntakeViewModel.Mode mode, javafx.beans.value.ObservableBooleanValue also) {
        node.visibleProperty().bind(viewModel.modeProperty().isEqualTo(mode).and(also));
        node.managedProperty().bind(node.visibleProperty());
    }

    // ---- court referral ----

    /**
     * The court choice: the court list, narrowed as the mediator types part of a name or the start of a code; Enter
     * (or leaving the field) takes the court the text names, or the only one left.
     */
    private void bindCourtChoice() {
        FilteredList<Court> shown = new FilteredList<>(viewModel.courts(), court -> true);
        courtChoice.setItems(shown);
        courtChoice.setVisibleRowCount(12);
        courtChoice.setConverter(new StringConverter<>() {
            @Override
            public String toString(Court court) {
                return IntakeViewModel.courtText(court);
            }

            @Override
            public Court fromString(String text) {
                List<Court> matching = viewModel.courts().stream()
                    .filter(court -> IntakeViewModel.courtMatches(court, text)).toList();
                return text == null || text.isBlank() ? null : matching.stream()
                    .filter(court -> IntakeViewModel.courtText(court).equals(text.strip())
                        || court.getCode().equals(text.strip())).findFirst()
                    .orElse(matching.size() == 1 ? matching.get(0) : null);
            }
        });
        courtChoice.valueProperty().bindBidirectional(viewModel.courtProperty());
        courtChoice.getEditor().textProperty().addListener((obs, old, typed) -> {
            Court chosen = courtChoice.getValue();
            if (chosen != null && IntakeViewModel.courtText(chosen).equals(typed)) {
                return;
            }
            // Narrowing the list while the combo box is still handling the key is left for after it.
            Platform.runLater(() -> {
                shown.setPredicate(court -> IntakeViewModel.courtMatches(court, typed));
                if (courtChoice.getEditor().isFocused() && !shown.isEmpty() && !courtChoice.isShowing()) {
                    courtChoice.show();
                }
            });
        });
        courtChoice.setCellFactory(list -> new ListCell<>() {
            @Override
            protected void updateItem(Court court, boolean empty) {
                super.updateItem(court, empty);
                setText(empty || court == null ? null : IntakeViewModel.courtText(court));
            }
        });
    }

    /**
     * A line of the materials checklist in rows {@code row} and {@code row + 1} of {@code grid}: received, a note, a
     * button to choose the scan, the scan's name, and the line's problem below. The first column is as wide as the
     * longest kind of material, in either language.
     */
    private void materialRow(GridPane grid, int row, MaterialRow material) {
        String id = "material-" + material.kind().name();
        CheckBox received = new CheckBox(viewModel.label(material.kind()));
        received.setId(id);
        received.selectedProperty().bindBidirectional(material.receivedProperty());
        received.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        TextField note = field(id + "-note", material.noteProperty(), messages.get("referral.material.note.prompt"));
        note.setPrefColumnCount(18);
        Button scan = new Button(messages.get("referral.scan.add"));
        scan.setId(id + "-scan");
        scan.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        scan.setOnAction(event -> viewModel.chooseScan(material));
        Label file = new Label();
        file.setId(id + "-file");
        file.getStyleClass().add("hint");
        file.textProperty().bind(Bindings.createStringBinding(() -> material.scanProperty().get() == null ? ""
            : String.valueOf(material.scanProperty().get().getFileName()), material.scanProperty()));
        Button clear = new Button("×");
        clear.setId(id + "-clearScan");
        clear.setOnAction(event -> material.scanProperty().set(null));
        clear.visibleProperty().bind(material.scanProperty().isNotNull());
        clear.managedProperty().bind(clear.visibleProperty());
        grid.addRow(row, received, note, scan, new HBox(6, file, clear));
        GridPane.setValignment(received, VPos.CENTER);
        grid.add(problemLabel(IntakeViewModel.materialField(material)), 1, row + 1, 3, 1);
    }

    @FXML
    private void onOpenCase() {
        viewModel.openRegisteredCase();
    }

    @FXML
    private void onAddWorker() {
        viewModel.addWorker();
        List<Node> cards = workerBox.getChildren();
        if (!cards.isEmpty()) {
            Node name = cards.get(cards.size() - 1).lookup("#worker-" + (cards.size() - 1) + "-name");
            if (name != null) {
                name.requestFocus();
            }
        }
    }

    @FXML
    private void onRegister() {
        viewModel.register();
    }

    @FXML
    private void onAccept() {
        viewModel.accept();
    }

    @FXML
    private void onNext() {
        viewModel.startNew();
    }

    @FXML
    private void onNewCase() {
        viewModel.decide(ConflictVerdict.NEW_CASE, null);
    }

    @FXML
    private void onLink() {
        decideWithSelection(ConflictVerdict.LINKED);
    }

    @FXML
    private void onDuplicate() {
        decideWithSelection(ConflictVerdict.DUPLICATE);
    }

    private void decideWithSelection(ConflictVerdict verdict) {
        ConflictFinding chosen = findings.getSelectionModel().getSelectedItem();
        viewModel.decide(verdict, chosen != null ? chosen : viewModel.findings().get(0));
    }
}
