// SPDX-License-Identifier: AGPL-3.0-or-later
package org.qiao.store;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.qiao.domain.identity.CreditCode;

/** Which lookups 18 typed characters get in the search box: only the kinds they can be. */
class SearchKindTest {

    private static final String RESIDENT_ID = "11010519491231002X";
    private static final String CREDIT_CODE = "91150602MA0N0000X" + CreditCode.checkCharacter("91150602MA0N0000X");

    @Test
    void aValidResidentIdIsNotLookedUpAsACreditCode() {
        assertTrue(CaseLedgerRepository.mayBeResidentId(RESIDENT_ID));
        assertFalse(CaseLedgerRepository.mayBeCreditCode(RESIDENT_ID));
    }

    @Test
    void aValidCreditCodeIsNotLookedUpAsAResidentId() {
        assertTrue(CaseLedgerRepository.mayBeCreditCode(CREDIT_CODE));
        assertFalse(CaseLedgerRepository.mayBeResidentId(CREDIT_CODE));
    }

    @Test
    void eighteenCharactersThatPassNeitherCheckAreLookedUpAsBoth() {
        String neither = "110105194912310021";
        assertTrue(CaseLedgerRepository.mayBeResidentId(neither));
        assertTrue(CaseLedgerRepository.mayBeCreditCode(neither));
    }
}
