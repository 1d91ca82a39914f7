// SPDX-License-Identifier: AGPL-3.0-or-later
package org.qiao.domain.mediation;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Set;
import org.qiao.domain.QiaoException;

/**
 * A longer mediation period granted on {@code date}, with whose consent and why. Either {@link Kind#ADDED_DAYS}
 * calendar days are added to the period (延长 n 日), or a {@link Kind#NEW_PERIOD} of n days runs from the day after the
 * grant (另给 n 日). Whether the consent suffices depends on the case's source, so {@link MediationClock} checks it.
 */
public record Extension(LocalDate date, Kind kind, int days, Set<Consent> consent, String reason)
    implements ClockEvent {

    /** How the granted days are counted. */
    public enum Kind {
        /** Added to the days the period already allows. */
        ADDED_DAYS,
        /** Counted afresh from the day after the grant, replacing what was left. */
        NEW_PERIOD
    }

    /**
     * @throws QiaoException {@code mediation.extension.length} if {@code days} is below 1,
     *     {@code mediation.reason.missing} if the reason is blank
     */
    public Extension {
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(kind, "kind");
        if (days < 1) {
            throw new QiaoException("mediation.extension.length", String.valueOf(days));
        }
        consent = Set.copyOf(consent);
        reason = requireReason(reason);
    }

    public static Extension addingDays(LocalDate date, int days, Set<Consent> consent, String reason) {
        return new Extension(date, Kind.ADDED_DAYS, days, consent, reason);
    }

    public static Extension newPeriod(LocalDate date, int days, Set<Consent> consent, String reason) {
        return new Extension(date, Kind.NEW_PERIOD, days, consent, reason);
    }

    static String requireReason(String reason) {
        if (reason == null || reason.isBlank()) {
            throw new QiaoException("mediation.reason.missing");
        }
        return reason.strip();
    }
}
