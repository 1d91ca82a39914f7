// SPDX-License-Identifier: AGPL-3.0-or-later
package org.qiao.domain.cases;

import java.util.List;

/**
 * One page of the ledger and how many cases match. Counting a million rows on every page would be slow, so the
 * count stops at a cap: {@code countIsExact} false means "at least {@code matches}".
 */
public record LedgerPage(List<LedgerRow> rows, int offset, long matches, boolean countIsExact) {

    public LedgerPage {
        rows = List.copyOf(rows);
    }
}
