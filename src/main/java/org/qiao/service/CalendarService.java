// SPDX-License-Identifier: AGPL-3.0-or-later
package org.qiao.service;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.stream.Collectors;

import org.qiao.domain.QiaoException;
import org.qiao.domain.calendar.CalendarDay;
import org.qiao.domain.calendar.Deadline;
import org.qiao.domain.calendar.DeadlineCalculator;
import org.qiao.domain.calendar.Period;
import org.qiao.domain.calendar.StatutoryCalendar;
import org.qiao.store.Transactions;

/**
 * The statutory calendar in force: the schedules shipped with Qiao (State Council notices 2024–2026), with every
 * year an administrator entered in the database replacing the shipped one for that year. Deadlines are computed
 * over it.
 */
public final class CalendarService {

    private final List<CalendarDay> bundled;
    private final Transactions tx;

    public CalendarService(List<CalendarDay> bundled, Transactions tx) {
        this.bundled = List.copyOf(bundled);
        this.tx = Objects.requireNonNull(tx);
    }

    /** The calendar now: shipped years, overridden year by year by what administrators entered. */
    public StatutoryCalendar calendar() {
        StatutoryCalendar calendar = new StatutoryCalendar(bundled);
        Map<Integer, List<CalendarDay>> entered = tx.call(repos -> repos.calendar().findAll()).stream()
            .collect(Collectors.groupingBy(day -> day.date().getYear(), TreeMap::new, Collectors.toList()));
        for (Map.Entry<Integer, List<CalendarDay>> year : entered.entrySet()) {
            calendar = calendar.withYear(year.getKey(), year.getValue());
        }
        return calendar;
    }

    /** The due date of {@code period} counted from {@code start}, with a warning for years without a schedule. */
    public Deadline due(LocalDate start, Period period) {
        return new DeadlineCalculator(calendar()).due(start, period);
    }

    /**
     * Stores a year's published schedule (holidays off and make-up working days), replacing whatever that year
     * had. Every entry must fall in {@code year}.
     */
    public void enterYear(int year, List<CalendarDay> days) {
        if (days.isEmpty()) {
            throw new QiaoException("calendar.year.empty", year);
        }
        for (CalendarDay day : days) {
            if (day.date().getYear() != year) {
                throw new QiaoException("calendar.year.outside", day.date(), year);
            }
        }
        tx.run(repos -> repos.calendar().replaceYear(year, days));
    }
}
