// SPDX-License-Identifier: AGPL-3.0-or-later
package org.qiao.store;

/** Builds LIKE patterns from what a user typed, so that {@code %} and {@code _} in a name match literally. */
final class Like {

    private Like() {
    }

    static String prefix(String typed) {
        String escaped = typed.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
        return escaped + "%";
    }
}
