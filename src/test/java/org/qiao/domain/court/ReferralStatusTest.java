// SPDX-License-Identifier: AGPL-3.0-or-later
package org.qiao.domain.court;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.qiao.domain.cases.CaseStatus;

class ReferralStatusTest {

    @ParameterizedTest
    @CsvSource({
        "INTAKE, RECEIVED",
        "ACCEPTED, RECEIVED",
        "IN_MEDIATION, MEDIATING",
        "AGREEMENT_SIGNED, TO_HAND_BACK",
        "MEDIATION_FAILED, TO_HAND_BACK",
        "WITHDRAWN, TO_HAND_BACK",
        "PERFORMING, TO_HAND_BACK",
        "CLOSED, TO_HAND_BACK",
    })
    void beforeTheHandBackTheCaseSaysWhereTheReferralStands(CaseStatus caseStatus, ReferralStatus expected) {
        ReferralStatus status = ReferralStatus.of(null, null, caseStatus);
        assertEquals(expected, status);
        assertTrue(status.isOpen(), "the studio still holds the file");
    }

    @Test
    void theHandBackAndTheCourtsOutcomeComeFirst() {
        assertEquals(ReferralStatus.HANDED_BACK_FAILURE,
            ReferralStatus.of(HandBackKind.FAILURE, null, CaseStatus.MEDIATION_FAILED));
        assertEquals(ReferralStatus.HANDED_BACK_SUCCESS,
            ReferralStatus.of(HandBackKind.SUCCESS, null, CaseStatus.HANDED_BACK));
        assertEquals(ReferralStatus.OUTCOME_RECORDED,
            ReferralStatus.of(HandBackKind.SUCCESS, CourtOutcome.values()[0], CaseStatus.HANDED_BACK));
        assertFalse(ReferralStatus.HANDED_BACK_FAILURE.isOpen());
    }
}
