// SPDX-License-Identifier: AGPL-3.0-or-later
package org.qiao.domain;

import java.util.List;

/**
 * A form was refused: every problem found, each on its field, so that all of them can be shown at once and the
 * user keeps everything typed. Its own message ({@code validation.failed}) says how many there are.
 */
public final class ValidationException extends QiaoException {

    private static final long serialVersionUID = 1L;

    private final transient List<FieldProblem> problems;

    public ValidationException(List<FieldProblem> problems) {
        super("validation.failed", problems.size());
        if (problems.isEmpty()) {
            throw new IllegalArgumentException("a validation failure needs at least one problem");
        }
        this.problems = List.copyOf(problems);
    }

    /** The problems in form order. */
    public List<FieldProblem> problems() {
        return problems;
    }

    /** The problems of one field, e.g. {@code workers[2].residentId}. */
    public List<FieldProblem> problemsOf(String field) {
        return problems.stream().filter(p -> p.field().equals(field)).toList();
    }

    @Override
    public String getMessage() {
        return "validation.failed" + problems;
    }
}
