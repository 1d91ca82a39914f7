// SPDX-License-Identifier: AGPL-3.0-or-later
package org.qiao.ui;

import java.util.function.Function;

import javafx.util.StringConverter;

/** Shows values in choice boxes and lists by a name in the user's language. */
public final class Labels {

    private Labels() {
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
