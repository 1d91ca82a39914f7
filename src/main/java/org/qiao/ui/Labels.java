// SPDX-License-Identifier: AGPL-3.0-or-later
package org.qiao.ui;

import java.util.function.Function;

import javafx.util.StringConverter;

import org.qiao.domain.cases.LedgerRow;
import org.qiao.i18n.Messages;

/** Shows values in choice boxes and lists in the user's language. */
public final class Labels {

    private Labels() {
    }

    /** A case's workers as lists show them: the first one's name, and how many in all (王秀兰等12人). */
    public static String workers(Messages messages, LedgerRow row) {
        if (row.firstWorkerName() == null) {
            return "";
        }
        return row.workerCount() <= 1 ? row.firstWorkerName()
            : messages.get("ledger.workers", row.firstWorkerName(), row.workerCount());
    }

    /** A converter that shows each value by {@code names}; choice boxes never parse text back. */
    public static <T> StringConverter<T> named(Function<T, String> names) {
        return new StringConverter<>() {
            @Override
            public String toString(T value) {
                return value == null ? "" : names.apply(value);
            }

            @Override
            public T fromString(String text) {
                throw new UnsupportedOperationException("choice boxes do not parse text");
            }
        };
    }
}
