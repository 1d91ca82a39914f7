// SPDX-License-Identifier: AGPL-3.0-or-later
package org.qiao.domain.identity;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import org.qiao.domain.QiaoException;

/**
 * An 18-character citizen resident ID number (公民身份号码, GB 11643-1999): a 6-digit address code, the 8-digit birth
 * date, a 3-digit sequence whose last digit gives the sex, and a check character. Instances are always valid.
 */
public final class ResidentId {

    public static final int LENGTH = 18;

    // GB 11643-1999 (ISO 7064 MOD 11-2): weights for the first 17 digits, and the check character by remainder.
    private static final int[] WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    private static final String CHECK_CHARACTERS = "10X98765432";

    // GB/T 2260 province-level codes; an address code must start with one of them.
    private static final Set<Integer> PROVINCES = Set.of(
        11, 12, 13, 14, 15, 21, 22, 23, 31, 32, 33, 34, 35, 36, 37, 41, 42, 43, 44, 45, 46,
        50, 51, 52, 53, 54, 61, 62, 63, 64, 65, 71, 81, 82);

    // Nobody alive was born earlier; an older "date" is a typing error, not a person.
    private static final int EARLIEST_BIRTH_YEAR = 1900;

    private final String value;
    private final LocalDate birthDate;

    private ResidentId(String value, LocalDate birthDate) {
        this.value = value;
        this.birthDate = birthDate;
    }

    /** Parses and validates {@code text} against today's date; see {@link #parse(String, LocalDate)}. */
    public static ResidentId parse(String text) {
        return parse(text, LocalDate.now());
    }

    /**
     * Parses {@code text} (surrounding blanks ignored, a lowercase {@code x} accepted) and checks length, characters,
     * province, birth date (must exist and not be after {@code today}) and check character, in that order.
     *
     * @throws QiaoException with a key under {@code identity.residentId.} naming the first problem found
     */
    public static ResidentId parse(String text, LocalDate today) {
        String id = text == null ? "" : text.strip().toUpperCase(Locale.ROOT);
        if (id.isEmpty()) {
            throw new QiaoException("identity.residentId.empty");
        }
        if (id.length() != LENGTH) {
            throw new QiaoException("identity.residentId.length", String.valueOf(id.length()));
        }
        for (int i = 0; i < LENGTH; i++) {
            char c = id.charAt(i);
            boolean allowed = isAsciiDigit(c) || (i == LENGTH - 1 && c == 'X');
            if (!allowed) {
                throw new QiaoException("identity.residentId.characters", String.valueOf(c), String.valueOf(i + 1));
            }
        }
        String province = id.substring(0, 2);
        if (!PROVINCES.contains(Integer.parseInt(province))) {
            throw new QiaoException("identity.residentId.province", province);
        }
        LocalDate birth = birthDate(id);
        if (birth.isAfter(today)) {
            throw new QiaoException("identity.residentId.birthDate.future", birth.toString());
        }
        char expected = checkCharacter(id.substring(0, LENGTH - 1));
        char actual = id.charAt(LENGTH - 1);
        if (expected != actual) {
            throw new QiaoException("identity.residentId.checkDigit", String.valueOf(expected),
                String.valueOf(actual));
        }
        return new ResidentId(id, birth);
    }

    /**
     * Whether 18 characters (upper case) are 17 digits and their right check character, without the other checks
     * of {@link #parse} and without an exception: for telling what a search is for, many times a second.
     */
    public static boolean hasValidCheckCharacter(String text) {
        if (text == null || text.length() != LENGTH) {
            return false;
        }
        for (int i = 0; i < LENGTH - 1; i++) {
            if (!isAsciiDigit(text.charAt(i))) {
                return false;
            }
        }
        return checkCharacter(text.substring(0, LENGTH - 1)) == text.charAt(LENGTH - 1);
    }

    /** The check character (0–9 or X) for the first 17 digits of an ID; demo data uses it to build valid numbers. */
    public static char checkCharacter(String first17Digits) {
        Objects.requireNonNull(first17Digits, "first17Digits");
        if (first17Digits.length() != LENGTH - 1 || !first17Digits.chars().allMatch(c -> isAsciiDigit((char) c))) {
            throw new IllegalArgumentException("17 digits expected: " + first17Digits);
        }
        int sum = 0;
        for (int i = 0; i < WEIGHTS.length; i++) {
            sum += (first17Digits.charAt(i) - '0') * WEIGHTS[i];
        }
        return CHECK_CHARACTERS.charAt(sum % 11);
    }

    private static LocalDate birthDate(String id) {
        String digits = id.substring(6, 14);
        int year = Integer.parseInt(digits.substring(0, 4));
        int month = Integer.parseInt(digits.substring(4, 6));
        int day = Integer.parseInt(digits.substring(6, 8));
        try {
            if (year < EARLIEST_BIRTH_YEAR) {
                throw new DateTimeException("implausible year");
            }
            return LocalDate.of(year, month, day);
        } catch (DateTimeException e) {
            throw new QiaoException(e, "identity.residentId.birthDate.invalid", digits);
        }
    }

    private static boolean isAsciiDigit(char c) {
        return c >= '0' && c <= '9';
    }

    public String value() {
        return value;
    }

    public LocalDate birthDate() {
        return birthDate;
    }

    public Sex sex() {
        return (value.charAt(16) - '0') % 2 == 1 ? Sex.MALE : Sex.FEMALE;
    }

    /** Age in completed years (周岁) on {@code date}. */
    public int ageOn(LocalDate date) {
        if (date.isBefore(birthDate)) {
            throw new IllegalArgumentException("date " + date + " is before the birth date " + birthDate);
        }
        return java.time.Period.between(birthDate, date).getYears();
    }

    /** The number for screens and lists that need not show it in full: first 4 and last 4 characters. */
    public String masked() {
        return value.substring(0, 4) + "*".repeat(LENGTH - 8) + value.substring(LENGTH - 4);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof ResidentId that && value.equals(that.value);
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
