// SPDX-License-Identifier: AGPL-3.0-or-later
package org.qiao.domain.calendar;

import java.time.LocalDate;
import java.util.Objects;

/** One date of a published holiday schedule: off (法定节假日) or a make-up working day (调休上班日), with the holiday's name. */
public record CalendarDay(LocalDate date, DayKind kind, String name) {

    public CalendarDay {
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(kind, "kind");
        name = name == null ? "" : name.strip();
    }
}
