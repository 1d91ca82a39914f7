// SPDX-License-Identifier: AGPL-3.0-or-later
package org.qiao.domain.cases;

/**
 * How many cases a ledger filter matches. Counting a million rows would be slow, so the count stops at a cap:
 * {@code exact} false means "at least {@code matches}" (the screen shows "10,000+").
 */
public record LedgerCount(long matches, boolean exact) {
}
