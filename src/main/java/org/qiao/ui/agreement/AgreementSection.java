// SPDX-License-Identifier: AGPL-3.0-or-later
package org.qiao.ui.agreement;

import java.util.Objects;

import javafx.beans.binding.Bindings;
import javafx.beans.property.StringProperty;
import javafx.collections.ListChangeListener;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

import org.qiao.i18n.Messages;

/**
 * Binds the 调解协议 section of the case page to its {@link AgreementSectionViewModel}: the version rows
 * ({@code agreement-<v>} with buttons {@code agreement-<v>-edit}, {@code -sign}, {@code -newVersion}, {@code -open},
 * {@code -print}), the sign-date field {@code agreement-signDate}, and the builder ({@code agreement-builder}) whose
 * fields are named after the form's fields ({@code agreement-worker-0-item-1},
 * {@code agreement-worker-0-payment-0-due}, …) with each problem in a label {@code agreement-problem-<field>}
 * below. Built in code rather than FXML: the builder repeats per worker, item and payment, like the case page's
 * worker cards.
 */
public final class AgreementSection {

    private static final double AMOUNT_WIDTH = 130;
    private static final double DATE_WIDTH = 120;

    private final AgreementSectionViewModel viewModel;
    private final AgreementBuilderViewModel builder;
    private final Messages messages;
    private final VBox root = new VBox(8);
    private final VBox versionBox = new VBox(6);
    private final VBox builderBox = new VBox(10);
    private final VBox workerBox = new VBox(8);

    public AgreementSection(AgreementSectionViewModel viewModel, Messages messages) {
        this.viewModel = Objects.requireNonNull(viewModel);
        this.builder = viewModel.builder();
        this.messages = Objects.requireNonNull(messages);
        build();
    }

    /** The section's node, to be placed on the case page. */
    public Node root() {
        return root;
    }

    private void build() {
        root.setId("agreement-section");
        Label title = new Label(messages.get("agreement.section.title"));
        title.getStyleClass().add("section-title");
        Button draft = new Button(messages.get("agreement.section.draft"));
        draft.setId("agreement-draft");
        draft.getStyleClass().add("accent");
        draft.visibleProperty().bind(viewModel.canDraftProperty().and(viewModel.editingProperty().not()));
        draft.managedProperty().bind(draft.visibleProperty());
        draft.disableProperty().bind(viewModel.busyProperty());
        draft.setOnAction(e -> viewModel.startDraft());
        Label signLabel = new Label(messages.get("agreement.section.signDate"));
        TextField signDate = new TextField();
        signDate.setId("agreement-signDate");
        signDate.setPrefWidth(DATE_WIDTH);
        signDate.textProperty().bindBidirectional(viewModel.signDateProperty());
        HBox signBox = new HBox(6, signLabel, signDate);
        signBox.setAlignment(Pos.CENTER_LEFT);
        signBox.visibleProperty().bind(Bindings.createBooleanBinding(
            () -> viewModel.versions().stream().anyMatch(AgreementSectionViewModel.VersionLine::draft),
            viewModel.versions()));
        signBox.managedProperty().bind(signBox.visibleProperty());
        Pane spacer = new Pane();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox heading = new HBox(12, title, spacer, signBox, draft);
        heading.setAlignment(Pos.CENTER_LEFT);
        Label message = new Label();
        message.setId("agreement-message");
        message.setWrapText(true);
        message.getStyleClass().add("result-text");
        message.textProperty().bind(viewModel.messageProperty());
        hideWhenEmpty(message);
        root.getChildren().addAll(heading, message, versionBox, builderBox);
        viewModel.versions().addListener((ListChangeListener<AgreementSectionViewModel.VersionLine>) c -> versions());
        versions();
        buildBuilder();
    }

    private void versions() {
        versionBox.getChildren().clear();
        if (viewModel.versions().isEmpty()) {
            Label none = new Label(messages.get("agreement.section.none"));
            none.getStyleClass().add("hint");
            none.visibleProperty().bind(viewModel.editingProperty().not());
            none.managedProperty().bind(none.visibleProperty());
            versionBox.getChildren().add(none);
        }
        boolean draftExists = viewModel.versions().stream().anyMatch(AgreementSectionViewModel.VersionLine::draft);
        for (AgreementSectionViewModel.VersionLine line : viewModel.versions()) {
            String id = "agreement-" + line.version().version();
            Label text = new Label(line.text());
            text.setWrapText(true);
            text.setId(id + "-text");
            HBox.setHgrow(text, Priority.ALWAYS);
            text.setMaxWidth(Double.MAX_VALUE);
            Button edit = button(id + "-edit", "agreement.section.edit", () -> viewModel.edit(line));
            edit.disableProperty().bind(viewModel.busyProperty().or(viewModel.editingProperty())
                .or(Bindings.createBooleanBinding(() -> !line.draft())));
            Button sign = button(id + "-sign", "agreement.section.sign", () -> viewModel.sign(line));
            sign.disableProperty().bind(viewModel.busyProperty().or(viewModel.editingProperty()));
            sign.setVisible(line.draft());
            sign.setManaged(line.draft());
            Button newVersion = button(id + "-newVersion", "agreement.section.newVersion",
                () -> viewModel.newVersion(line));
            newVersion.disableProperty().bind(viewModel.busyProperty().or(viewModel.editingProperty()));
            // One draft at a time: a new version is offered on the signed one only while no draft waits.
            newVersion.setVisible(line.inForce() && !draftExists);
            newVersion.setManaged(newVersion.isVisible());
            Button open = button(id + "-open", "agreement.section.open", () -> viewModel.openPdf(line));
            open.disableProperty().bind(viewModel.busyProperty());
            Button print = button(id + "-print", "agreement.section.print", () -> viewModel.print(line));
            print.disableProperty().bind(viewModel.busyProperty());
            HBox row = new HBox(8, text, edit, sign, newVersion, open, print);
            row.setAlignment(Pos.CENTER_LEFT);
            row.setId(id);
            row.getStyleClass().add("worker-card");
            versionBox.getChildren().add(row);
        }
    }

    private Button button(String id, String key, Runnable action) {
        Button button = new Button(messages.get(key));
        button.setId(id);
        button.setMinWidth(Region.USE_PREF_SIZE);
        button.setOnAction(e -> action.run());
        return button;
    }

    // ---- the builder ----

    private void buildBuilder() {
        builderBox.setId("agreement-builder");
        builderBox.getStyleClass().add("worker-card");
        builderBox.visibleProperty().bind(viewModel.editingProperty());
        builderBox.managedProperty().bind(builderBox.visibleProperty());
        Label title = new Label();
        title.getStyleClass().add("subsection-title");
        title.textProperty().bind(viewModel.editingTitleProperty());

        TextField drawn = field("drawnDate", builder.drawnDateProperty(), DATE_WIDTH);
        TextField copies = field("copies", builder.copiesProperty(), 60);
        GridPane top = new GridPane();
        top.setHgap(8);
        top.setVgap(4);
        top.addRow(0, new Label(messages.get("agreement.builder.drawnDate")), drawn,
            new Label(messages.get("agreement.builder.copies")), copies);
        top.add(problemLabel("drawnDate"), 1, 1);
        top.add(problemLabel("copies"), 3, 1);

        VBox facts = area("facts", "agreement.builder.facts", builder.factsProperty(), 4);
        VBox terms = area("terms", "agreement.builder.terms", builder.termsProperty(), 4);

        Label workersTitle = new Label(messages.get("agreement.builder.workers"));
        workersTitle.getStyleClass().add("subsection-title");
        builder.workers().addListener((ListChangeListener<AgreementBuilderViewModel.WorkerForm>) c -> workers());

        Label otherTitle = new Label(messages.get("agreement.builder.other"));
        otherTitle.getStyleClass().add("subsection-title");
        VBox common = new VBox(4);
        for (int i = 0; i < builder.common().size(); i++) {
            CheckBox box = new CheckBox(builder.commonTexts().get(i));
            box.setId("agreement-common-" + i);
            box.setWrapText(true);
            box.selectedProperty().bindBidirectional(builder.common().get(i));
            common.getChildren().add(box);
        }
        VBox other = area("otherTerms", "agreement.builder.otherTerms", builder.otherTermsProperty(), 2);
        VBox performance = area("performanceCheck", "agreement.builder.performance", builder.performanceProperty(),
            2);

        Label mediatorTitle = new Label(messages.get("agreement.builder.mediators"));
        mediatorTitle.getStyleClass().add("subsection-title");
        FlowPane mediators = new FlowPane(12, 4);
        builder.mediators().addListener((ListChangeListener<AgreementBuilderViewModel.MediatorOption>) c -> {
            mediators.getChildren().clear();
            for (int i = 0; i < builder.mediators().size(); i++) {
                AgreementBuilderViewModel.MediatorOption option = builder.mediators().get(i);
                CheckBox box = new CheckBox(option.name());
                box.setId("agreement-mediator-" + i);
                box.selectedProperty().bindBidirectional(option.selected());
                mediators.getChildren().add(box);
            }
        });

        Button save = new Button(messages.get("agreement.builder.save"));
        save.setId("agreement-save");
        save.getStyleClass().add("accent");
        save.disableProperty().bind(viewModel.busyProperty());
        save.setOnAction(e -> viewModel.save());
        Button cancel = new Button(messages.get("agreement.builder.cancel"));
        cancel.setId("agreement-cancel");
        cancel.setOnAction(e -> viewModel.cancel());
        // The outcome of a save shows beside the button too: the section's own message line may be far above.
        Label outcome = new Label();
        outcome.setId("agreement-builder-message");
        outcome.setWrapText(true);
        outcome.getStyleClass().add("field-problem");
        outcome.textProperty().bind(viewModel.messageProperty());
        HBox buttons = new HBox(8, save, cancel, outcome);
        buttons.setAlignment(Pos.CENTER_LEFT);

        builderBox.getChildren().addAll(title, top, facts, terms, workersTitle, problemLabel("workers"), workerBox,
            otherTitle, common, other, performance, mediatorTitle, mediators, problemLabel("mediators"), buttons);
    }

    private void workers() {
        workerBox.getChildren().clear();
        for (int i = 0; i < builder.workers().size(); i++) {
            workerBox.getChildren().add(workerCard(i, builder.workers().get(i)));
        }
    }

    private VBox workerCard(int index, AgreementBuilderViewModel.WorkerForm worker) {
        String at = "worker." + index;
        Label name = new Label();
        name.setWrapText(true);
        name.getStyleClass().add("subsection-title");
        name.setId(id(at) + "-heading");
        GridPane items = new GridPane();
        items.setHgap(8);
        items.setVgap(4);
        items.addRow(0, hint("agreement.builder.category"), hint("agreement.builder.claimed"),
            hint("agreement.builder.agreed"));
        for (int j = 0; j < worker.items().size(); j++) {
            AgreementBuilderViewModel.ItemForm item = worker.items().get(j);
            String field = at + ".item." + j;
            TextField amount = field(field, item.amount(), AMOUNT_WIDTH);
            amount.textProperty().addListener((obs, old, now) -> name.setText(workerHeading(index, worker)));
            Label claimed = new Label(item.claimed().toGroupedString());
            items.addRow(2 * j + 1, new Label(messages.get(item.category().messageKey())), claimed, amount);
            items.add(problemLabel(field), 2, 2 * j + 2);
        }
        name.setText(workerHeading(index, worker));
        VBox payments = new VBox(4);
        Runnable showPayments = () -> payments(payments, index, worker);
        worker.payments().addListener((ListChangeListener<AgreementBuilderViewModel.PaymentForm>) c ->
            showPayments.run());
        showPayments.run();
        Button add = new Button(messages.get("agreement.builder.addPayment"));
        add.setId(id(at) + "-addPayment");
        add.setOnAction(e -> builder.addPayment(index));
        TextField months = field(at + ".months", worker.months(), 50);
        Button split = new Button(messages.get("agreement.builder.split"));
        split.setId(id(at) + "-split");
        split.setOnAction(e -> builder.splitEvenly(index));
        HBox schedule = new HBox(8, add, new Label(messages.get("agreement.builder.splitOver")), months,
            new Label(messages.get("agreement.builder.months")), split);
        schedule.setAlignment(Pos.CENTER_LEFT);
        VBox card = new VBox(6, name, problemLabel(at + ".items"), items, hint("agreement.builder.payments"),
            payments, problemLabel(at + ".payments"), schedule);
        card.getStyleClass().add("worker-card");
        card.setId(id(at));
        return card;
    }

    private String workerHeading(int index, AgreementBuilderViewModel.WorkerForm worker) {
        String agreed = builder.agreedTotal(index).map(m -> m.toGroupedString()).orElse("—");
        return messages.get("agreement.builder.worker", index + 1, worker.name(), worker.claimed().toGroupedString(),
            agreed);
    }

    private void payments(VBox box, int index, AgreementBuilderViewModel.WorkerForm worker) {
        box.getChildren().clear();
        for (int j = 0; j < worker.payments().size(); j++) {
            AgreementBuilderViewModel.PaymentForm payment = worker.payments().get(j);
            String field = "worker." + index + ".payment." + j;
            TextField due = field(field + ".due", payment.due(), DATE_WIDTH);
            TextField amount = field(field + ".amount", payment.amount(), AMOUNT_WIDTH);
            int at = j;
            Button remove = new Button(messages.get("agreement.builder.removePayment"));
            remove.setId(id(field) + "-remove");
            remove.setOnAction(e -> builder.removePayment(index, at));
            HBox row = new HBox(8, new Label(messages.get("agreement.builder.payment", j + 1)), due, amount, remove);
            row.setAlignment(Pos.CENTER_LEFT);
            box.getChildren().addAll(row, problemLabel(field));
        }
    }

    private TextField field(String name, StringProperty value, double width) {
        TextField field = new TextField();
        field.setId(id(name));
        field.setPrefWidth(width);
        field.setMinWidth(width);
        field.textProperty().bindBidirectional(value);
        return field;
    }

    private VBox area(String name, String labelKey, StringProperty value, int rows) {
        TextArea area = new TextArea();
        area.setId(id(name));
        area.setPrefRowCount(rows);
        area.setWrapText(true);
        area.textProperty().bindBidirectional(value);
        return new VBox(4, new Label(messages.get(labelKey)), area, problemLabel(name));
    }

    private Label hint(String key) {
        Label label = new Label(messages.get(key));
        label.getStyleClass().add("hint");
        return label;
    }

    private Label problemLabel(String field) {
        Label label = new Label();
        label.getStyleClass().add("field-problem");
        label.setWrapText(true);
        label.setMinHeight(Region.USE_PREF_SIZE);
        label.setId("agreement-problem-" + field.replace('.', '-'));
        label.textProperty().bind(Bindings.createStringBinding(
            () -> builder.problems().getOrDefault(field, ""), builder.problems()));
        hideWhenEmpty(label);
        return label;
    }

    private static String id(String field) {
        return "agreement-" + field.replace('.', '-');
    }

    private static void hideWhenEmpty(Label label) {
        label.visibleProperty().bind(label.textProperty().isNotEmpty());
        label.managedProperty().bind(label.visibleProperty());
    }
}
