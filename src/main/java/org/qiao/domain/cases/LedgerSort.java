// SPDX-License-Identifier: AGPL-3.0-or-later
package org.qiao.domain.cases;

import java.util.Objects;

/** How the ledger is ordered: one column, ascending or descending; ties always by case id, newest first. */
public record LedgerSort(Column column, boolean descending) {

    /** The columns the ledger can be sorted by. */
    public enum Column {
        RECEIVED_DATE,
        CASE_NUMBER,
        STATUS,
        EMPLOYER_NAME,
        /** The total claimed; only over a filtered list of at most {@code CaseLedgerRepository.SORT_BY_AMOUNT_MAX}. */
        AMOUNT_CLAIMED,
        /**
         * The mediation deadline, earliest first: only with a deadline condition ({@link LedgerFilter#dueFrom} or
         * {@link LedgerFilter#dueTo}), which leaves out the cases without one.
         */
        MEDIATION_DUE
    }

    /** The ledger's default: newest received first. */
    public static final LedgerSort NEWEST_FIRST = new LedgerSort(Column.RECEIVED_DATE, true);

    public LedgerSort {
        Objects.requireNonNull(column, "column");
    }

    public static LedgerSort by(Column column, boolean descending) {
        return new LedgerSort(column, descending);
    }
}
