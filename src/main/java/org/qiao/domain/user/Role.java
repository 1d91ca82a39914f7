// SPDX-License-Identifier: AGPL-3.0-or-later
package org.qiao.domain.user;

/** What a user may do (DESIGN.md, "Who uses it"). Bundle key {@code user.role.<NAME>}. */
public enum Role {
    /** Mediator at a court-linked studio. */
    MEDIATOR,
    /** Union legal-aid lawyer. */
    LAWYER,
    /** Union or court supervisor. */
    SUPERVISOR,
    /** Users, settings, holiday calendar, templates, backups. */
    ADMINISTRATOR;

    /** The resource-bundle key of this value's label. */
    public String messageKey() {
        return "user.role." + name();
    }
}
