// SPDX-License-Identifier: AGPL-3.0-or-later
package org.qiao.domain.cases;

import java.util.Objects;
import org.qiao.domain.calendar.Period;

/**
 * How long mediation may take, by how the case came in. Counted from the day the studio received the application
 * or the court's referral (the case's received date), with the calendar rules of {@code DeadlineCalculator}.
 */
public final class MediationPeriod {

    private MediationPeriod() {
    }

    /**
     * The time limit for a case from {@code source}; {@code simpleProcedure} matters only for 委托 mediation.
     * Longer periods need both parties' consent and are recorded separately; they are not computed here.
     */
    public static Period forSource(CaseSource source, boolean simpleProcedure) {
        Objects.requireNonNull(source, "source");
        return switch (source) {
            // 最高法《关于人民法院特邀调解的规定》art.27: 委派调解 (before filing) within 30 days.
            case COURT_DELEGATED -> Period.days(30);
            // 同上 art.27: 委托调解 (after filing) within 15 days, 7 days in simple procedure.
            case COURT_ENTRUSTED -> Period.days(simpleProcedure ? 7 : 15);
            // 特邀调解 at the court: a filed case the court's invited mediator takes in simple procedure, so the
            // 7 days of 委托 mediation in simple procedure (a decision: art.27 names no separate period for it).
            case COURT_INVITED -> Period.days(7);
            // 劳动争议调解仲裁法 art.14: union mediation ends within 15 days of receiving the application.
            default -> Period.days(15);
        };
    }
}
