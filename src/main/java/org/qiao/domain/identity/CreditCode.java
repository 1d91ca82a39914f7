// SPDX-License-Identifier: AGPL-3.0-or-later
package org.qiao.domain.identity;

import java.util.Locale;
import java.util.Objects;
import org.qiao.domain.QiaoException;

/**
 * An 18-character unified social credit code (统一社会信用代码, GB 32100-2015) identifying an employer or other
 * organisation. Instances are always valid.
 */
public final class CreditCode {

    public static final int LENGTH = 18;

    // GB 32100-2015: 31 characters; I, O, S, V and Z are left out so they cannot be mistaken for digits.
    public static final String CHARSET = "0123456789ABCDEFGHJKLMNPQRTUWXY";
    private static final int[] WEIGHTS = {1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28};

    private final String value;

    private CreditCode(String value) {
        this.value = value;
    }

    /**
     * Parses {@code text} (surrounding blanks ignored, letters upper-cased) and checks length, characters and the
     * check character, in that order.
     *
     * @throws QiaoException with a key under {@code identity.creditCode.} naming the first problem found
     */
    public static CreditCode parse(String text) {
        String code = text == null ? "" : text.strip().toUpperCase(Locale.ROOT);
        if (code.isEmpty()) {
            throw new QiaoException("identity.creditCode.empty");
        }
        if (code.length() != LENGTH) {
            throw new QiaoException("identity.creditCode.length", String.valueOf(code.length()));
        }
        for (int i = 0; i < LENGTH; i++) {
            char c = code.charAt(i);
            if (CHARSET.indexOf(c) < 0) {
                throw new QiaoException("identity.creditCode.character", String.valueOf(c), String.valueOf(i + 1));
            }
        }
        char expected = checkCharacter(code.substring(0, LENGTH - 1));
        char actual = code.charAt(LENGTH - 1);
        if (expected != actual) {
            throw new QiaoException("identity.creditCode.checkCharacter", String.valueOf(expected),
                String.valueOf(actual));
        }
        return new CreditCode(code);
    }

    /**
     * Whether 18 characters (upper case) are all of the code's character set with the right check character,
     * without an exception: for telling what a search is for, many times a second.
     */
    public static boolean hasValidCheckCharacter(String text) {
        if (text == null || text.length() != LENGTH) {
            return false;
        }
        for (int i = 0; i < LENGTH; i++) {
            if (CHARSET.indexOf(text.charAt(i)) < 0) {
                return false;
            }
        }
        return checkCharacter(text.substring(0, LENGTH - 1)) == text.charAt(LENGTH - 1);
    }

    /** The check character for the first 17 characters of a code; demo data uses it to build valid codes. */
    public static char checkCharacter(String first17) {
        Objects.requireNonNull(first17, "first17");
        if (first17.length() != LENGTH - 1) {
            throw new IllegalArgumentException("17 characters expected: " + first17);
        }
        int sum = 0;
        for (int i = 0; i < WEIGHTS.length; i++) {
            int index = CHARSET.indexOf(first17.charAt(i));
            if (index < 0) {
                throw new IllegalArgumentException("not a credit-code character: " + first17.charAt(i));
            }
            sum += index * WEIGHTS[i];
        }
        // GB 32100-2015: check = 31 - (sum mod 31), and 31 is written as 0.
        int check = 31 - sum % 31;
        return CHARSET.charAt(check == 31 ? 0 : check);
    }

    public String value() {
        return value;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof CreditCode that && value.equals(that.value);
    }

    @Override
    public int hashCode() {
        return value.hashCode();
    }

    @Override
    public String toString() {
        return value;
    }
}
