// SPDX-License-Identifier: AGPL-3.0-or-later
package org.qiao.service;

/**
 * Something the conflict check found in an open case, for the mediator to weigh before saving.
 *
 * @param field    the form field it concerns, e.g. {@code workers[0].residentId} or {@code employer.name}
 * @param matched  what matched in the other case: the resident ID, the employer's or the worker's name
 */
public record ConflictFinding(Kind kind, String field, long caseId, String caseNumber, String matched) {

    /** What was the same. Bundle key {@code intake.conflict.kind.<NAME>}. */
    public enum Kind {
        /** The same resident ID is a party to an open case. */
        SAME_WORKER,
        /** The same employer (record, credit code or a close name) has open cases. */
        SAME_EMPLOYER,
        /** A worker with the same name (with or without the middle dot) and birth date, but another ID. */
        SIMILAR_WORKER;

        public String messageKey() {
            return "intake.conflict.kind." + name();
        }
    }
}
