// SPDX-License-Identifier: AGPL-3.0-or-later
package org.qiao.domain.calendar;

import java.util.Locale;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.qiao.domain.QiaoException;

/**
 * A legal time limit as written in settings and on the command line: {@code 15d} calendar days, {@code 10wd}
 * working days, {@code 3m} months, {@code 1y} years.
 */
public record Period(int amount, Unit unit) {

    /** How a period is counted, with its suffix. */
    public enum Unit {
        DAYS("d"),
        WORKING_DAYS("wd"),
        MONTHS("m"),
        YEARS("y");

        private final String suffix;

        Unit(String suffix) {
            this.suffix = suffix;
        }

        public String suffix() {
            return suffix;
        }
    }

    private static final Pattern TEXT = Pattern.compile("(\\d{1,4})(wd|d|m|y)");

    public Period {
        if (amount < 1) {
            throw new IllegalArgumentException("a period is at least 1: " + amount);
        }
        Objects.requireNonNull(unit, "unit");
    }

    public static Period days(int amount) {
        return new Period(amount, Unit.DAYS);
    }

    public static Period workingDays(int amount) {
        return new Period(amount, Unit.WORKING_DAYS);
    }

    public static Period months(int amount) {
        return new Period(amount, Unit.MONTHS);
    }

    public static Period years(int amount) {
        return new Period(amount, Unit.YEARS);
    }

    /**
     * Reads {@code 15d}, {@code 10wd}, {@code 3m} or {@code 1y} (blanks around it and letter case ignored); the
     * number is 1 to 9999.
     *
     * @throws QiaoException {@code calendar.period.invalid} with the text
     */
    public static Period parse(String text) {
        String normal = text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
        Matcher m = TEXT.matcher(normal);
        if (!m.matches() || Integer.parseInt(m.group(1)) < 1) {
            throw new QiaoException("calendar.period.invalid", text == null ? "" : text.strip());
        }
        int amount = Integer.parseInt(m.group(1));
        for (Unit unit : Unit.values()) {
            if (unit.suffix.equals(m.group(2))) {
                return new Period(amount, unit);
            }
        }
        throw new IllegalStateException("unit pattern and enum disagree: " + m.group(2));
    }

    @Override
    public String toString() {
        return amount + unit.suffix;
    }
}
