// SPDX-License-Identifier: AGPL-3.0-or-later
package org.qiao.ui.handoff;

import javafx.beans.value.ObservableBooleanValue;
import javafx.beans.value.ObservableStringValue;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;

/**
 * A button with the message its work leaves beside it: the exchange package's controls. Two nodes, so built here
 * rather than from an FXML file of their own; the nodes carry ids ({@code <name>Button}, {@code <name>Message}) for
 * tests and for the page that places them.
 */
abstract class ButtonWithMessage extends HBox {

    ButtonWithMessage(String name, String text, ObservableBooleanValue disabled, Runnable action,
        ObservableStringValue message) {
        Button button = new Button(text);
        button.setId(name + "Button");
        button.disableProperty().bind(disabled);
        // The button keeps its text however long the message beside it grows.
        button.setMinWidth(Region.USE_PREF_SIZE);
        button.setOnAction(e -> action.run());
        Label label = new Label();
        label.setId(name + "Message");
        label.setWrapText(true);
        label.textProperty().bind(message);
        HBox.setHgrow(label, Priority.ALWAYS);
        setSpacing(8);
        setAlignment(Pos.CENTER_LEFT);
        getChildren().addAll(button, label);
    }
}
