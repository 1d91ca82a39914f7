// SPDX-License-Identifier: AGPL-3.0-or-later
package org.qiao.service;

import java.time.LocalDate;
import org.qiao.domain.agreement.AgreementStatus;
import org.qiao.domain.money.Money;

/**
 * One version of a case's agreement as the version list shows it.
 *
 * @param id the stored version's id
 * @param rowVersion the stored row's version, for the optimistic check of an edit or signature
 * @param total the sum of all agreed amounts
 * @param changeReason why this version replaced the one before; {@code null} for version 1
 * @param contentSha256 the hash of the signed text; {@code null} for a draft
 */
public record AgreementVersion(long id, long rowVersion, long caseId, String agreementNumber, int version,
                               AgreementStatus status, LocalDate drawnDate, LocalDate signedDate, Money total,
                               String changeReason, String contentSha256) {

    /** Whether this version may still be edited and signed. */
    public boolean isDraft() {
        return status == AgreementStatus.DRAFT;
    }
}
