// SPDX-License-Identifier: AGPL-3.0-or-later
package org.qiao.ui.placeholder;

import java.util.Objects;

import javafx.fxml.FXML;
import javafx.scene.control.Label;

/** Shows a section that is not built yet, saying so rather than pretending. */
public final class NotBuiltView {

    private final NotBuiltViewModel viewModel;

    @FXML private Label title;
    @FXML private Label statement;
    @FXML private Label planned;

    public NotBuiltView(NotBuiltViewModel viewModel) {
        this.viewModel = Objects.requireNonNull(viewModel);
    }

    @FXML
    private void initialize() {
        title.setText(viewModel.title());
        statement.setText(viewModel.statement());
        planned.setText(viewModel.planned());
    }
}
