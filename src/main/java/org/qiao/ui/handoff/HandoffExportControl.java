// SPDX-License-Identifier: AGPL-3.0-or-later
package org.qiao.ui.handoff;

import org.qiao.i18n.Messages;

/**
 * The 导出移交包 button ({@code handoffExportButton}) with its message ({@code handoffExportMessage}), for the case
 * page, which places it and keeps its ViewModel's case current ({@link HandoffExportViewModel#setCase}).
 */
public final class HandoffExportControl extends ButtonWithMessage {

    public HandoffExportControl(HandoffExportViewModel viewModel, Messages messages) {
        super("handoffExport", messages.get("handoff.ui.export.button"),
            viewModel.runningProperty().or(viewModel.availableProperty().not()), viewModel::export,
            viewModel.messageProperty());
    }
}
