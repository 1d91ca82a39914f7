// SPDX-License-Identifier: AGPL-3.0-or-later
package org.qiao.domain.mediation;

import java.time.LocalDate;
import java.util.Objects;

/** Mediation resumes on {@code date}; the days left when it was suspended run again from the day after. */
public record Resumption(LocalDate date) implements ClockEvent {

    public Resumption {
        Objects.requireNonNull(date, "date");
    }
}
