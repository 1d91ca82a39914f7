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

    /**
     * The first string after every string starting with {@code typed}, in code-unit order (as H2 compares):
     * {@code typed} with its last character one higher; {@code null} when there is none.
     */
    static String after(String typed) {
        char last = typed.charAt(typed.length() - 1);
        return last == Character.MAX_VALUE ? null : typed.substring(0, typed.length() - 1) + (char) (last + 1);
    }
}
