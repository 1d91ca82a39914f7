// SPDX-License-Identifier: AGPL-3.0-or-later
package org.qiao.domain.calendar;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * Computes the last day of a legal time limit under the 民法典's rules on periods, using a {@link StatutoryCalendar}
 * for rest days. Examples: union mediation must end within 15 days of receiving the application (劳动争议调解仲裁法
 * art.14: {@code 15d}); a court referral before filing allows 30 days (特邀调解规定 art.27: {@code 30d}).
 */
public final class DeadlineCalculator {

    private final StatutoryCalendar calendar;

    public DeadlineCalculator(StatutoryCalendar calendar) {
        this.calendar = Objects.requireNonNull(calendar, "calendar");
    }

    /**
     * The last day of {@code period} counted from {@code start} (the day of receipt, referral, signature…).
     * <ul>
     * <li>The start day is not counted (民法典 art.201).</li>
     * <li>Days: {@code start + n}; holidays inside the period are not deducted.</li>
     * <li>Months and years: the same day number in the target month, or its last day when it has none
     * (民法典 art.202: 1-31 + 1m → 2-28 or 2-29).</li>
     * <li>A last day that is a rest day — weekend or statutory holiday — moves to the next working day, and a make-up
     * working day (调休上班日) counts as a working day (民法典 art.203).</li>
     * <li>Working days: the n-th working day after {@code start}.</li>
     * </ul>
     * Every day whose status was looked at in a year without a published schedule adds that year to the warnings.
     */
    public Deadline due(LocalDate start, Period period) {
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(period, "period");
        Set<Integer> unscheduled = new TreeSet<>();
        LocalDate day;
        switch (period.unit()) {
            case WORKING_DAYS -> {
                day = start;
                int counted = 0;
                while (counted < period.amount()) {
                    day = day.plusDays(1);
                    if (isWorkingDay(day, unscheduled)) {
                        counted++;
                    }
                }
            }
            case DAYS -> day = rollForward(start.plusDays(period.amount()), unscheduled);
            case MONTHS -> day = rollForward(start.plusMonths(period.amount()), unscheduled);
            case YEARS -> day = rollForward(start.plusYears(period.amount()), unscheduled);
            default -> throw new IllegalStateException("unknown unit " + period.unit());
        }
        return new Deadline(day, unscheduled.stream().toList());
    }

    // 民法典 art.203: a last day that is a legal rest day gives way to the day after the rest ends.
    private LocalDate rollForward(LocalDate last, Set<Integer> unscheduled) {
        LocalDate day = last;
        while (!isWorkingDay(day, unscheduled)) {
            day = day.plusDays(1);
        }
        return day;
    }

    private boolean isWorkingDay(LocalDate day, Set<Integer> unscheduled) {
        if (!calendar.hasSchedule(day.getYear())) {
            unscheduled.add(day.getYear());
        }
        return calendar.isWorkingDay(day);
    }
}
