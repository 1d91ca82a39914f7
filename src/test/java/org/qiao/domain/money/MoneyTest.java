// SPDX-License-Identifier: AGPL-3.0-or-later
package org.qiao.domain.money;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.qiao.domain.QiaoException;

class MoneyTest {

    @ParameterizedTest
    @CsvSource({
        "16409.02, 16409.02",
        "'16,409.02', 16409.02",
        "'1,234,567', 1234567.00",
        "'  123 ', 123.00",
        "１２３, 123.00",
        "１６，４０９．０２, 16409.02",
        "¥16409.02, 16409.02",
        "'￥ 5', 5.00",
        "0, 0.00",
        "0.5, 0.50",
        "12.300, 12.30",
        "007, 7.00",
    })
    void readsWhatPeopleType(String input, String plain) {
        assertEquals(plain, Money.parse(input).toPlainString());
    }

    @ParameterizedTest
    @CsvSource({
        "'', money.empty",
        "'  ', money.empty",
        "¥, money.empty",
        "-5, money.negative",
        "'-1,000.00', money.negative",
        "－３, money.negative",
        "1.234, money.tooManyDecimals",
        "0.001, money.tooManyDecimals",
        "abc, money.invalid",
        "12元, money.invalid",
        "1.2.3, money.invalid",
        "'1,23', money.invalid",
        "'12,3456', money.invalid",
        "12., money.invalid",
        ".5, money.invalid",
        "1e5, money.invalid",
        "'1 000', money.invalid",
        "-, money.invalid",
        "+5, money.invalid",
    })
    void rejectsEachKindOfBadInputWithItsOwnMessage(String input, String key) {
        assertEquals(key, assertThrows(QiaoException.class, () -> Money.parse(input)).messageKey());
    }

    @Test
    void rejectsNullAsEmpty() {
        assertEquals("money.empty", assertThrows(QiaoException.class, () -> Money.parse(null)).messageKey());
    }

    @ParameterizedTest
    @CsvSource({"1, 1.00", "1.5, 1.50", "1.230000, 1.23", "-3.1, -3.10", "100E-2, 1.00"})
    void takesDecimalsWithAtMostTwoSignificantPlaces(String value, String plain) {
        assertEquals(plain, Money.of(new BigDecimal(value)).toPlainString());
    }

    @Test
    void refusesToRoundAwayFractionsOfAFen() {
        QiaoException e = assertThrows(QiaoException.class, () -> Money.of(new BigDecimal("0.125")));
        assertEquals("money.tooManyDecimals", e.messageKey());
    }

    @Test
    void addsAndSubtractsExactly() {
        Money a = Money.parse("0.10");
        Money b = Money.parse("0.20");
        assertEquals(Money.parse("0.30"), a.plus(b));
        assertEquals(Money.parse("0.10"), b.minus(a));
        assertTrue(a.minus(b).isNegative());
        assertTrue(a.minus(a).isZero());
        assertFalse(a.isZero());
        assertFalse(a.isNegative());
    }

    @Test
    void keepsScaleTwo() {
        assertEquals(2, Money.ofYuan(16).amount().scale());
        assertEquals(new BigDecimal("16.00"), Money.ofYuan(16).amount());
        assertEquals(new BigDecimal("0.00"), Money.ZERO.amount());
    }

    @Test
    void equalityIgnoresHowTheAmountWasWritten() {
        assertEquals(Money.ofYuan(5), Money.of(new BigDecimal("5")));
        assertEquals(Money.ofYuan(5), Money.parse("5.0"));
        assertEquals(Money.ofYuan(5).hashCode(), Money.parse("5.00").hashCode());
        assertNotEquals(Money.ofYuan(5), Money.parse("5.01"));
    }

    @Test
    void ordersByAmount() {
        assertTrue(Money.parse("9.99").compareTo(Money.ofYuan(10)) < 0);
        assertTrue(Money.ofYuan(10).compareTo(Money.parse("9.99")) > 0);
        assertEquals(0, Money.parse("10").compareTo(Money.ofYuan(10)));
    }

    @ParameterizedTest
    @CsvSource({
        "16409.02, 16409.02, '16,409.02'",
        "0, 0.00, 0.00",
        "999.5, 999.50, 999.50",
        "1000, 1000.00, '1,000.00'",
        "252000000, 252000000.00, '252,000,000.00'",
        "-1234.5, -1234.50, '-1,234.50'",
    })
    void printsPlainAndGrouped(String value, String plain, String grouped) {
        Money money = Money.of(new BigDecimal(value));
        assertEquals(plain, money.toPlainString());
        assertEquals(grouped, money.toGroupedString());
        assertEquals(plain, money.toString());
    }
}
