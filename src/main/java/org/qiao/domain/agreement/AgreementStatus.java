// SPDX-License-Identifier: AGPL-3.0-or-later
package org.qiao.domain.agreement;

/**
 * Where a version of a 调解协议书 stands. A draft may still change; a signed version is locked and is the
 * agreement in force; a superseded one was signed and then replaced by a later signed version. Bundle key
 * {@code agreement.status.<NAME>}.
 */
public enum AgreementStatus {
    DRAFT,
    SIGNED,
    SUPERSEDED;

    /** The resource-bundle key of this value's label. */
    public String messageKey() {
        return "agreement.status." + name();
    }
}
