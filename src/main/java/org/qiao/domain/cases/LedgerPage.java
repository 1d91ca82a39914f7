// SPDX-License-Identifier: AGPL-3.0-or-later
package org.qiao.domain.cases;

import java.util.List;

/**
 * One page of the ledger, without a count: {@code hasMore} says whether another page follows. How many cases match
 * is asked for separately ({@link LedgerCount}), once when the filter changes, not on every page.
 */
public record LedgerPage(List<LedgerRow> rows, int offset, boolean hasMore) {

    public LedgerPage {
        rows = List.copyOf(rows);
    }
}
