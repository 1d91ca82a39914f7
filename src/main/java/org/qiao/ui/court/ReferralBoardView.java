// SPDX-License-Identifier: AGPL-3.0-or-later
package org.qiao.ui.court;

import java.util.List;
import java.util.Objects;
import java.util.function.Function;

import javafx.css.PseudoClass;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.HBox;

import org.qiao.i18n.Messages;
import org.qiao.ui.Labels;
import org.qiao.ui.Tables;
import org.qiao.ui.court.ReferralBoardViewModel.Row;

/** Binds the 诉调对接 section to its {@link ReferralBoardViewModel}. */
public final class ReferralBoardView {

    private static final PseudoClass OVERDUE = PseudoClass.getPseudoClass("overdue");

    private final ReferralBoardViewModel viewModel;
    private final Messages messages;

    @FXML private ComboBox<ReferralBoardViewModel.CourtChoice> courtFilter;
    @FXML private ComboBox<ReferralBoardViewModel.MonthChoice> monthFilter;
    @FXML private CheckBox onlyHeld;
    @FXML private ProgressIndicator loading;
    @FXML private Button printSheetButton;
    /** Where the integrator puts the control that imports a court's exchange package (another part of issue 5). */
    @FXML private HBox importBox;
    private javafx.scene.Node importControl;
    @FXML private Label summary;
    @FXML private Label message;
    @FXML private TableView<Row> boardTable;

    public ReferralBoardView(ReferralBoardViewModel viewModel, Messages messages) {
        this.viewModel = Objects.requireNonNull(viewModel);
        this.messages = Objects.requireNonNull(messages);
    }

    @FXML
    private void initialize() {
        if (importControl != null) {
            importBox.getChildren().setAll(importControl);
        }
        courtFilter.setItems(viewModel.courtChoices());
        courtFilter.setConverter(Labels.named(ReferralBoardViewModel.CourtChoice::label));
        courtFilter.valueProperty().bindBidirectional(viewModel.courtProperty());
        monthFilter.setItems(viewModel.monthChoices());
        monthFilter.setConverter(Labels.named(ReferralBoardViewModel.MonthChoice::label));
        monthFilter.valueProperty().bindBidirectional(viewModel.monthProperty());
        onlyHeld.selectedProperty().bindBidirectional(viewModel.onlyHeldProperty());
        loading.visibleProperty().bind(viewModel.loadingProperty().or(viewModel.printingProperty()));
        printSheetButton.disableProperty().bind(viewModel.printingProperty());
        summary.textProperty().bind(viewModel.summaryProperty());
        message.textProperty().bind(viewModel.messageProperty());
        message.managedProperty().bind(message.textProperty().isNotEmpty());
        // Columns of fixed content keep their width; case numbers, courts and parties share what is left.
        boardTable.getColumns().setAll(List.of(
            column("board.column.caseNumber", Row::caseNumber, 150, false),
            column("board.column.court", Row::court, 140, false),
            column("board.column.courtCaseNumber", Row::courtCaseNumber, 170, false),
            column("board.column.type", Row::type, 48, true),
            column("board.column.parties", Row::parties, 200, false),
            column("board.column.signedFor", Row::signedFor, 90, true),
            column("board.column.due", Row::due, 90, true),
            column("board.column.left", Row::left, 132, true),
            column("board.column.status", Row::status, 128, true),
            column("board.column.mediator", Row::mediator, 64, true)));
        boardTable.setItems(viewModel.rows());
        boardTable.setPlaceholder(new Label(messages.get("board.empty")));
        Tables.openOnDoubleClickOrEnter(boardTable, viewModel::open,
            (row, item) -> row.pseudoClassStateChanged(OVERDUE, item != null && item.overdue()));
        viewModel.load();
    }

    private TableColumn<Row, String> column(String key, Function<Row, String> value, double width, boolean fixed) {
        TableColumn<Row, String> column = Tables.textColumn(messages.get(key), value, width);
        if (fixed) {
            column.setMinWidth(width);
        } else {
            column.setMinWidth(width * 0.6);
        }
        return column;
    }

    @FXML
    private void onRefresh() {
        viewModel.refresh();
    }

    @FXML
    private void onPrintSheet() {
        viewModel.printSheet();
    }

    @FXML
    private void onRegisterReferral() {
        viewModel.registerReferral();
    }

    /** The empty box in the toolbar for the package-import control. */
    public HBox importBox() {
        return importBox;
    }

    /** Puts {@code control} (the package import) in the toolbar once the FXML is loaded. */
    public void placeImport(javafx.scene.Node control) {
        importControl = control;
        if (importBox != null) {
            importBox.getChildren().setAll(control);
        }
    }
}
