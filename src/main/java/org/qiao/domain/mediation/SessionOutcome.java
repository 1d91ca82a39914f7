// SPDX-License-Identifier: AGPL-3.0-or-later
package org.qiao.domain.mediation;

/** What a held session came to. Bundle key {@code session.outcome.<NAME>}. */
public enum SessionOutcome {
    /** The parties agreed; an agreement can be drawn up. */
    AGREEMENT("session.outcome.AGREEMENT"),
    /** Some issues or some workers agreed, others not. */
    PARTIAL("session.outcome.PARTIAL"),
    /** No agreement. */
    NO_AGREEMENT("session.outcome.NO_AGREEMENT"),
    /** Adjourned to another session. */
    ADJOURNED("session.outcome.ADJOURNED");

    // The whole key written out, so the bundle test sees that each value has its text.
    private final String messageKey;

    SessionOutcome(String messageKey) {
        this.messageKey = messageKey;
    }

    public String messageKey() {
        return messageKey;
    }
}
