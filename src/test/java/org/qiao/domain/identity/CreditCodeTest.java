// SPDX-License-Identifier: AGPL-3.0-or-later
package org.qiao.domain.identity;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.qiao.domain.QiaoException;

class CreditCodeTest {

    @ParameterizedTest
    @CsvSource({
        "91350100M000100Y43, 91350100M000100Y43",
        "'  91350100m000100y43 ', 91350100M000100Y43",
        "91150100MA0N12345T, 91150100MA0N12345T",
        "91150602MA13XKLQ13, 91150602MA13XKLQ13",
        "12150000011578900C, 12150000011578900C",
        "52150000MJ0000000K, 52150000MJ0000000K",
    })
    void acceptsValidCodes(String input, String value) {
        assertEquals(value, CreditCode.parse(input).value());
    }

    @ParameterizedTest
    @CsvSource({
        "'', identity.creditCode.empty, ''",
        "91350100M000100Y4, identity.creditCode.length, 17",
        "91350100M000100Y432, identity.creditCode.length, 19",
        "91350100I000100Y43, identity.creditCode.character, I|9",
        "91350100O000100Y43, identity.creditCode.character, O|9",
        "9135010ZM000100Y43, identity.creditCode.character, Z|8",
        "S1350100M000100Y43, identity.creditCode.character, S|1",
        "91350100M000100V43, identity.creditCode.character, V|16",
        "91350100M000100-43, identity.creditCode.character, -|16",
        "91350100M000100Y44, identity.creditCode.checkCharacter, 3|4",
        "91350100M000100Y4A, identity.creditCode.checkCharacter, 3|A",
        "91350100M000100Y53, identity.creditCode.checkCharacter, 6|3",
    })
    void rejectsEachKindOfMistakeWithItsOwnMessage(String input, String key, String args) {
        QiaoException e = assertThrows(QiaoException.class, () -> CreditCode.parse(input));
        assertEquals(key, e.messageKey());
        assertArrayEquals(args.isEmpty() ? new Object[0] : args.split("\\|"), e.args());
    }

    @ParameterizedTest
    @CsvSource({
        "91350100M000100Y4, 3",
        "91150100MA0N12345, T",
        "12150000011578900, C",
        "91110000100000000, R",
    })
    void computesTheCheckCharacter(String first17, char expected) {
        assertEquals(expected, CreditCode.checkCharacter(first17));
    }

    @Test
    void writesCheckValueThirtyOneAsZero() {
        // Search for a prefix whose weighted sum is a multiple of 31, the case the standard maps to '0'.
        String found = null;
        for (int i = 0; i < CreditCode.CHARSET.length() && found == null; i++) {
            String prefix = "9115010000000000" + CreditCode.CHARSET.charAt(i);
            if (CreditCode.checkCharacter(prefix) == '0') {
                found = prefix;
            }
        }
        assertNotEquals(null, found);
        assertEquals(found + "0", CreditCode.parse(found + "0").value());
    }

    @Test
    void checkCharacterHelperRefusesBadInput() {
        assertThrows(IllegalArgumentException.class, () -> CreditCode.checkCharacter("91350100M000100"));
        assertThrows(IllegalArgumentException.class, () -> CreditCode.checkCharacter("91350100M000100I4"));
    }

    @Test
    void equalityFollowsTheNormalisedValue() {
        assertEquals(CreditCode.parse("91350100M000100Y43"), CreditCode.parse("91350100m000100y43"));
        assertEquals(CreditCode.parse("91350100M000100Y43").hashCode(),
            CreditCode.parse(" 91350100M000100Y43").hashCode());
        assertEquals("91350100M000100Y43", CreditCode.parse("91350100M000100Y43").toString());
    }
}
