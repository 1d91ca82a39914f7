// SPDX-License-Identifier: AGPL-3.0-or-later
package org.qiao.ui.dashboard;

import java.util.Objects;

import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.fxml.FXML;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;

/** Binds the dashboard to its {@link DashboardViewModel}. */
public final class DashboardView {

    private final DashboardViewModel viewModel;

    @FXML private Label totalCases;
    @FXML private Label openCases;
    @FXML private Label message;
    @FXML private ProgressIndicator loading;
    @FXML private TableView<DashboardViewModel.StatusRow> statusTable;
    @FXML private TableColumn<DashboardViewModel.StatusRow, String> statusColumn;
    @FXML private TableColumn<DashboardViewModel.StatusRow, Long> countColumn;

    public DashboardView(DashboardViewModel viewModel) {
        this.viewModel = Objects.requireNonNull(viewModel);
    }

    @FXML
    private void initialize() {
        totalCases.textProperty().bind(viewModel.totalCasesProperty());
        openCases.textProperty().bind(viewModel.openCasesProperty());
        message.textProperty().bind(viewModel.messageProperty());
        loading.visibleProperty().bind(viewModel.loadingProperty());
        statusColumn.setCellValueFactory(cell -> new ReadOnlyStringWrapper(cell.getValue().status()));
        countColumn.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(cell.getValue().count()));
        statusTable.setItems(viewModel.statusRows());
        viewModel.refresh();
    }

    @FXML
    private void onRefresh() {
        viewModel.refresh();
    }
}
