// SPDX-License-Identifier: AGPL-3.0-or-later
package org.qiao.domain.court;

/** How a referral went back to its court. Bundle key {@code referral.handback.<NAME>}. */
public enum HandBackKind {
    /** An agreement was signed: the papers for 司法确认 go back with it. */
    SUCCESS,
    /** No agreement: the case returns to the court for filing (调解终结). */
    FAILURE;

    public String messageKey() {
        return "referral.handback." + name();
    }
}
