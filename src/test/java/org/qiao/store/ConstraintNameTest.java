// SPDX-License-Identifier: AGPL-3.0-or-later
package org.qiao.store;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ConstraintNameTest {

    @ParameterizedTest
    @CsvSource({
        "PUBLIC.UK_DISPUTE_CASE_NUMBER_INDEX_5, uk_dispute_case_number",
        "uk_dispute_case_number, uk_dispute_case_number",
        "PUBLIC.UK_APP_USER_USERNAME_INDEX_A, uk_app_user_username",
        "fk_claim_case, fk_claim_case",
        "'CK_PAYMENT_AMOUNT: ; SQL statement: insert into payment', ck_payment_amount",
        "'', ''",
    })
    void namesAConstraintTheSameOnBothDatabases(String reported, String expected) {
        assertEquals(expected, Transactions.constraintName(reported));
    }
}
