// SPDX-License-Identifier: AGPL-3.0-or-later
package org.qiao.domain;

import java.util.Arrays;
import java.util.Objects;

/**
 * One thing wrong with one field of a form, so a screen can show the message next to that field.
 *
 * @param field    the field's path in the form, e.g. {@code employer.creditCode} or {@code workers[2].residentId}
 *                 (indexes from 0)
 * @param messageKey the bundle key of the explanation
 * @param args     the values for the key's placeholders
 */
public record FieldProblem(String field, String messageKey, Object[] args) {

    public FieldProblem {
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(messageKey, "messageKey");
        args = args == null ? new Object[0] : args.clone();
    }

    /** The problem a domain type reported (e.g. {@code ResidentId.parse}), placed on {@code field}. */
    public static FieldProblem of(String field, QiaoException e) {
        return new FieldProblem(field, e.messageKey(), e.args());
    }

    @Override
    public Object[] args() {
        return args.clone();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof FieldProblem p && p.field.equals(field) && p.messageKey.equals(messageKey)
            && Arrays.equals(p.args, args);
    }

    @Override
    public int hashCode() {
        return Objects.hash(field, messageKey, Arrays.hashCode(args));
    }

    @Override
    public String toString() {
        return field + ": " + messageKey + Arrays.toString(args);
    }
}
