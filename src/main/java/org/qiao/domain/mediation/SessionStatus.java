// SPDX-License-Identifier: AGPL-3.0-or-later
package org.qiao.domain.mediation;

/** Where a mediation session stands. Bundle key {@code session.status.<NAME>}. */
public enum SessionStatus {
    /** Planned; the only status that takes up a room and mediators' time. */
    SCHEDULED("session.status.SCHEDULED"),
    /** Held and recorded. */
    HELD("session.status.HELD"),
    /** Called off, with a reason. */
    CANCELLED("session.status.CANCELLED");

    // The whole key written out, so the bundle test sees that each value has its text.
    private final String messageKey;

    SessionStatus(String messageKey) {
        this.messageKey = messageKey;
    }

    public String messageKey() {
        return messageKey;
    }
}
