// SPDX-License-Identifier: AGPL-3.0-or-later
package org.qiao.ui.payment;

import java.util.List;
import java.util.Objects;
import java.util.function.Function;

import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.css.PseudoClass;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;

import org.qiao.domain.payment.FollowUpMethod;
import org.qiao.domain.payment.PaymentMethod;
import org.qiao.i18n.Messages;
import org.qiao.ui.Labels;
import org.qiao.ui.Tables;

/**
 * Binds the case page's 履行与回款 section to its {@link PaymentSectionViewModel}. Tables size to their rows, so
 * the case page scrolls as one; an overdue instalment's row is marked like an overdue deadline on the dashboard.
 */
public final class PaymentSectionView {

    private static final PseudoClass OVERDUE = PseudoClass.getPseudoClass("overdue");
    private static final double ROW = 28;
    /** The column header's height with the bundled font, and the table's border. */
    private static final double HEADER = 44;

    private final PaymentSectionViewModel viewModel;
    private final Messages messages;

    @FXML private VBox paymentSection;
    @FXML private Label paymentAgreement;
    @FXML private Button openSummaryButton;
    @FXML private Button printSummaryButton;
    @FXML private Button recordPaymentButton;
    @FXML private TableView<PaymentSectionViewModel.WorkerRow> workerTable;
    @FXML private Label paymentTotals;
    @FXML private GridPane paymentForm;
    @FXML private ComboBox<PaymentSectionViewModel.WorkerChoice> paymentWorker;
    @FXML private DatePicker paymentDate;
    @FXML private TextField paymentPayer;
    @FXML private TextField paymentAmount;
    @FXML private ComboBox<PaymentMethod> paymentMethod;
    @FXML private Label paymentProofName;
    @FXML private TextField paymentNote;
    @FXML private Label workerProblem;
    @FXML private Label dateProblem;
    @FXML private Label payerProblem;
    @FXML private Label amountProblem;
    @FXML private Label methodProblem;
    @FXML private Label proofProblem;
    @FXML private Label noteProblem;
    @FXML private Button savePaymentButton;
    @FXML private Label paymentMessage;
    @FXML private TableView<PaymentSectionViewModel.InstalmentRow> instalmentTable;
    @FXML private TableView<PaymentSectionViewModel.PaymentRow> paymentTable;
    @FXML private Button openProofButton;
    @FXML private Button voidButton;
    @FXML private Button addFollowUpButton;
    @FXML private GridPane followUpForm;
    @FXML private DatePicker followUpDate;
    @FXML private ComboBox<FollowUpMethod> followUpMethod;
    @FXML private ComboBox<PaymentSectionViewModel.WorkerChoice> followUpWorker;
    @FXML private TextField followUpResult;
    @FXML private Label followUpDateProblem;
    @FXML private Label followUpMethodProblem;
    @FXML private Label followUpResultProblem;
    @FXML private Button saveFollowUpButton;
    @FXML private VBox followUpBox;

    public PaymentSectionView(PaymentSectionViewModel viewModel, Messages messages) {
        this.viewModel = Objects.requireNonNull(viewModel);
        this.messages = Objects.requireNonNull(messages);
    }

    @FXML
    private void initialize() {
        paymentSection.visibleProperty().bind(viewModel.availableProperty());
        paymentSection.managedProperty().bind(paymentSection.visibleProperty());
        paymentAgreement.textProperty().bind(viewModel.agreementProperty());
        paymentTotals.textProperty().bind(viewModel.totalsProperty());
        paymentMessage.textProperty().bind(viewModel.messageProperty());
        showWhenSet(paymentMessage);
        recordPaymentButton.disableProperty().bind(viewModel.canRecordProperty().not().or(viewModel.busyProperty()));
        openSummaryButton.disableProperty().bind(viewModel.busyProperty());
        printSummaryButton.disableProperty().bind(viewModel.busyProperty());
        buildTables();
        bindPaymentForm();
        bindFollowUpForm();
        viewModel.followUpLines().addListener((ListChangeListener<String>) change -> showFollowUps());
        showFollowUps();
    }

    private void buildTables() {
        workerTable.getColumns().setAll(List.of(
            column("payment.column.worker", PaymentSectionViewModel.WorkerRow::name),
            amountColumn("payment.column.claimed", PaymentSectionViewModel.WorkerRow::claimed),
            amountColumn("payment.column.agreed", PaymentSectionViewModel.WorkerRow::agreed),
            amountColumn("payment.column.paid", PaymentSectionViewModel.WorkerRow::paid),
            amountColumn("payment.column.outstanding", PaymentSectionViewModel.WorkerRow::outstanding)));
        fit(workerTable, viewModel.workerRows());
        instalmentTable.getColumns().setAll(List.of(
            column("payment.column.worker", PaymentSectionViewModel.InstalmentRow::worker),
            column("payment.column.instalment", PaymentSectionViewModel.InstalmentRow::number),
            column("payment.column.due", PaymentSectionViewModel.InstalmentRow::due),
            amountColumn("payment.column.amount", PaymentSectionViewModel.InstalmentRow::amount),
            amountColumn("payment.column.paid", PaymentSectionViewModel.InstalmentRow::paid),
            column("payment.column.state", PaymentSectionViewModel.InstalmentRow::state),
            column("payment.column.nextStep", PaymentSectionViewModel.InstalmentRow::nextStep)));
        instalmentTable.getColumns().get(6).setPrefWidth(220);
        instalmentTable.setPlaceholder(new Label(messages.get("payment.section.noInstalments")));
        instalmentTable.setRowFactory(table -> new TableRow<>() {
            @Override
            protected void updateItem(PaymentSectionViewModel.InstalmentRow item, boolean empty) {
                super.updateItem(item, empty);
                pseudoClassStateChanged(OVERDUE, !empty && item != null && item.overdue());
                setTooltip(empty || item == null || !item.overdue() ? null : new Tooltip(item.nextStepInFull()));
            }
        });
        fit(instalmentTable, viewModel.instalmentRows());
        paymentTable.getColumns().setAll(List.of(
            column("payment.column.date", PaymentSectionViewModel.PaymentRow::date),
            column("payment.column.worker", PaymentSectionViewModel.PaymentRow::worker),
            column("payment.column.payer", PaymentSectionViewModel.PaymentRow::payer),
            column("payment.column.method", PaymentSectionViewModel.PaymentRow::method),
            amountColumn("payment.column.amount", PaymentSectionViewModel.PaymentRow::amount),
            column("payment.column.proof", PaymentSectionViewModel.PaymentRow::proof),
            column("payment.column.note", PaymentSectionViewModel.PaymentRow::note)));
        paymentTable.setPlaceholder(new Label(messages.get("payment.section.noPayments")));
        fit(paymentTable, viewModel.paymentRows());
        var selected = paymentTable.getSelectionModel().selectedItemProperty();
        voidButton.disableProperty().bind(Bindings.createBooleanBinding(() -> selected.get() == null
            || selected.get().voided(), selected).or(viewModel.canRecordProperty().not())
            .or(viewModel.busyProperty()));
        openProofButton.disableProperty().bind(Bindings.createBooleanBinding(() -> selected.get() == null
            || selected.get().proof().isEmpty(), selected).or(viewModel.busyProperty()));
    }

    /** A table as tall as its rows (at least two), so the page scrolls instead of the table. */
    private static <T> void fit(TableView<T> table, ObservableList<T> rows) {
        table.setItems(rows);
        table.prefHeightProperty().bind(Bindings.createDoubleBinding(
            () -> Math.max(2, rows.size()) * ROW + HEADER, rows));
        table.minHeightProperty().bind(table.prefHeightProperty());
        table.maxHeightProperty().bind(table.prefHeightProperty());
    }

    /** A column of amounts, aligned on the right so the digits line up. */
    private <T> TableColumn<T, String> amountColumn(String key, Function<T, String> value) {
        TableColumn<T, String> column = column(key, value);
        column.setStyle("-fx-alignment: center-right;");
        return column;
    }

    private <T> TableColumn<T, String> column(String key, Function<T, String> value) {
        return Tables.textColumn(messages.get(key), value);
    }

    private void bindPaymentForm() {
        paymentForm.visibleProperty().bind(viewModel.paymentFormShowingProperty());
        paymentForm.managedProperty().bind(paymentForm.visibleProperty());
        paymentWorker.setItems(viewModel.workerChoices());
        paymentWorker.valueProperty().bindBidirectional(viewModel.paymentWorkerProperty());
        paymentDate.valueProperty().bindBidirectional(viewModel.paymentDateProperty());
        paymentPayer.textProperty().bindBidirectional(viewModel.payerProperty());
        paymentAmount.textProperty().bindBidirectional(viewModel.amountProperty());
        paymentMethod.getItems().setAll(PaymentMethod.values());
        paymentMethod.setConverter(Labels.named(viewModel::methodLabel));
        paymentMethod.valueProperty().bindBidirectional(viewModel.methodProperty());
        paymentProofName.textProperty().bind(viewModel.proofTextProperty());
        paymentNote.textProperty().bindBidirectional(viewModel.noteProperty());
        problem(workerProblem, "worker", "problem-payment-worker");
        problem(dateProblem, "date", "problem-payment-date");
        problem(payerProblem, "payer", "problem-payment-payer");
        problem(amountProblem, "amount", "problem-payment-amount");
        problem(methodProblem, "method", "problem-payment-method");
        problem(proofProblem, "proof", "problem-payment-proof");
        problem(noteProblem, "note", "problem-payment-note");
        savePaymentButton.disableProperty().bind(viewModel.busyProperty());
    }

    private void problem(Label label, String field, String id) {
        label.setId(id);
        label.textProperty().bind(viewModel.paymentProblem(field));
    }

    private void bindFollowUpForm() {
        addFollowUpButton.disableProperty().bind(viewModel.busyProperty());
        followUpForm.visibleProperty().bind(viewModel.followUpFormShowingProperty());
        followUpForm.managedProperty().bind(followUpForm.visibleProperty());
        followUpDate.valueProperty().bindBidirectional(viewModel.followUpDateProperty());
        followUpMethod.getItems().setAll(FollowUpMethod.values());
        followUpMethod.setConverter(Labels.named(viewModel::followUpMethodLabel));
        followUpMethod.valueProperty().bindBidirectional(viewModel.followUpMethodProperty());
        followUpWorker.setItems(viewModel.workerChoices());
        followUpWorker.valueProperty().bindBidirectional(viewModel.followUpWorkerProperty());
        followUpResult.textProperty().bindBidirectional(viewModel.followUpResultProperty());
        followUpDateProblem.textProperty().bind(viewModel.followUpProblem("date"));
        followUpMethodProblem.textProperty().bind(viewModel.followUpProblem("method"));
        followUpResultProblem.textProperty().bind(viewModel.followUpProblem("result"));
        saveFollowUpButton.disableProperty().bind(viewModel.busyProperty());
    }

    private void showFollowUps() {
        followUpBox.getChildren().clear();
        if (viewModel.followUpLines().isEmpty()) {
            Label none = new Label(messages.get("followUp.none"));
            none.getStyleClass().add("hint");
            followUpBox.getChildren().add(none);
        }
        for (int i = 0; i < viewModel.followUpLines().size(); i++) {
            Label line = new Label(viewModel.followUpLines().get(i));
            line.setWrapText(true);
            line.setId("followUp-" + i);
            followUpBox.getChildren().add(line);
        }
    }

    private static void showWhenSet(Label label) {
        label.visibleProperty().bind(label.textProperty().isNotEmpty());
        label.managedProperty().bind(label.visibleProperty());
    }

    @FXML
    private void onOpenSummary() {
        viewModel.openSummary();
    }

    @FXML
    private void onPrintSummary() {
        viewModel.printSummary();
    }

    @FXML
    private void onRecordPayment() {
        viewModel.openPaymentForm();
        paymentAmount.requestFocus();
    }

    @FXML
    private void onChooseProof() {
        viewModel.chooseProof();
    }

    @FXML
    private void onSavePayment() {
        viewModel.savePayment();
    }

    @FXML
    private void onCancelPayment() {
        viewModel.cancelPayment();
    }

    @FXML
    private void onOpenProof() {
        viewModel.openProof(paymentTable.getSelectionModel().getSelectedItem());
    }

    @FXML
    private void onVoid() {
        viewModel.voidPayment(paymentTable.getSelectionModel().getSelectedItem());
    }

    @FXML
    private void onAddFollowUp() {
        viewModel.openFollowUpForm();
        followUpResult.requestFocus();
    }

    @FXML
    private void onSaveFollowUp() {
        viewModel.saveFollowUp();
    }

    @FXML
    private void onCancelFollowUp() {
        viewModel.cancelFollowUp();
    }
}
