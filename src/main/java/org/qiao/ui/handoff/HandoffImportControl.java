// SPDX-License-Identifier: AGPL-3.0-or-later
package org.qiao.ui.handoff;

import org.qiao.i18n.Messages;

/**
 * The 导入移交包 button ({@code handoffImportButton}) with its message ({@code handoffImportMessage}), for the
 * referral inbox or board.
 */
public final class HandoffImportControl extends ButtonWithMessage {

    public HandoffImportControl(HandoffImportViewModel viewModel, Messages messages) {
        super("handoffImport", messages.get("handoff.ui.import.button"), viewModel.runningProperty(),
            viewModel::importPackage, viewModel.messageProperty());
    }
}
