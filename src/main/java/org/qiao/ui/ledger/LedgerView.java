// SPDX-License-Identifier: AGPL-3.0-or-later
package org.qiao.ui.ledger;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.ListChangeListener;
import javafx.fxml.FXML;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.MenuButton;
import javafx.scene.control.OverrunStyle;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;

import org.qiao.domain.cases.CaseSource;
import org.qiao.domain.cases.CaseStatus;
import org.qiao.domain.cases.DisputeCategory;
import org.qiao.domain.cases.LedgerRow;
import org.qiao.domain.cases.LedgerSort;
import org.qiao.domain.cases.WorkerGroup;
import org.qiao.domain.region.Region;
import org.qiao.domain.user.UserRef;
import org.qiao.i18n.Messages;
import org.qiao.service.CaseLedgerService.Due;

/**
 * Binds the ledger to its {@link LedgerViewModel}; the case page ({@link CaseView}) lies over the list and shows
 * when a row is opened with a double click or Enter. Clicking a column header asks the service for that order.
 */
public final class LedgerView {

    /**
     * Widths in column order (case number, status, received, employer, workers, amount, ID, source, region,
     * mediator). At the window's first size (1180 wide: about 918 pixels for the table) the columns share the width
     * with no horizontal scroll bar: the table fits them to its width from their preferred widths, none below its
     * minimum (a case number, a status, a date and an amount stay whole; a masked ID keeps its first and last
     * digits) and the short fixed-form columns never above their maximum, so a wider window gives its room to the
     * employer, the workers and the ID. Ten columns do not all fit whole in 918 pixels: long employer names, groups
     * of workers and long region names are cut, with the whole text in a tooltip.
     */
    private static final double[] PREF = {192, 76, 92, 200, 100, 106, 120, 70, 76, 64};
    private static final double[] MIN = {188, 74, 90, 130, 72, 102, 76, 60, 60, 60};
    private static final double[] MAX = {260, 110, 100, Double.MAX_VALUE, 240, 140, 170, 110, 130, 110};

    private final LedgerViewModel viewModel;
    private final CaseViewModel caseViewModel;
    private final Messages messages;
    /** Set while the table's sort indicator follows the view model, so it is not taken as a click. */
    private boolean syncingSort;

    @FXML private VBox listPane;
    @FXML private TextField search;
    @FXML private MenuButton statusMenu;
    @FXML private ChoiceBox<CaseSource> source;
    @FXML private ChoiceBox<Region> league;
    @FXML private ChoiceBox<Region> county;
    @FXML private ChoiceBox<DisputeCategory> category;
    @FXML private ChoiceBox<WorkerGroup> workerGroup;
    @FXML private DatePicker receivedFrom;
    @FXML private DatePicker receivedTo;
    @FXML private ChoiceBox<Due> due;
    @FXML private ChoiceBox<UserRef> mediator;
    @FXML private TableView<LedgerRow> table;
    @FXML private Button previousButton;
    @FXML private Button nextButton;
    @FXML private Label pageText;
    @FXML private Label message;
    @FXML private Button exportButton;
    @FXML private Button cancelExportButton;
    @FXML private ProgressBar exportProgress;
    @FXML private Label exportText;

    public LedgerView(LedgerViewModel viewModel, CaseViewModel caseViewModel, Messages messages) {
        this.viewModel = Objects.requireNonNull(viewModel);
        this.caseViewModel = Objects.requireNonNull(caseViewModel);
        this.messages = Objects.requireNonNull(messages);
    }

    @FXML
    private void initialize() {
        listPane.visibleProperty().bind(caseViewModel.showingProperty().not());
        caseViewModel.setOnBack(viewModel::reload);
        caseViewModel.showingProperty().addListener((obs, was, now) -> {
            if (!now) {
                table.requestFocus();
            }
        });
        search.textProperty().bindBidirectional(viewModel.queryProperty());

        for (CaseStatus status : CaseStatus.values()) {
            CheckMenuItem item = new CheckMenuItem(viewModel.label(status));
            item.setId("status-" + status.name());
            item.setSelected(viewModel.statuses().contains(status));
            item.selectedProperty().addListener((obs, was, now) -> {
                if (now) {
                    viewModel.statuses().add(status);
                } else {
                    viewModel.statuses().remove(status);
                }
            });
            viewModel.statuses().addListener((javafx.collections.SetChangeListener<CaseStatus>) change ->
                item.setSelected(viewModel.statuses().contains(status)));
            statusMenu.getItems().add(item);
        }
        statusMenu.textProperty().bind(viewModel.statusesTextProperty());

        optional(source, Arrays.asList(CaseSource.values()), viewModel::label,
            messages.get("ledger.filter.source.any"), viewModel.sourceProperty());
        optional(league, viewModel.leagues(), Region::name, messages.get("ledger.filter.league.any"),
            viewModel.leagueProperty());
        optional(county, viewModel.counties(), Region::name, messages.get("ledger.filter.county.any"),
            viewModel.countyProperty());
        viewModel.counties().addListener((ListChangeListener<Region>) change -> {
            Region chosen = viewModel.countyProperty().get();
            county.getItems().setAll(withAny(viewModel.counties()));
            county.setValue(chosen);
        });
        county.disableProperty().bind(viewModel.leagueProperty().isNull());
        optional(category, Arrays.asList(DisputeCategory.values()), viewModel::label,
            messages.get("ledger.filter.category.any"), viewModel.categoryProperty());
        optional(workerGroup, Arrays.asList(WorkerGroup.values()), viewModel::label,
            messages.get("ledger.filter.workerGroup.any"), viewModel.workerGroupProperty());
        receivedFrom.valueProperty().bindBidirectional(viewModel.receivedFromProperty());
        receivedTo.valueProperty().bindBidirectional(viewModel.receivedToProperty());
        due.getItems().setAll(Due.values());
        due.setConverter(converter(viewModel::label));
        due.valueProperty().bindBidirectional(viewModel.dueProperty());
        optional(mediator, viewModel.mediators(), viewModel::mediatorLabel, viewModel.mediatorLabel(null),
            viewModel.mediatorProperty());
        mediator.setPrefWidth(160);
        viewModel.mediators().addListener((ListChangeListener<UserRef>) change -> {
            UserRef chosen = viewModel.mediatorProperty().get();
            mediator.getItems().setAll(withAny(viewModel.mediators()));
            mediator.setValue(chosen);
        });

        buildTable();
        previousButton.disableProperty().bind(viewModel.hasPreviousProperty().not());
        nextButton.disableProperty().bind(viewModel.hasNextProperty().not());
        pageText.textProperty().bind(viewModel.pageTextProperty());
        message.textProperty().bind(viewModel.messageProperty());

        exportButton.disableProperty().bind(viewModel.exportingProperty());
        for (var node : List.of(exportProgress, cancelExportButton)) {
            node.visibleProperty().bind(viewModel.exportingProperty());
            node.managedProperty().bind(node.visibleProperty());
        }
        exportProgress.progressProperty().bind(viewModel.exportProgressProperty());
        exportText.textProperty().bind(viewModel.exportTextProperty());
        viewModel.start();
    }

    private void buildTable() {
        List<TableColumn<LedgerRow, String>> columns = new ArrayList<>();
        for (LedgerViewModel.Column column : LedgerViewModel.Column.values()) {
            TableColumn<LedgerRow, String> tc = new TableColumn<>(messages.get(column.headerKey()));
            tc.setId("col-" + column.name());
            tc.setUserData(column);
            tc.setCellValueFactory(cell -> new ReadOnlyStringWrapper(viewModel.text(column, cell.getValue())));
            tc.setSortable(column.sort() != null);
            tc.setPrefWidth(PREF[column.ordinal()]);
            tc.setMinWidth(MIN[column.ordinal()]);
            tc.setMaxWidth(MAX[column.ordinal()]);
            tc.setCellFactory(c -> new LedgerCell(column));
            columns.add(tc);
        }
        table.getColumns().setAll(columns);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_ALL_COLUMNS);
        table.setItems(viewModel.rows());
        Label empty = new Label();
        empty.textProperty().bind(javafx.beans.binding.Bindings.when(viewModel.busyProperty())
            .then(messages.get("ledger.loading")).otherwise(viewModel.emptyTextProperty()));
        table.setPlaceholder(empty);
        // The database orders the rows: a click on a header asks for a new page instead of sorting this one.
        table.setSortPolicy(t -> {
            if (!syncingSort) {
                TableColumn<LedgerRow, ?> first = t.getSortOrder().isEmpty() ? null : t.getSortOrder().get(0);
                viewModel.sortBy(first == null ? null : (LedgerViewModel.Column) first.getUserData(),
                    first != null && first.getSortType() == TableColumn.SortType.DESCENDING);
            }
            return true;
        });
        viewModel.sortProperty().addListener((obs, old, now) -> showSort(now));
        showSort(viewModel.sortProperty().get());
        table.setRowFactory(t -> {
            TableRow<LedgerRow> row = new TableRow<>();
            row.setOnMouseClicked(event -> {
                if (event.getButton() == MouseButton.PRIMARY && event.getClickCount() == 2 && !row.isEmpty()) {
                    caseViewModel.open(row.getItem().caseNumber());
                }
            });
            return row;
        });
        table.addEventFilter(KeyEvent.KEY_PRESSED, event -> {
            LedgerRow selected = table.getSelectionModel().getSelectedItem();
            if (event.getCode() == KeyCode.ENTER && selected != null) {
                event.consume();
                caseViewModel.open(selected.caseNumber());
            }
        });
    }

    /**
     * A ledger cell: amounts right-aligned; a narrow side padding so ten columns fit; a case number or resident ID
     * too long for its column cut in the middle (its start and its distinctive end stay), other texts at the end; the
     * whole text in a tooltip where a long one is likely (case number, employer, workers).
     */
    private static final class LedgerCell extends TableCell<LedgerRow, String> {

        private final Tooltip tooltip;

        LedgerCell(LedgerViewModel.Column column) {
            setStyle("-fx-padding: 0 6 0 6;");
            if (column == LedgerViewModel.Column.CLAIMED) {
                setAlignment(Pos.CENTER_RIGHT);
            }
            if (column == LedgerViewModel.Column.CASE_NUMBER || column == LedgerViewModel.Column.RESIDENT_ID) {
                setTextOverrun(OverrunStyle.CENTER_ELLIPSIS);
            }
            boolean tipped = column == LedgerViewModel.Column.CASE_NUMBER || column == LedgerViewModel.Column.EMPLOYER
                || column == LedgerViewModel.Column.WORKERS;
            tooltip = tipped ? new Tooltip() : null;
        }

        @Override
        protected void updateItem(String text, boolean empty) {
            super.updateItem(text, empty);
            setText(empty ? null : text);
            if (tooltip != null) {
                tooltip.setText(text);
                setTooltip(empty || text == null || text.isEmpty() ? null : tooltip);
            }
        }
    }

    /** Shows the view model's order as the table's sort indicator. */
    private void showSort(LedgerSort sort) {
        syncingSort = true;
        try {
            table.getSortOrder().clear();
            for (TableColumn<LedgerRow, ?> tc : table.getColumns()) {
                LedgerViewModel.Column column = (LedgerViewModel.Column) tc.getUserData();
                if (column.sort() == sort.column()) {
                    tc.setSortType(sort.descending() ? TableColumn.SortType.DESCENDING
                        : TableColumn.SortType.ASCENDING);
                    table.getSortOrder().add(tc);
                }
            }
        } finally {
            syncingSort = false;
        }
    }

    /** A choice box whose first item, "any", stands for no condition. */
    private <T> void optional(ChoiceBox<T> box, List<T> values, Function<T, String> names, String anyText,
                              ObjectProperty<T> property) {
        box.getItems().setAll(withAny(values));
        box.setConverter(converter(value -> value == null ? anyText : names.apply(value)));
        box.valueProperty().bindBidirectional(property);
        box.getStyleClass().add("filter-choice");
        box.setMaxWidth(220);
    }

    private static <T> List<T> withAny(List<T> values) {
        List<T> items = new ArrayList<>();
        items.add(null);
        items.addAll(values);
        return items;
    }

    private static <T> StringConverter<T> converter(Function<T, String> names) {
        return new StringConverter<>() {
            @Override
            public String toString(T value) {
                return names.apply(value);
            }

            @Override
            public T fromString(String text) {
                throw new UnsupportedOperationException("choice boxes do not parse text");
            }
        };
    }

    @FXML
    private void onSearch() {
        viewModel.search();
    }

    @FXML
    private void onClear() {
        viewModel.clearFilters();
    }

    @FXML
    private void onPrevious() {
        viewModel.previousPage();
    }

    @FXML
    private void onNext() {
        viewModel.nextPage();
    }

    @FXML
    private void onExport() {
        viewModel.export();
    }

    @FXML
    private void onCancelExport() {
        viewModel.cancelExport();
    }
}
