// SPDX-License-Identifier: AGPL-3.0-or-later
package org.qiao.domain.cases;

import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.qiao.domain.QiaoException;

/**
 * How a studio writes its case numbers: literal text with exactly one {@code {year}} and one {@code {seq:N}} (the
 * sequence within the year, zero-padded to N digits, 1 ≤ N ≤ 9), e.g. {@code 乌前工调〔{year}〕{seq:4}号} gives
 * {@code 乌前工调〔2026〕0001号}. A sequence longer than N digits is written in full, never cut.
 */
public final class CaseNumberPattern {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([a-z]+)(?::(\\d+))?}");
    private static final int MAX_LENGTH = 100;

    private final String text;
    private final String before;
    private final String middle;
    private final String after;
    private final boolean yearFirst;
    private final int digits;

    private CaseNumberPattern(String text, String before, String middle, String after, boolean yearFirst,
        int digits) {
        this.text = text;
        this.before = before;
        this.middle = middle;
        this.after = after;
        this.yearFirst = yearFirst;
        this.digits = digits;
    }

    /**
     * Reads a pattern.
     *
     * @throws QiaoException {@code studio.pattern.invalid} with the text when it lacks {@code {year}} or
     *     {@code {seq:N}}, has either twice, has another placeholder, braces left over, or is over 100 characters
     */
    public static CaseNumberPattern parse(String text) {
        String pattern = text == null ? "" : text.strip();
        QiaoException invalid = new QiaoException("studio.pattern.invalid", pattern);
        if (pattern.length() > MAX_LENGTH) {
            throw invalid;
        }
        Matcher m = PLACEHOLDER.matcher(pattern);
        int yearAt = -1;
        int seqAt = -1;
        int yearEnd = -1;
        int seqEnd = -1;
        int digits = 0;
        while (m.find()) {
            if (m.group(1).equals("year") && m.group(2) == null && yearAt < 0) {
                yearAt = m.start();
                yearEnd = m.end();
            } else if (m.group(1).equals("seq") && m.group(2) != null && seqAt < 0) {
                digits = Integer.parseInt(m.group(2));
                if (digits < 1 || digits > 9) {
                    throw invalid;
                }
                seqAt = m.start();
                seqEnd = m.end();
            } else {
                throw invalid;
            }
        }
        if (yearAt < 0 || seqAt < 0) {
            throw invalid;
        }
        boolean yearFirst = yearAt < seqAt;
        int firstAt = Math.min(yearAt, seqAt);
        int firstEnd = yearFirst ? yearEnd : seqEnd;
        int secondAt = Math.max(yearAt, seqAt);
        int secondEnd = yearFirst ? seqEnd : yearEnd;
        String before = pattern.substring(0, firstAt);
        String middle = pattern.substring(firstEnd, secondAt);
        String after = pattern.substring(secondEnd);
        if ((before + middle + after).matches(".*[{}].*")) {
            throw invalid;
        }
        return new CaseNumberPattern(pattern, before, middle, after, yearFirst, digits);
    }

    /** The pattern as written. */
    public String text() {
        return text;
    }

    /** The number of the {@code sequence}-th case of {@code year} (both from 1). */
    public String format(int year, long sequence) {
        if (sequence < 1) {
            throw new IllegalArgumentException("sequence starts at 1: " + sequence);
        }
        String seq = String.format("%0" + digits + "d", sequence);
        String y = String.valueOf(year);
        return before + (yearFirst ? y : seq) + middle + (yearFirst ? seq : y) + after;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof CaseNumberPattern p && p.text.equals(text);
    }

    @Override
    public int hashCode() {
        return Objects.hash(text);
    }

    @Override
    public String toString() {
        return text;
    }
}
