// SPDX-License-Identifier: AGPL-3.0-or-later
package org.qiao.domain.money;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;
import org.qiao.domain.QiaoException;

/**
 * An exact amount of renminbi in yuan with two decimal places (分). Never built from binary floating point.
 * Arithmetic may give a negative amount (a balance still owed); {@link #parse(String)} accepts only what a person
 * may type for an amount claimed, agreed or paid, which is never negative.
 */
public final class Money implements Comparable<Money> {

    public static final Money ZERO = new Money(BigDecimal.ZERO.setScale(2));

    private static final int SCALE = 2;
    // Either plain digits or thousands groups of exactly three; the fraction is checked separately.
    private static final Pattern NUMBER = Pattern.compile("(\\d+|\\d{1,3}(,\\d{3})+)(\\.\\d+)?");

    private final BigDecimal amount;

    private Money(BigDecimal amount) {
        this.amount = amount;
    }

    /**
     * Reads an amount typed by a person: {@code 16409.02}, {@code 16,409.02}, an optional leading ¥, and full-width
     * digits, point and comma as a Chinese input method produces them. More than two decimals are refused rather
     * than rounded, because a rounded amount is not what the person wrote.
     *
     * @throws QiaoException {@code money.empty}, {@code money.negative}, {@code money.tooManyDecimals} or
     *     {@code money.invalid}
     */
    public static Money parse(String text) {
        String normal = halfWidth(text == null ? "" : text).strip();
        if (normal.startsWith("¥") || normal.startsWith("￥")) {
            normal = normal.substring(1).strip();
        }
        if (normal.isEmpty()) {
            throw new QiaoException("money.empty");
        }
        boolean negative = normal.startsWith("-");
        String digits = negative ? normal.substring(1).strip() : normal;
        if (!NUMBER.matcher(digits).matches()) {
            throw new QiaoException("money.invalid", text.strip());
        }
        if (negative) {
            throw new QiaoException("money.negative", text.strip());
        }
        BigDecimal value = new BigDecimal(digits.replace(",", ""));
        if (value.stripTrailingZeros().scale() > SCALE) {
            throw new QiaoException("money.tooManyDecimals", text.strip());
        }
        return new Money(value.setScale(SCALE, RoundingMode.UNNECESSARY));
    }

    /**
     * The amount {@code value} in yuan.
     *
     * @throws QiaoException {@code money.tooManyDecimals} when it has a non-zero digit below 分
     */
    public static Money of(BigDecimal value) {
        Objects.requireNonNull(value, "value");
        if (value.stripTrailingZeros().scale() > SCALE) {
            throw new QiaoException("money.tooManyDecimals", value.toPlainString());
        }
        return new Money(value.setScale(SCALE, RoundingMode.UNNECESSARY));
    }

    public static Money ofYuan(long yuan) {
        return new Money(BigDecimal.valueOf(yuan).setScale(SCALE));
    }

    private static String halfWidth(String text) {
        StringBuilder sb = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= '０' && c <= '９') {
                sb.append((char) (c - '０' + '0'));
            } else if (c == '．' || c == '。') {
                sb.append('.');
            } else if (c == '，') {
                sb.append(',');
            } else if (c == '－') {
                sb.append('-');
            } else if (c == '\u3000') {
                sb.append(' ');
            } else {
                sb.append(c);
            }
        }
        return sb.toString();
    }

    public Money plus(Money other) {
        return new Money(amount.add(other.amount));
    }

    public Money minus(Money other) {
        return new Money(amount.subtract(other.amount));
    }

    public boolean isNegative() {
        return amount.signum() < 0;
    }

    public boolean isZero() {
        return amount.signum() == 0;
    }

    /** The amount in yuan, always with scale 2. */
    public BigDecimal amount() {
        return amount;
    }

    /** {@code 16409.02}: for storage, files and input fields. */
    public String toPlainString() {
        return amount.toPlainString();
    }

    /** {@code 16,409.02}: for documents and reports. */
    public String toGroupedString() {
        DecimalFormat format = new DecimalFormat("#,##0.00", DecimalFormatSymbols.getInstance(Locale.ROOT));
        format.setRoundingMode(RoundingMode.UNNECESSARY);
        return format.format(amount);
    }

    @Override
    public int compareTo(Money other) {
        return amount.compareTo(other.amount);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Money that && amount.equals(that.amount);
    }

    @Override
    public int hashCode() {
        return amount.hashCode();
    }

    @Override
    public String toString() {
        return toPlainString();
    }
}
