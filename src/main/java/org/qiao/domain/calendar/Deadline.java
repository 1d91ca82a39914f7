// SPDX-License-Identifier: AGPL-3.0-or-later
package org.qiao.domain.calendar;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * The last day of a time limit, with the years whose holiday schedule was not yet published although the
 * computation needed it: for those, only weekends were taken as rest days, so the date may move once the State
 * Council's notice is entered.
 */
public record Deadline(LocalDate due, List<Integer> unscheduledYears) {

    /** Warning shown once per unscheduled year; argument: the year. */
    public static final String NO_SCHEDULE_WARNING = "calendar.deadline.noSchedule";

    /** A message for the user: a bundle key and its arguments. */
    public record Warning(String messageKey, List<Object> args) {

        public Warning {
            Objects.requireNonNull(messageKey, "messageKey");
            args = List.copyOf(args);
        }
    }

    public Deadline {
        Objects.requireNonNull(due, "due");
        unscheduledYears = unscheduledYears.stream().sorted().distinct().toList();
    }

    public boolean hasWarnings() {
        return !unscheduledYears.isEmpty();
    }

    /** One warning per unscheduled year, the year as text so that it is never printed with a digit grouping. */
    public List<Warning> warnings() {
        return unscheduledYears.stream()
            .map(year -> new Warning(NO_SCHEDULE_WARNING, List.of(String.valueOf(year))))
            .toList();
    }
}
