// SPDX-License-Identifier: AGPL-3.0-or-later
package org.qiao.domain.cases;

import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/**
 * The allowed status changes of a case (DESIGN.md, "The case lifecycle"):
 * <pre>
 * INTAKE           → ACCEPTED | NOT_ACCEPTED
 * ACCEPTED         → IN_MEDIATION | WITHDRAWN
 * IN_MEDIATION     → AGREEMENT_SIGNED | MEDIATION_FAILED | WITHDRAWN
 * AGREEMENT_SIGNED → PERFORMING | CLOSED
 * PERFORMING       → CLOSED
 * MEDIATION_FAILED → HANDED_BACK | CLOSED
 * HANDED_BACK      → CLOSED      (the studio closes its file once the court, arbitration or litigation has it)
 * NOT_ACCEPTED, WITHDRAWN, CLOSED: final; a case that comes back is registered anew and linked.
 * </pre>
 * Statuses with no way out, and {@code HANDED_BACK}, no longer count as open for the conflict check.
 */
public final class CaseTransitions {

    private static final Map<CaseStatus, Set<CaseStatus>> ALLOWED = new EnumMap<>(CaseStatus.class);

    static {
        ALLOWED.put(CaseStatus.INTAKE, EnumSet.of(CaseStatus.ACCEPTED, CaseStatus.NOT_ACCEPTED));
        ALLOWED.put(CaseStatus.ACCEPTED, EnumSet.of(CaseStatus.IN_MEDIATION, CaseStatus.WITHDRAWN));
        ALLOWED.put(CaseStatus.IN_MEDIATION,
            EnumSet.of(CaseStatus.AGREEMENT_SIGNED, CaseStatus.MEDIATION_FAILED, CaseStatus.WITHDRAWN));
        ALLOWED.put(CaseStatus.AGREEMENT_SIGNED, EnumSet.of(CaseStatus.PERFORMING, CaseStatus.CLOSED));
        ALLOWED.put(CaseStatus.PERFORMING, EnumSet.of(CaseStatus.CLOSED));
        ALLOWED.put(CaseStatus.MEDIATION_FAILED, EnumSet.of(CaseStatus.HANDED_BACK, CaseStatus.CLOSED));
        ALLOWED.put(CaseStatus.HANDED_BACK, EnumSet.of(CaseStatus.CLOSED));
        ALLOWED.put(CaseStatus.NOT_ACCEPTED, EnumSet.noneOf(CaseStatus.class));
        ALLOWED.put(CaseStatus.WITHDRAWN, EnumSet.noneOf(CaseStatus.class));
        ALLOWED.put(CaseStatus.CLOSED, EnumSet.noneOf(CaseStatus.class));
    }

    /** Changes that must say why: a refusal, a withdrawal and a closing are read later by supervisors. */
    private static final Set<CaseStatus> NEED_REASON =
        EnumSet.of(CaseStatus.NOT_ACCEPTED, CaseStatus.WITHDRAWN, CaseStatus.CLOSED);

    /** Statuses in which a case is still being handled by the studio. */
    private static final Set<CaseStatus> OPEN = EnumSet.of(CaseStatus.INTAKE, CaseStatus.ACCEPTED,
        CaseStatus.IN_MEDIATION, CaseStatus.AGREEMENT_SIGNED, CaseStatus.PERFORMING, CaseStatus.MEDIATION_FAILED);

    private CaseTransitions() {
    }

    public static boolean isAllowed(CaseStatus from, CaseStatus to) {
        return ALLOWED.get(from).contains(to);
    }

    /** Where a case in {@code from} may go next. */
    public static Set<CaseStatus> next(CaseStatus from) {
        Set<CaseStatus> next = ALLOWED.get(from);
        return next.isEmpty() ? EnumSet.noneOf(CaseStatus.class) : EnumSet.copyOf(next);
    }

    public static boolean requiresReason(CaseStatus to) {
        return NEED_REASON.contains(to);
    }

    /** Whether a case in this status has nowhere further to go. */
    public static boolean isFinal(CaseStatus status) {
        return ALLOWED.get(status).isEmpty();
    }

    /** The open statuses, as a copy. */
    public static Set<CaseStatus> open() {
        return EnumSet.copyOf(OPEN);
    }
}
