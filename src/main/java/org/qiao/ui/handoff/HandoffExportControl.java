// SPDX-License-Identifier: AGPL-3.0-or-later
package org.qiao.ui.handoff;

import java.util.Objects;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import org.qiao.i18n.Messages;

/**
 * The 导出移交包 button with its message, for the case page. Two nodes, so built here rather than from an FXML file
 * of its own; the page places it and keeps its ViewModel's case current ({@link HandoffExportViewModel#setCase}).
 */
public final class HandoffExportControl extends HBox {

    public HandoffExportControl(HandoffExportViewModel viewModel, Messages messages) {
        Objects.requireNonNull(viewModel);
        Button button = new Button(messages.get("handoff.ui.export.button"));
        button.setId("handoffExportButton");
        button.disableProperty().bind(viewModel.runningProperty().or(viewModel.availableProperty().not()));
        button.setOnAction(e -> viewModel.export());
        Label message = new Label();
        message.setId("handoffExportMessage");
        message.setWrapText(true);
        message.textProperty().bind(viewModel.messageProperty());
        setSpacing(8);
        setAlignment(Pos.CENTER_LEFT);
        getChildren().addAll(button, message);
    }
}
