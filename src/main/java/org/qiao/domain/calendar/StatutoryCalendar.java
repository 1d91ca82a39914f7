// SPDX-License-Identifier: AGPL-3.0-or-later
package org.qiao.domain.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import org.qiao.domain.QiaoException;

/**
 * Which days are working days in mainland China: Monday to Friday, unless the State Council's holiday notice for
 * the year makes the day a holiday (放假), and Saturdays or Sundays that the notice makes working days (调休上班).
 * A year counts as published when the calendar has at least one entry for it; for other years only weekends are
 * known, and callers are expected to say so (see {@link DeadlineCalculator}). Immutable.
 */
public final class StatutoryCalendar {

    private final Map<LocalDate, CalendarDay> days;
    private final SortedSet<Integer> publishedYears;

    /**
     * A calendar of the given entries.
     *
     * @throws QiaoException {@code calendar.duplicate} if a date occurs twice
     */
    public StatutoryCalendar(Collection<CalendarDay> entries) {
        TreeMap<LocalDate, CalendarDay> map = new TreeMap<>();
        TreeSet<Integer> years = new TreeSet<>();
        for (CalendarDay day : entries) {
            if (map.putIfAbsent(day.date(), day) != null) {
                throw new QiaoException("calendar.duplicate", day.date().toString());
            }
            years.add(day.date().getYear());
        }
        this.days = Collections.unmodifiableMap(map);
        this.publishedYears = Collections.unmodifiableSortedSet(years);
    }

    /** A calendar with no published year: weekends only. */
    public static StatutoryCalendar weekendsOnly() {
        return new StatutoryCalendar(List.of());
    }

    /**
     * A new calendar in which {@code year}'s entries are replaced by {@code entries}, as when an administrator enters
     * a newly published notice. An empty list withdraws the year's schedule.
     *
     * @throws QiaoException {@code calendar.wrongYear} if an entry lies outside {@code year}
     */
    public StatutoryCalendar withYear(int year, List<CalendarDay> entries) {
        List<CalendarDay> all = new ArrayList<>();
        for (CalendarDay day : entries) {
            if (day.date().getYear() != year) {
                throw new QiaoException("calendar.wrongYear", day.date().toString(), String.valueOf(year));
            }
        }
        for (CalendarDay day : days.values()) {
            if (day.date().getYear() != year) {
                all.add(day);
            }
        }
        all.addAll(entries);
        return new StatutoryCalendar(all);
    }

    public boolean isWorkingDay(LocalDate date) {
        CalendarDay entry = days.get(date);
        if (entry != null) {
            return entry.kind() == DayKind.WORKDAY;
        }
        return !isWeekend(date);
    }

    /** How many working days lie after {@code from} up to and including {@code to}; 0 when {@code to} is not later. */
    public int workingDaysAfter(LocalDate from, LocalDate to) {
        int count = 0;
        for (LocalDate day = from.plusDays(1); !day.isAfter(to); day = day.plusDays(1)) {
            if (isWorkingDay(day)) {
                count++;
            }
        }
        return count;
    }

    /** A weekend day that is not a make-up working day, or a statutory holiday. */
    public boolean isRestDay(LocalDate date) {
        return !isWorkingDay(date);
    }

    public boolean hasSchedule(int year) {
        return publishedYears.contains(year);
    }

    /** The years with at least one entry, ascending. */
    public SortedSet<Integer> publishedYears() {
        return publishedYears;
    }

    /** The name of the statutory holiday on {@code date} (e.g. 国庆节), empty on other days and make-up days. */
    public Optional<String> holidayName(LocalDate date) {
        CalendarDay entry = days.get(date);
        return entry != null && entry.kind() == DayKind.OFF ? Optional.of(entry.name()) : Optional.empty();
    }

    /** The published entry for {@code date}, holiday or make-up working day. */
    public Optional<CalendarDay> entry(LocalDate date) {
        return Optional.ofNullable(days.get(date));
    }

    /** All entries in date order. */
    public List<CalendarDay> days() {
        return List.copyOf(days.values());
    }

    private static boolean isWeekend(LocalDate date) {
        DayOfWeek dow = date.getDayOfWeek();
        return dow == DayOfWeek.SATURDAY || dow == DayOfWeek.SUNDAY;
    }
}
