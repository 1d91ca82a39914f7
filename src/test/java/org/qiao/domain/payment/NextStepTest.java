// SPDX-License-Identifier: AGPL-3.0-or-later
package org.qiao.domain.payment;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.qiao.domain.cases.CaseSource;
import org.qiao.domain.cases.DisputeCategory;

class NextStepTest {

    @ParameterizedTest(name = "{0} days, {1}, {2}: {3}")
    @CsvSource({
        "1,  WALK_IN,          WAGES,                      FOLLOW_UP_CALL",
        "15, WALK_IN,          WAGES,                      FOLLOW_UP_CALL",
        "16, WALK_IN,          WAGES,                      PAYMENT_ORDER",
        "40, HOTLINE_12351,    OVERTIME,                   PAYMENT_ORDER",
        "16, WALK_IN,          WORK_INJURY,                PAYMENT_ORDER",
        "16, WALK_IN,          ECONOMIC_COMPENSATION,      PAYMENT_ORDER",
        "16, WALK_IN,          UNLAWFUL_TERMINATION,       PAYMENT_ORDER",
        "16, WALK_IN,          SOCIAL_INSURANCE,           ARBITRATION",
        "16, WALK_IN,          NO_CONTRACT_DOUBLE_WAGES,   ARBITRATION",
        "16, WALK_IN,          SOCIAL_INSURANCE;WAGES,     PAYMENT_ORDER",
        "10, COURT_DELEGATED,  WAGES,                      FOLLOW_UP_CALL",
        "16, COURT_DELEGATED,  WAGES,                      HAND_BACK_TO_COURT",
        "30, COURT_ENTRUSTED,  SOCIAL_INSURANCE,           HAND_BACK_TO_COURT",
        "30, ARBITRATION_REFERRAL, WAGES,                  PAYMENT_ORDER"
    })
    void aReminderFirstThenThePaymentOrderOfArticle16OrTheCourtThatReferredTheCase(long days, CaseSource source,
        String categories, NextStep expected) {
        List<DisputeCategory> agreed = Arrays.stream(categories.split(";")).map(DisputeCategory::valueOf).toList();
        assertEquals(expected, NextStep.forOverdue(days, source, agreed));
    }
}
