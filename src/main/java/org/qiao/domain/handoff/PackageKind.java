// SPDX-License-Identifier: AGPL-3.0-or-later
package org.qiao.domain.handoff;

/** What an exchange package carries. Bundle key {@code handoff.kind.<NAME>}. */
public enum PackageKind {
    /** Court → studio: a new referral (or a studio forwarding one). */
    REFERRAL,
    /** Studio → court: a referral handed back, with its outcome and documents. */
    HANDBACK;

    public String messageKey() {
        return "handoff.kind." + name();
    }
}
