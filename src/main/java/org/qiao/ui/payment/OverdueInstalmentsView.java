// SPDX-License-Identifier: AGPL-3.0-or-later
package org.qiao.ui.payment;

import java.util.List;
import java.util.Objects;
import java.util.function.Function;

import javafx.css.PseudoClass;
import javafx.fxml.FXML;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;

import org.qiao.i18n.Messages;
import org.qiao.ui.Tables;

/** Binds the dashboard's overdue-instalment card to its {@link OverdueInstalmentsViewModel}; rows are marked red. */
public final class OverdueInstalmentsView {

    private static final PseudoClass OVERDUE = PseudoClass.getPseudoClass("overdue");

    private final OverdueInstalmentsViewModel viewModel;
    private final Messages messages;

    @FXML private Label overdueInstalmentCount;
    @FXML private Label overdueInstalmentNote;
    @FXML private TableView<OverdueInstalmentsViewModel.Row> overdueInstalmentTable;

    public OverdueInstalmentsView(OverdueInstalmentsViewModel viewModel, Messages messages) {
        this.viewModel = Objects.requireNonNull(viewModel);
        this.messages = Objects.requireNonNull(messages);
    }

    @FXML
    private void initialize() {
        overdueInstalmentCount.textProperty().bind(viewModel.countProperty());
        overdueInstalmentNote.textProperty().bind(viewModel.noteProperty());
        overdueInstalmentTable.getColumns().setAll(List.of(
            column("dashboard.deadlines.column.number", OverdueInstalmentsViewModel.Row::caseNumber, 172),
            column("payment.column.worker", OverdueInstalmentsViewModel.Row::worker, 65),
            column("payment.column.instalment", OverdueInstalmentsViewModel.Row::instalment, 52),
            column("payment.column.due", OverdueInstalmentsViewModel.Row::due, 90),
            column("dashboard.deadlines.column.left", OverdueInstalmentsViewModel.Row::overdue, 88),
            column("payment.column.outstanding", OverdueInstalmentsViewModel.Row::remaining, 80),
            column("payment.column.nextStep", OverdueInstalmentsViewModel.Row::nextStep, 168),
            column("dashboard.deadlines.column.mediator", OverdueInstalmentsViewModel.Row::mediator, 60)));
        overdueInstalmentTable.setTooltip(new Tooltip(messages.get("payment.overdue.hint")));
        overdueInstalmentTable.setItems(viewModel.rows());
        overdueInstalmentTable.setPlaceholder(new Label(messages.get("payment.overdue.empty")));
        Tables.openOnDoubleClickOrEnter(overdueInstalmentTable, viewModel::open, (row, item) -> {
            row.pseudoClassStateChanged(OVERDUE, item != null);
            row.setTooltip(item == null ? null : new Tooltip(item.nextStepInFull()));
        });
        viewModel.refresh();
    }

    private TableColumn<OverdueInstalmentsViewModel.Row, String> column(String key,
        Function<OverdueInstalmentsViewModel.Row, String> value, double width) {
        return Tables.textColumn(messages.get(key), value, width);
    }
}
