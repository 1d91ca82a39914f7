// SPDX-License-Identifier: AGPL-3.0-or-later
package org.qiao.domain.mediation;

import java.time.LocalDate;
import java.util.Objects;

/**
 * Mediation stops on {@code date} for a reason outside the parties' hands, e.g. 等待工伤认定 or 劳动能力鉴定. The day
 * of suspension still counts as a day run; the clock stands still until a {@link Resumption}.
 */
public record Suspension(LocalDate date, String reason) implements ClockEvent {

    /** @throws org.qiao.domain.QiaoException {@code mediation.reason.missing} if the reason is blank */
    public Suspension {
        Objects.requireNonNull(date, "date");
        reason = Extension.requireReason(reason);
    }
}
