// SPDX-License-Identifier: AGPL-3.0-or-later
package org.qiao.store;

/**
 * An open case found by a conflict lookup, and what matched in it (a resident ID, an employer name, a worker
 * name).
 */
public record CaseMatch(long caseId, String caseNumber, String matched) {
}
