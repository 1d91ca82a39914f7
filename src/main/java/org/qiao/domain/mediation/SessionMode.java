// SPDX-License-Identifier: AGPL-3.0-or-later
package org.qiao.domain.mediation;

/** How a mediation session is held. Bundle key {@code session.mode.<NAME>}. */
public enum SessionMode {
    /** 面对面: both sides in the room together. */
    FACE_TO_FACE("session.mode.FACE_TO_FACE"),
    /** 背对背: the mediator talks with each side apart. */
    SEPARATE("session.mode.SEPARATE"),
    /** 电话. */
    PHONE("session.mode.PHONE"),
    /** 视频. */
    VIDEO("session.mode.VIDEO");

    // The whole key written out, so the bundle test sees that each value has its text.
    private final String messageKey;

    SessionMode(String messageKey) {
        this.messageKey = messageKey;
    }

    public String messageKey() {
        return messageKey;
    }
}
