// SPDX-License-Identifier: AGPL-3.0-or-later
package org.qiao.ui;

import java.util.function.BiConsumer;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;

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
}
