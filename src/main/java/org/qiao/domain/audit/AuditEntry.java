// SPDX-License-Identifier: AGPL-3.0-or-later
package org.qiao.domain.audit;

import java.time.LocalDateTime;

/**
 * One line of the audit trail: who changed which record, when, and what changed.
 *
 * @param entity   the kind of record, e.g. {@code DisputeCase}
 * @param action   {@code INSERT}, {@code UPDATE} or {@code DELETE}
 * @param changes  one {@code field: old → new} per line for an update, {@code field: value} for an insert
 */
public record AuditEntry(long id, LocalDateTime at, String username, String entity, Long entityId, String action,
    String changes) {
}
