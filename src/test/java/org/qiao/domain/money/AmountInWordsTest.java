// SPDX-License-Identifier: AGPL-3.0-or-later
package org.qiao.domain.money;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.qiao.domain.QiaoException;

class AmountInWordsTest {

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource({
        // The examples of 《正确填写票据和结算凭证的基本规定》 and of DESIGN.md
        "1409.50, 壹仟肆佰零玖元伍角",
        "6007.14, 陆仟零柒元壹角肆分",
        "1680.32, 壹仟陆佰捌拾元零叁角贰分",
        "107000.53, 壹拾万柒仟元零伍角叁分",
        "16409.02, 壹万陆仟肆佰零玖元零贰分",
        "325.04, 叁佰贰拾伍元零肆分",
        // Below one yuan, and zero
        "0.00, 零元整",
        "0.01, 壹分",
        "0.05, 伍分",
        "0.10, 壹角",
        "0.50, 伍角",
        "0.55, 伍角伍分",
        // 整, 角 and 分 after whole yuan
        "1.00, 壹元整",
        "1.01, 壹元零壹分",
        "1.10, 壹元壹角",
        "10.50, 壹拾元零伍角",
        // A leading 1 in the tens place keeps its 壹
        "10.00, 壹拾元整",
        "16.00, 壹拾陆元整",
        "110.00, 壹佰壹拾元整",
        // Zeros inside and at the end of groups
        "100.00, 壹佰元整",
        "101.00, 壹佰零壹元整",
        "10000.00, 壹万元整",
        "10001.00, 壹万零壹元整",
        "100100.00, 壹拾万零壹佰元整",
        "1050000.00, 壹佰零伍万元整",
        "16000000.00, 壹仟陆佰万元整",
        "20050000.00, 贰仟零伍万元整",
        "20005000.00, 贰仟万伍仟元整",
        // 亿 and 万亿
        "100000000.00, 壹亿元整",
        "100000001.00, 壹亿零壹元整",
        "252000000.00, 贰亿伍仟贰佰万元整",
        "1000010000.00, 壹拾亿零壹万元整",
        "1050000000.00, 壹拾亿伍仟万元整",
        "1234567890.12, 壹拾贰亿叁仟肆佰伍拾陆万柒仟捌佰玖拾元零壹角贰分",
        "1000000000000.00, 壹万亿元整",
        "1000100000000.00, 壹万零壹亿元整",
        "1000000000001.00, 壹万亿零壹元整",
        "9999999999999.99, 玖万玖仟玖佰玖拾玖亿玖仟玖佰玖拾玖万玖仟玖佰玖拾玖元玖角玖分",
    })
    void writesFinancialNumeralsPerThePeoplesBankRules(String amount, String words) {
        assertEquals(words, AmountInWords.of(Money.of(new BigDecimal(amount))));
    }

    @Test
    void rejectsNegativeAmounts() {
        Money owed = Money.ZERO.minus(Money.parse("0.01"));
        QiaoException e = assertThrows(QiaoException.class, () -> AmountInWords.of(owed));
        assertEquals("money.words.negative", e.messageKey());
    }

    @Test
    void rejectsAmountsOfTenTrillionYuanOrMore() {
        Money tooLarge = Money.of(new BigDecimal("10000000000000.00"));
        QiaoException e = assertThrows(QiaoException.class, () -> AmountInWords.of(tooLarge));
        assertEquals("money.words.tooLarge", e.messageKey());
    }
}
