// SPDX-License-Identifier: AGPL-3.0-or-later
package org.qiao.domain.cases;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * One line of the case ledger (案件台账): enough to recognise a case in a list, nothing that needs the whole case.
 * The first worker's resident ID is masked (1501**********3035): lists never show an ID whole.
 *
 * @param workerCount         how many workers are parties (10 or more: a collective dispute)
 * @param firstWorkerName     the worker registered first, or {@code null} for a case without workers yet
 * @param firstWorkerIdMasked that worker's resident ID, first 4 and last 4 characters only, or {@code null}
 * @param claimed             the sum of all claims in yuan, exact to the fen
 * @param mediatorName        the mediator's display name, or {@code null} when none is assigned
 * @param mediationDue        the mediation deadline, or {@code null} before acceptance or while suspended
 */
public record LedgerRow(long id, String caseNumber, CaseStatus status, CaseSource source, LocalDate receivedDate,
                        String employerName, int workerCount, String firstWorkerName, String firstWorkerIdMasked,
                        BigDecimal claimed, String regionCode, String mediatorName, LocalDate mediationDue) {

    /** The masked form of a resident ID as stored (any length), for lists: first 4 and last 4 characters. */
    public static String maskResidentId(String residentId) {
        if (residentId == null) {
            return null;
        }
        if (residentId.length() <= 8) {
            return "*".repeat(residentId.length());
        }
        return residentId.substring(0, 4) + "*".repeat(residentId.length() - 8)
            + residentId.substring(residentId.length() - 4);
    }
}
