// SPDX-License-Identifier: AGPL-3.0-or-later
package org.qiao.domain.mediation;

/** Whose recorded consent an {@link Extension} carries (e.g. a signed 延长调解期限确认书 or the court's reply). */
public enum Consent {
    /** The worker (or the workers' representative) as applicant. */
    WORKER,
    /** The employer. */
    EMPLOYER,
    /** The court that referred the case (委派 or 委托); meaningless for union mediation. */
    REFERRING_COURT
}
