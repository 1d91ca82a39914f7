// SPDX-License-Identifier: AGPL-3.0-or-later
package org.qiao.domain.cases;

/**
 * What the mediator decided after the conflict check at intake; kept on the case. Bundle key
 * {@code case.conflict.<NAME>}.
 */
public enum ConflictVerdict {
    /** Nothing related, or related but handled as a separate case. */
    NEW_CASE,
    /** Related to another open case (e.g. the same employer: one collective matter); the other case is named. */
    LINKED,
    /** The same dispute registered again; the original case is named. */
    DUPLICATE;

    /** The resource-bundle key of this value's label. */
    public String messageKey() {
        return "case.conflict." + name();
    }
}
