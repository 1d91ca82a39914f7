// SPDX-License-Identifier: AGPL-3.0-or-later
package org.qiao.domain.cases;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.qiao.domain.calendar.Deadline;

/**
 * The arbitration limitation (劳动争议调解仲裁法 art.27): one year from the day the worker knew or should have known
 * of the infringement. A late claim is not refused at intake — the limitation can be interrupted or suspended, and
 * only an arbitrator decides — so the check gives a warning for the mediator, never an exception.
 */
public final class LimitationCheck {

    /** Warning key; arguments: the facts date and the last day of the year, as ISO dates. */
    public static final String WARNING = "intake.limitation.expired";

    private LimitationCheck() {
    }

    /**
     * A warning when more than one year lay between {@code factsDate} and {@code receivedDate} (the application,
     * which interrupts the limitation, art.27 para.2). No warning when the facts date is unknown, or — art.27
     * para.4 — when the worker is still employed and every claim is for labour pay (劳动报酬: wages and overtime
     * pay), whose limitation runs from the end of the employment.
     */
    public static Optional<Deadline.Warning> check(LocalDate factsDate, LocalDate receivedDate,
        boolean ongoingEmployment, Set<DisputeCategory> claimed) {
        if (factsDate == null || receivedDate == null) {
            return Optional.empty();
        }
        boolean payOnly = !claimed.isEmpty() && claimed.stream()
            .allMatch(c -> c == DisputeCategory.WAGES || c == DisputeCategory.OVERTIME);
        if (ongoingEmployment && payOnly) {
            return Optional.empty();
        }
        LocalDate lastDay = factsDate.plusYears(1);
        if (!receivedDate.isAfter(lastDay)) {
            return Optional.empty();
        }
        return Optional.of(new Deadline.Warning(WARNING, List.of(factsDate.toString(), lastDay.toString())));
    }
}
