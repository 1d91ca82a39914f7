// SPDX-License-Identifier: AGPL-3.0-or-later
package org.qiao.ui.court;

import java.util.ArrayList;
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
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;

import org.qiao.i18n.Messages;
import org.qiao.ui.Labels;
import org.qiao.ui.Tables;
import org.qiao.ui.court.ReferralBoardViewModel.Row;

/** Binds the 诉调对接 section to its {@link ReferralBoardViewModel}. */
public final class ReferralBoardView {

    private static final PseudoClass OVERDUE = PseudoClass.getPseudoClass("overdue");
    private static final double PARTIES_WIDTH = 180;
    private static final double PARTIES_MIN_WIDTH = 90;
    /** A column fitted to its content grows no wider: a long custom name goes to the tooltip. */
    private static final double FITTED_MAX_WIDTH = 260;

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
        // Every column but the parties' is as wide as its content; the parties take what is left, in full in the
        // tooltip. Courts go by their short names, with the full name in the tooltip.
        List<TableColumn<Row, String>> fitted = List.of(
            withTooltip(column("board.column.caseNumber", Row::caseNumber), Row::caseNumber),
            withTooltip(column("board.column.court", Row::court), Row::courtName),
            column("board.column.courtCaseNumber", Row::courtCaseNumber),
            column("board.column.type", Row::type),
            withTooltip(column("board.column.due", Row::due),
                row -> messages.get("board.tooltip.signedFor", row.signedFor())),
            column("board.column.left", Row::left),
            withTooltip(column("board.column.status", Row::status), Row::status),
            column("board.column.mediator", Row::mediator));
        TableColumn<Row, String> parties = withTooltip(column("board.column.parties", Row::parties), Row::parties);
        parties.setPrefWidth(PARTIES_WIDTH);
        parties.setMinWidth(PARTIES_MIN_WIDTH);
        List<TableColumn<Row, String>> columns = new ArrayList<>(fitted);
        columns.add(4, parties);
        boardTable.getColumns().setAll(columns);
        boardTable.setItems(viewModel.rows());
        Tables.fitToContent(boardTable, viewModel.rows(), fitted, FITTED_MAX_WIDTH);
        boardTable.setPlaceholder(new Label(messages.get("board.empty")));
        Tables.openOnDoubleClickOrEnter(boardTable, viewModel::open,
            (row, item) -> row.pseudoClassStateChanged(OVERDUE, item != null && item.overdue()));
        viewModel.load();
    }

    private TableColumn<Row, String> column(String key, Function<Row, String> value) {
        return Tables.textColumn(messages.get(key), value);
    }

    /** Shows {@code full} of the row as the cell's tooltip, for text a narrow column cuts. */
    private TableColumn<Row, String> withTooltip(TableColumn<Row, String> column, Function<Row, String> full) {
        column.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(String text, boolean empty) {
                super.updateItem(text, empty);
                setText(empty ? null : text);
                Row row = empty || getTableRow() == null ? null : getTableRow().getItem();
                setTooltip(row == null ? null : new Tooltip(full.apply(row)));
            }
        });
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
