// SPDX-License-Identifier: AGPL-3.0-or-later
package org.qiao.ui.dashboard;

import java.util.List;
import java.util.Objects;
import java.util.function.Function;

import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.css.PseudoClass;
import javafx.fxml.FXML;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;

import org.qiao.i18n.Messages;
import org.qiao.ui.Tables;

/** Binds the dashboard to its {@link DashboardViewModel}. */
public final class DashboardView {

    private static final PseudoClass OVERDUE = PseudoClass.getPseudoClass("overdue");

    private final DashboardViewModel viewModel;

    @FXML private Label totalCases;
    @FXML private Label openCases;
    @FXML private Label message;
    @FXML private ProgressIndicator loading;
    @FXML private TableView<DashboardViewModel.StatusRow> statusTable;
    @FXML private TableColumn<DashboardViewModel.StatusRow, String> statusColumn;
    @FXML private TableColumn<DashboardViewModel.StatusRow, Long> countColumn;
    @FXML private Label overdueCount;
    @FXML private Label dueSoonCount;
    @FXML private Label deadlineNote;
    @FXML private TableView<DashboardViewModel.DeadlineRow> deadlineTable;
    private final Messages messages;

    public DashboardView(DashboardViewModel viewModel, Messages messages) {
        this.viewModel = Objects.requireNonNull(viewModel);
        this.messages = Objects.requireNonNull(messages);
    }

    @FXML
    private void initialize() {
        totalCases.textProperty().bind(viewModel.totalCasesProperty());
        openCases.textProperty().bind(viewModel.openCasesProperty());
        message.textProperty().bind(viewModel.messageProperty());
        message.managedProperty().bind(message.textProperty().isNotEmpty());
        loading.visibleProperty().bind(viewModel.loadingProperty());
        statusColumn.setCellValueFactory(cell -> new ReadOnlyStringWrapper(cell.getValue().status()));
        countColumn.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(cell.getValue().count()));
        statusTable.setItems(viewModel.statusRows());
        overdueCount.textProperty().bind(viewModel.overdueCountProperty());
        dueSoonCount.textProperty().bind(viewModel.dueSoonCountProperty());
        deadlineNote.textProperty().bind(viewModel.deadlineNoteProperty());
        buildDeadlineTable();
        viewModel.refresh();
    }

    private void buildDeadlineTable() {
        deadlineTable.getColumns().setAll(List.of(
            column("dashboard.deadlines.column.number", DashboardViewModel.DeadlineRow::caseNumber, 215),
            column("dashboard.deadlines.column.left", DashboardViewModel.DeadlineRow::left, 100),
            column("dashboard.deadlines.column.due", DashboardViewModel.DeadlineRow::due, 100),
            column("dashboard.deadlines.column.employer", DashboardViewModel.DeadlineRow::employer, 180),
            column("dashboard.deadlines.column.workers", DashboardViewModel.DeadlineRow::workers, 110),
            column("dashboard.deadlines.column.status", DashboardViewModel.DeadlineRow::status, 80),
            column("dashboard.deadlines.column.mediator", DashboardViewModel.DeadlineRow::mediator, 80)));
        deadlineTable.setItems(viewModel.deadlineRows());
        deadlineTable.setPlaceholder(new Label(messages.get("dashboard.deadlines.empty")));
        Tables.openOnDoubleClickOrEnter(deadlineTable, viewModel::open,
            (row, item) -> row.pseudoClassStateChanged(OVERDUE, item != null && item.overdue()));
    }

    private TableColumn<DashboardViewModel.DeadlineRow, String> column(String key,
        Function<DashboardViewModel.DeadlineRow, String> value, double width) {
        return Tables.textColumn(messages.get(key), value, width);
    }

    @FXML
    private void onRefresh() {
        viewModel.refresh();
    }
}
