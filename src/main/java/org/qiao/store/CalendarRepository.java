// SPDX-License-Identifier: AGPL-3.0-or-later
package org.qiao.store;

import java.time.LocalDate;
import java.util.List;
import org.hibernate.Session;
import org.hibernate.engine.spi.SharedSessionContractImplementor;
import org.qiao.domain.QiaoException;
import org.qiao.domain.calendar.CalendarDay;
import org.qiao.domain.calendar.DayKind;

/**
 * The holiday schedules administrators enter for years the shipped calendar does not cover. Plain SQL: the rows
 * are values, not records anyone edits one by one, so they need no entity, version or per-field audit.
 */
public final class CalendarRepository {

    private final Session session;
    private final AuditWriter audit;

    CalendarRepository(Session session, AuditWriter audit) {
        this.session = session;
        this.audit = audit;
    }

    /** Every stored day, by date. */
    public List<CalendarDay> findAll() {
        List<Object[]> rows = session.createNativeQuery(
                "select \"day\", kind, name from calendar_day order by \"day\"", Object[].class)
            .getResultList();
        return rows.stream()
            .map(row -> new CalendarDay(toDate(row[0]), DayKind.valueOf((String) row[1]), (String) row[2]))
            .toList();
    }

    /**
     * Replaces the schedule of {@code year} with {@code days}, e.g. when the State Council publishes or corrects a
     * notice. Every day must fall in that year.
     */
    public void replaceYear(int year, List<CalendarDay> days) {
        for (CalendarDay day : days) {
            if (day.date().getYear() != year) {
                throw new QiaoException("store.calendar.wrongYear", day.date(), year);
            }
        }
        session.createNativeMutationQuery("delete from calendar_day where \"day\" between :first and :last")
            .setParameter("first", LocalDate.of(year, 1, 1))
            .setParameter("last", LocalDate.of(year, 12, 31))
            .executeUpdate();
        for (CalendarDay day : days) {
            session.createNativeMutationQuery(
                    "insert into calendar_day (\"day\", kind, name) values (:day, :kind, :name)")
                .setParameter("day", day.date())
                .setParameter("kind", day.kind().name())
                .setParameter("name", day.name())
                .executeUpdate();
        }
        // Plain SQL passes the Hibernate listener by, so the change is audited here.
        List<String> lines = days.stream().map(d -> d.date() + " " + d.kind() + " " + d.name()).toList();
        audit.write(session.unwrap(SharedSessionContractImplementor.class), "CalendarDay", year, "UPDATE", lines);
    }

    private static LocalDate toDate(Object value) {
        if (value instanceof java.sql.Date date) {
            return date.toLocalDate();
        }
        return (LocalDate) value;
    }
}
