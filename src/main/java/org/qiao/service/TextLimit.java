// SPDX-License-Identifier: AGPL-3.0-or-later
package org.qiao.service;

import java.util.List;
import org.qiao.domain.FieldProblem;
import org.qiao.domain.QiaoException;

/**
 * The longest text a column holds, checked before writing, so a text too long gets a message in the user's language
 * (and the form keeps it) instead of a database error.
 */
final class TextLimit {

    /** How much of a refused text a message quotes. */
    private static final int QUOTED = 12;

    private TextLimit() {
    }

    /** Adds a problem on {@code field} (message {@code key}, with the limit) when {@code value} is longer than max. */
    static void check(List<FieldProblem> problems, String field, String value, int max, String key) {
        if (value != null && value.strip().length() > max) {
            problems.add(new FieldProblem(field, key, new Object[] {max}));
        }
    }

    /**
     * Refuses {@code value} when it is longer than {@code max}: {@code field.tooLong} with the limit and the text's
     * beginning, for a form that shows one message.
     */
    static void require(String value, int max) {
        if (value != null && value.strip().length() > max) {
            throw new QiaoException("field.tooLong", max, value.strip().substring(0, QUOTED));
        }
    }
}
