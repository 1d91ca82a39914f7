// SPDX-License-Identifier: AGPL-3.0-or-later
package org.qiao.domain.mediation;

/** In what capacity someone attended a session. Bundle key {@code session.role.<NAME>}. */
public enum AttendeeRole {
    WORKER("session.role.WORKER"),
    /** The employer's representative; whether they may settle is recorded with them. */
    EMPLOYER_REPRESENTATIVE("session.role.EMPLOYER_REPRESENTATIVE"),
    LAWYER("session.role.LAWYER"),
    /** The referring court's liaison (联络员). */
    COURT_LIAISON("session.role.COURT_LIAISON"),
    OTHER("session.role.OTHER");

    // The whole key written out, so the bundle test sees that each value has its text.
    private final String messageKey;

    AttendeeRole(String messageKey) {
        this.messageKey = messageKey;
    }

    public String messageKey() {
        return messageKey;
    }
}
