// SPDX-License-Identifier: AGPL-3.0-or-later
package org.qiao.ui.mediation;

import java.util.Objects;

import org.qiao.service.CaseDetail;

/**
 * Which case a section of the case page shows, so a section can tell the page reloading the same case (keep the
 * open form and the last message) from the page showing another case (start afresh).
 */
final class ShownCase {

    private Long id;

    /** Whether {@code detail} (may be {@code null}) is another case than the one shown so far; remembers it. */
    boolean isNew(CaseDetail detail) {
        Long now = detail == null ? null : detail.id();
        boolean changed = !Objects.equals(now, id);
        id = now;
        return changed;
    }

    /** Whether the case {@code caseId} is still the one shown, e.g. when an answer for it comes back. */
    boolean is(long caseId) {
        return id != null && id == caseId;
    }
}
