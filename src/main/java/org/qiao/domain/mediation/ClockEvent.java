// SPDX-License-Identifier: AGPL-3.0-or-later
package org.qiao.domain.mediation;

import java.time.LocalDate;

/**
 * Something recorded on a case that moves its mediation deadline: an {@link Extension}, a {@link Suspension} or a
 * {@link Resumption}. A {@link MediationClock} reads them in date order.
 */
public sealed interface ClockEvent permits Extension, Suspension, Resumption {

    /** The day the event took effect. */
    LocalDate date();
}
