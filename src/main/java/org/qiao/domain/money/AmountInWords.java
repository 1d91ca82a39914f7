// SPDX-License-Identifier: AGPL-3.0-or-later
package org.qiao.domain.money;

import java.math.BigDecimal;
import org.qiao.domain.QiaoException;

/**
 * Writes an amount in Chinese financial numerals (人民币大写) as the People's Bank of China requires on bills and
 * settlement vouchers (《支付结算办法》附件一《正确填写票据和结算凭证的基本规定》). The text has no 人民币 prefix;
 * documents print that label themselves.
 *
 * <p>Where the rules allow a choice, this class writes:
 * <ul>
 * <li>整 after 元 when there are no 角 and 分; nothing after 角 when 分 is zero (the rules say 整 "may" be left out
 * there and their own example 1409.50 → 壹仟肆佰零玖元伍角 leaves it out); never 整 after 分;</li>
 * <li>零 after 元 whenever the 元 digit is 0 and 角 or 分 follows (¥1680.32 → 壹仟陆佰捌拾元零叁角贰分), and always
 * when 角 is 0 but 分 is not (required: ¥16409.02 → 壹万陆仟肆佰零玖元零贰分);</li>
 * <li>one 零 for a run of zeros between non-zero digits, but none for zeros that close a 万 or 亿 group
 * (¥107000.53 → 壹拾万柒仟元零伍角叁分, the first of the two forms the rules accept);</li>
 * <li>壹拾 for a 1 in a tens place, also at the start (¥16.00 → 壹拾陆元整), as bills must not leave it out;</li>
 * <li>no 元 for amounts below one yuan (¥0.50 → 伍角), and 零元整 for zero.</li>
 * </ul>
 */
public final class AmountInWords {

    /** The largest amount written: just under 10 万亿 (10¹³ yuan). */
    public static final Money MAX = Money.of(new BigDecimal("9999999999999.99"));

    private static final String DIGITS = "零壹贰叁肆伍陆柒捌玖";
    private static final String[] PLACE = {"", "拾", "佰", "仟"};

    private AmountInWords() {
    }

    /**
     * The financial numerals for {@code money}.
     *
     * @throws QiaoException {@code money.words.negative} or {@code money.words.tooLarge}
     */
    public static String of(Money money) {
        if (money.isNegative()) {
            throw new QiaoException("money.words.negative", money.toPlainString());
        }
        if (money.compareTo(MAX) > 0) {
            throw new QiaoException("money.words.tooLarge", money.toPlainString(), MAX.toGroupedString());
        }
        String fen = money.amount().movePointRight(2).toBigIntegerExact().toString();
        String yuan = fen.length() > 2 ? fen.substring(0, fen.length() - 2) : "0";
        int jiao = fen.length() > 1 ? fen.charAt(fen.length() - 2) - '0' : 0;
        int cent = fen.charAt(fen.length() - 1) - '0';

        StringBuilder sb = new StringBuilder();
        boolean hasYuan = !"0".equals(yuan);
        if (hasYuan) {
            writeInteger(yuan, sb);
            sb.append('元');
        }
        if (jiao == 0 && cent == 0) {
            return hasYuan ? sb.append('整').toString() : "零元整";
        }
        boolean yuanDigitZero = yuan.charAt(yuan.length() - 1) == '0';
        if (hasYuan && (jiao == 0 || yuanDigitZero)) {
            sb.append('零');
        }
        if (jiao != 0) {
            sb.append(DIGITS.charAt(jiao)).append('角');
        }
        if (cent != 0) {
            sb.append(DIGITS.charAt(cent)).append('分');
        }
        return sb.toString();
    }

    private static void writeInteger(String digits, StringBuilder sb) {
        boolean zeroPending = false;
        int length = digits.length();
        for (int i = 0; i < length; i++) {
            int d = digits.charAt(i) - '0';
            int power = length - 1 - i;
            if (d == 0) {
                zeroPending = sb.length() > 0;
            } else {
                if (zeroPending) {
                    sb.append('零');
                    zeroPending = false;
                }
                sb.append(DIGITS.charAt(d)).append(PLACE[power % 4]);
            }
            if (power > 0 && power % 4 == 0 && groupUnitNeeded(digits, power)) {
                sb.append(power % 8 == 0 ? '亿' : '万');
                // Zeros that end a group are covered by its 万/亿; only zeros opening the next group need 零.
                zeroPending = false;
            }
        }
    }

    /** 亿 is written when anything at or above it is non-zero; 万 only when its own four digits are. */
    private static boolean groupUnitNeeded(String digits, int power) {
        int length = digits.length();
        int top = power % 8 == 0 ? length - 1 : Math.min(length - 1, power + 3);
        for (int p = power; p <= top; p++) {
            if (digits.charAt(length - 1 - p) != '0') {
                return true;
            }
        }
        return false;
    }
}
