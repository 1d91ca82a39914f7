// SPDX-License-Identifier: AGPL-3.0-or-later
package org.qiao.ui;

import java.util.List;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.application.Platform;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.value.ObservableValue;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.scene.control.Labeled;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.scene.text.Font;
import javafx.scene.text.Text;

/** The pieces the screens' read-only tables share. */
public final class Tables {

    private Tables() {
    }

    /** A column of text the screen does not let the user sort (the rows come in the order they mean). */
    public static <R> TableColumn<R, String> textColumn(String title, Function<R, String> value) {
        TableColumn<R, String> column = new TableColumn<>(title);
        column.setCellValueFactory(cell -> new ReadOnlyStringWrapper(value.apply(cell.getValue())));
        column.setSortable(false);
        return column;
    }

    /** As {@link #textColumn(String, Function)}, {@code width} wide. */
    public static <R> TableColumn<R, String> textColumn(String title, Function<R, String> value, double width) {
        TableColumn<R, String> column = textColumn(title, value);
        column.setPrefWidth(width);
        return column;
    }

    /**
     * A table whose rows each lead somewhere (a case page): a double-click or Enter on a row calls {@code open}.
     * {@code style} sets a row's look whenever its item changes (the item is {@code null} for an empty row).
     */
    public static <R> void openOnDoubleClickOrEnter(TableView<R> table, Consumer<R> open,
        BiConsumer<TableRow<R>, R> style) {
        table.setRowFactory(view -> {
            TableRow<R> row = new TableRow<>() {
                @Override
                protected void updateItem(R item, boolean empty) {
                    super.updateItem(item, empty);
                    style.accept(this, empty ? null : item);
                }
            };
            row.setOnMouseClicked(event -> {
                if (event.getClickCount() == 2 && !row.isEmpty()) {
                    open.accept(row.getItem());
                }
            });
            return row;
        });
        table.setOnKeyPressed(event -> {
            if (event.getCode() == KeyCode.ENTER) {
                open.accept(table.getSelectionModel().getSelectedItem());
            }
        });
    }

    /** What a cell adds to its text: the padding on both sides and a little air. */
    private static final double CELL_PADDING = 14;
    /** A column title is set a little bolder than the cells below it. */
    private static final double HEADER_EXTRA = 10;
    /** Room kept for the vertical scroll bar, so that a full table does not scroll sideways as well. */
    private static final double SCROLL_BAR_ALLOWANCE = 20;

    /**
     * Keeps each of {@code fitted} as wide as its title and its longest text among {@code rows}, measured in the
     * table's own font, but no wider than {@code max}; the table's other columns share what is left of its width
     * (each no narrower than its minimum width: past that the table scrolls sideways). Texts differ in length between
     * languages and studios: fixed widths cut one or waste the other. For a table without a constrained resize
     * policy.
     */
    public static <R> void fitToContent(TableView<R> table, ObservableList<R> rows, List<TableColumn<R, String>> fitted,
                                        double max) {
        Runnable fit = () -> {
            Font font = table.lookupAll(".table-cell").stream().filter(Labeled.class::isInstance)
                .map(node -> ((Labeled) node).getFont()).findFirst().orElse(Font.getDefault());
            Text measure = new Text();
            measure.setFont(font);
            double used = 0;
            for (TableColumn<R, String> column : fitted) {
                double width = width(measure, column.getText()) + HEADER_EXTRA;
                for (R item : rows) {
                    ObservableValue<String> value = column.getCellObservableValue(item);
                    width = Math.max(width, width(measure, value == null ? null : value.getValue()));
                }
                double fittedWidth = Math.min(max, Math.ceil(width + CELL_PADDING));
                column.setPrefWidth(fittedWidth);
                used += fittedWidth;
            }
            List<TableColumn<R, ?>> others = table.getColumns().stream().filter(c -> !fitted.contains(c)).toList();
            double left = table.getWidth() - used - SCROLL_BAR_ALLOWANCE;
            for (TableColumn<R, ?> column : others) {
                column.setPrefWidth(Math.max(column.getMinWidth(), left / others.size()));
            }
        };
        // After the rows are laid out, so that the cells (and their font) exist.
        rows.addListener((ListChangeListener<R>) change -> Platform.runLater(fit));
        table.widthProperty().addListener((obs, old, now) -> fit.run());
        Platform.runLater(fit);
    }

    private static double width(Text measure, String text) {
        if (text == null || text.isEmpty()) {
            return 0;
        }
        measure.setText(text);
        return measure.getLayoutBounds().getWidth();
    }
}
