// SPDX-License-Identifier: AGPL-3.0-or-later
package org.qiao.service;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Objects;
import org.qiao.domain.QiaoException;
import org.qiao.domain.calendar.Deadline;
import org.qiao.domain.cases.CaseStatus;
import org.qiao.domain.cases.CaseStatusChange;
import org.qiao.domain.cases.CaseTransitions;
import org.qiao.domain.cases.DisputeCase;
import org.qiao.domain.cases.MediationPeriod;
import org.qiao.store.Repositories;
import org.qiao.store.Transactions;

/**
 * The one way a case changes status: checks the transition ({@link CaseTransitions}), records who, when and why,
 * and on acceptance computes the mediation deadline by source.
 */
public final class CaseStatusService {

    /** The status reached, the mediation deadline when accepting ({@code null} otherwise) and its warnings. */
    public record StatusChange(long caseId, CaseStatus status, LocalDate mediationDue,
                               List<Deadline.Warning> warnings) {

        public StatusChange {
            warnings = List.copyOf(warnings);
        }
    }

    private final Transactions tx;
    private final CalendarService calendar;
    private final UserSession session;
    private final Clock clock;

    public CaseStatusService(Transactions tx, CalendarService calendar, UserSession session) {
        this(tx, calendar, session, Clock.systemDefaultZone());
    }

    public CaseStatusService(Transactions tx, CalendarService calendar, UserSession session, Clock clock) {
        this.tx = Objects.requireNonNull(tx);
        this.calendar = Objects.requireNonNull(calendar);
        this.session = Objects.requireNonNull(session);
        this.clock = Objects.requireNonNull(clock);
    }

    /**
     * Moves a case to {@code target}, whatever version of it is current.
     *
     * @throws QiaoException {@code case.notFound}, {@code status.transition.notAllowed} (from, to),
     *     {@code status.reason.required} (to), {@code store.conflict} when someone changed the case meanwhile
     */
    public StatusChange change(long caseId, CaseStatus target, String reason) {
        return change(caseId, null, target, reason);
    }

    /**
     * Moves a case to {@code target} if it is still at {@code expectedVersion} (the version the user was looking
     * at); otherwise {@code store.conflict}, so a decision is never taken on a case someone else just changed.
     */
    public StatusChange change(long caseId, Long expectedVersion, CaseStatus target, String reason) {
        Objects.requireNonNull(target, "target");
        String why = reason == null || reason.isBlank() ? null : reason.strip();
        DisputeCase before = tx.call(r -> r.cases().findById(caseId))
            .orElseThrow(() -> new QiaoException("case.notFound", String.valueOf(caseId)));
        long version = expectedVersion != null ? expectedVersion : before.getVersion();
        if (version != before.getVersion()) {
            throw new QiaoException("store.conflict");
        }
        check(before.getStatus(), target, why);
        Deadline deadline = null;
        if (target == CaseStatus.ACCEPTED) {
            // The period runs from the day the studio received the application or referral: 劳动争议调解仲裁法
            // art.14 (15 days), 特邀调解规定 art.27 (委派 30 days, 委托 15 or 7); see MediationPeriod.
            deadline = calendar.due(before.getReceivedDate(),
                MediationPeriod.forSource(before.getSource(), before.isSimpleProcedure()));
        }
        LocalDate due = deadline == null ? null : deadline.due();
        String actor = session.actorName();
        LocalDateTime now = LocalDateTime.now(clock);
        tx.run(r -> {
            DisputeCase current = r.cases().findById(caseId)
                .orElseThrow(() -> new QiaoException("case.notFound", String.valueOf(caseId)));
            if (current.getVersion() != version) {
                throw new QiaoException("store.conflict");
            }
            if (target == CaseStatus.ACCEPTED) {
                current.setAcceptedDate(now.toLocalDate());
                current.setMediationDueDate(due);
            }
            move(r, current, target, why, now, actor);
        });
        return new StatusChange(caseId, target, due, deadline == null ? List.of() : deadline.warnings());
    }

    /**
     * Moves {@code current}, loaded in the transaction {@code r} belongs to, to {@code target}: the change commits
     * or fails with that transaction's other writes (signing an agreement and the case reaching
     * {@code AGREEMENT_SIGNED} are one step). Only for steps that need neither a reason nor a deadline.
     *
     * @throws QiaoException {@code status.transition.notAllowed} (from, to)
     */
    public void changeWithin(Repositories r, DisputeCase current, CaseStatus target) {
        if (target == CaseStatus.ACCEPTED || CaseTransitions.requiresReason(target)
            || CaseTransitions.isFinal(target)) {
            throw new IllegalArgumentException("use change(...) to move a case to " + target);
        }
        move(r, current, target, null, LocalDateTime.now(clock), session.actorName());
    }

    /**
     * Moves {@code current}, loaded in {@code r}'s transaction, to {@code target} and records the change, for a
     * service whose own change moves the case on (a payment starts or completes the performance of an agreement).
     */
    static void move(Repositories r, DisputeCase current, CaseStatus target, String why, LocalDateTime now,
        String actor) {
        CaseStatus from = current.getStatus();
        check(from, target, why);
        current.setStatus(target);
        if (CaseTransitions.isFinal(target)) {
            current.setClosedDate(now.toLocalDate());
        }
        r.intake().record(new CaseStatusChange(current.getId(), from, target, now, actor, why));
    }

    /** A case's status timeline, oldest first, starting with its registration. */
    public List<CaseStatusChange> history(long caseId) {
        return tx.call(r -> r.intake().statusHistory(caseId));
    }

    private static void check(CaseStatus from, CaseStatus to, String reason) {
        if (!CaseTransitions.isAllowed(from, to)) {
            throw new QiaoException("status.transition.notAllowed", from.name(), to.name());
        }
        if (CaseTransitions.requiresReason(to) && reason == null) {
            throw new QiaoException("status.reason.required", to.name());
        }
    }
}
