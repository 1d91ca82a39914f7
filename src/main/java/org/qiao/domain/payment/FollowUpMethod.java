// SPDX-License-Identifier: AGPL-3.0-or-later
package org.qiao.domain.payment;

/** How a follow-up visit (回访) reached the parties. Bundle key {@code followUp.method.<NAME>}. */
public enum FollowUpMethod {
    PHONE,
    VISIT,
    MESSAGE,
    OTHER;

    /** The resource-bundle key of this value's label. */
    public String messageKey() {
        return "followUp.method." + name();
    }
}
