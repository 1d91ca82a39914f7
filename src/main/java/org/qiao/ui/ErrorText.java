// SPDX-License-Identifier: AGPL-3.0-or-later
package org.qiao.ui;

import java.util.Objects;

import org.qiao.domain.QiaoException;
import org.qiao.i18n.Messages;

/** Turns a failure into one sentence in the user's language; unexpected failures say so and name the cause. */
public final class ErrorText {

    private final Messages messages;

    public ErrorText(Messages messages) {
        this.messages = Objects.requireNonNull(messages);
    }

    public String of(Throwable failure) {
        Throwable cause = failure;
        while (cause != null) {
            if (cause instanceof QiaoException qiao) {
                return messages.get(qiao.messageKey(), qiao.args());
            }
            cause = cause.getCause();
        }
        String detail = failure.getMessage() != null ? failure.getMessage() : failure.getClass().getSimpleName();
        return messages.get("error.unexpected", detail);
    }
}
