// SPDX-License-Identifier: AGPL-3.0-or-later
package org.qiao.service;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.qiao.domain.QiaoException;
import org.qiao.domain.calendar.CalendarDay;
import org.qiao.domain.calendar.DayKind;
import org.qiao.domain.calendar.Deadline;
import org.qiao.domain.calendar.DeadlineCalculator;
import org.qiao.domain.calendar.HolidayCsv;
import org.qiao.domain.calendar.Period;
import org.qiao.domain.calendar.StatutoryCalendar;
import org.qiao.domain.user.Role;
import org.qiao.store.Transactions;

/**
 * The statutory calendar in force: the schedules shipped with Qiao (State Council notices 2024–2026), with every
 * year an administrator entered in the database replacing the shipped one for that year. Deadlines are computed
 * over it.
 */
public final class CalendarService {

    private final List<CalendarDay> bundled;
    private final Transactions tx;
    private final UserSession session;

    public CalendarService(List<CalendarDay> bundled, Transactions tx, UserSession session) {
        this.bundled = List.copyOf(bundled);
        this.tx = Objects.requireNonNull(tx);
        this.session = Objects.requireNonNull(session);
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

    /** Where a year's schedule comes from. */
    public enum Source { SHIPPED, ENTERED }

    /** A year that has a published schedule, and where it comes from. */
    public record ScheduleYear(int year, Source source) {
    }

    /** What an import stored: the year and how many days off and make-up working days. */
    public record ScheduleImport(int year, long daysOff, long workdays) {
    }

    /** The years with a published schedule, oldest first; an entered year overrides a shipped one. */
    public List<ScheduleYear> scheduleYears() {
        Set<Integer> entered = tx.call(repos -> repos.calendar().findAll()).stream()
            .map(day -> day.date().getYear()).collect(Collectors.toSet());
        Set<Integer> years = new TreeSet<>(entered);
        bundled.forEach(day -> years.add(day.date().getYear()));
        return years.stream().map(year -> new ScheduleYear(year, entered.contains(year) ? Source.ENTERED
            : Source.SHIPPED)).toList();
    }

    /**
     * Enters a year's published schedule (holidays off and make-up working days) from a CSV file in the shipped
     * format ({@code date,kind,name}), replacing whatever that year had. All dates must fall in one year, which must
     * be {@code expectedYear} when given. Nothing is stored if any line is wrong; the message names the line.
     * Only an administrator may, when someone is signed in.
     */
    public ScheduleImport importSchedule(Path file, Integer expectedYear) {
        // In the window only an administrator may; on the command line the operating-system user acts.
        if (session.user().isPresent() && !session.hasRole(Role.ADMINISTRATOR)) {
            throw new QiaoException("auth.adminOnly");
        }
        List<CalendarDay> days;
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            days = HolidayCsv.parse(reader);
        } catch (IOException e) {
            throw new QiaoException(e, "calendar.file.unreadable", file);
        }
        if (days.isEmpty()) {
            throw new QiaoException("calendar.year.empty", file);
        }
        int year = expectedYear != null ? expectedYear : days.get(0).date().getYear();
        for (CalendarDay day : days) {
            if (day.date().getYear() != year) {
                throw new QiaoException("calendar.wrongYear", day.date(), String.valueOf(year));
            }
        }
        tx.run(repos -> repos.calendar().replaceYear(year, days));
        long off = days.stream().filter(day -> day.kind() == DayKind.OFF).count();
        return new ScheduleImport(year, off, days.size() - off);
    }
}
