// SPDX-License-Identifier: AGPL-3.0-or-later
package org.qiao.ui.handoff;

import java.util.Objects;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import org.qiao.i18n.Messages;

/**
 * The 导入移交包 button with its message, for the referral inbox or board. Two nodes, so built here rather than
 * from an FXML file of its own.
 */
public final class HandoffImportControl extends HBox {

    public HandoffImportControl(HandoffImportViewModel viewModel, Messages messages) {
        Objects.requireNonNull(viewModel);
        Button button = new Button(messages.get("handoff.ui.import.button"));
        button.setId("handoffImportButton");
        button.disableProperty().bind(viewModel.runningProperty());
        button.setOnAction(e -> viewModel.importPackage());
        Label message = new Label();
        message.setId("handoffImportMessage");
        message.setWrapText(true);
        message.textProperty().bind(viewModel.messageProperty());
        setSpacing(8);
        setAlignment(Pos.CENTER_LEFT);
        getChildren().addAll(button, message);
    }
}
