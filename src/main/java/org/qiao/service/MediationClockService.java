// SPDX-License-Identifier: AGPL-3.0-or-later
package org.qiao.service;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.qiao.domain.QiaoException;
import org.qiao.domain.calendar.Deadline;
import org.qiao.domain.calendar.DeadlineCalculator;
import org.qiao.domain.cases.CaseStatus;
import org.qiao.domain.cases.DisputeCase;
import org.qiao.domain.mediation.ClockEvent;
import org.qiao.domain.mediation.Extension;
import org.qiao.domain.mediation.MediationClock;
import org.qiao.domain.mediation.MediationEvent;
import org.qiao.domain.mediation.Resumption;
import org.qiao.domain.mediation.Suspension;
import org.qiao.store.Repositories;
import org.qiao.store.Transactions;

/**
 * Extensions, suspensions and resumptions of a case's mediation period: each is checked against the case's whole
 * history by {@link MediationClock}, recorded with who and when, and moves {@code dispute_case.mediation_due_date}
 * (the column the ledger's overdue and due-soon filters read) to the clock's due date, or clears it while mediation
 * is suspended — all in one transaction.
 */
public final class MediationClockService {

    /** The statuses in which the mediation period runs: after acceptance, before an outcome. */
    private static final Set<CaseStatus> RUNNING = Set.of(CaseStatus.ACCEPTED, CaseStatus.IN_MEDIATION);

    private final Transactions tx;
    private final CalendarService calendar;
    private final UserSession session;
    private final Clock clock;

    public MediationClockService(Transactions tx, CalendarService calendar, UserSession session) {
        this(tx, calendar, session, Clock.systemDefaultZone());
    }

    public MediationClockService(Transactions tx, CalendarService calendar, UserSession session, Clock clock) {
        this.tx = Objects.requireNonNull(tx);
        this.calendar = Objects.requireNonNull(calendar);
        this.session = Objects.requireNonNull(session);
        this.clock = Objects.requireNonNull(clock);
    }

    /** The id of the case numbered {@code caseNumber}; {@code cases.unknown} if there is none. */
    public long caseId(String caseNumber) {
        String number = Objects.requireNonNull(caseNumber, "caseNumber").strip();
        return tx.call(r -> r.cases().findByNumber(number))
            .orElseThrow(() -> new QiaoException("cases.unknown", number)).getId();
    }

    /** Where a case's mediation period stands after the events recorded on it; {@code case.notFound}. */
    public MediationClock clock(long caseId) {
        DeadlineCalculator calculator = calculator();
        return tx.call(r -> clockOf(r, calculator, load(r, caseId), List.of()));
    }

    /**
     * Records an extension on the case if it is still at {@code expectedVersion} ({@code null}: whatever version
     * is current) and returns the clock with it.
     *
     * @throws QiaoException {@code case.notFound}, {@code store.conflict}, {@code mediation.clock.notRunning},
     *     {@code mediation.event.future} or a refusal of {@link MediationClock#of}
     */
    public MediationClock extend(long caseId, Long expectedVersion, Extension extension) {
        return record(caseId, expectedVersion, extension);
    }

    /** Records a suspension, as {@link #extend} does; while suspended the case has no due date. */
    public MediationClock suspend(long caseId, Long expectedVersion, Suspension suspension) {
        return record(caseId, expectedVersion, suspension);
    }

    /** Records the resumption of a suspended mediation, as {@link #extend} does. */
    public MediationClock resume(long caseId, Long expectedVersion, Resumption resumption) {
        return record(caseId, expectedVersion, resumption);
    }

    private MediationClock record(long caseId, Long expectedVersion, ClockEvent event) {
        Objects.requireNonNull(event, "event");
        LocalDateTime now = LocalDateTime.now(clock);
        if (event.date().isAfter(now.toLocalDate())) {
            throw new QiaoException("mediation.event.future", event.date().toString());
        }
        DeadlineCalculator calculator = calculator();
        String actor = session.actorName();
        return tx.call(r -> {
            DisputeCase current = load(r, caseId);
            if (expectedVersion != null && current.getVersion() != expectedVersion) {
                throw new QiaoException("store.conflict");
            }
            if (!RUNNING.contains(current.getStatus())) {
                throw new QiaoException("mediation.clock.notRunning", current.getStatus().name());
            }
            MediationClock after = clockOf(r, calculator, current, List.of(event));
            r.mediationEvents().record(new MediationEvent(caseId, event, actor, now));
            current.setMediationDueDate(after.due().map(Deadline::due).orElse(null));
            // The case's version rises with every event, even one that leaves the due date as it was (an extension
            // while suspended), so a decision taken on an older view of the case is refused.
            r.cases().save(current);
            return after;
        });
    }

    private static DisputeCase load(Repositories r, long caseId) {
        return r.cases().findById(caseId)
            .orElseThrow(() -> new QiaoException("case.notFound", String.valueOf(caseId)));
    }

    private static MediationClock clockOf(Repositories r, DeadlineCalculator calculator, DisputeCase disputeCase,
        List<ClockEvent> added) {
        List<ClockEvent> events = new ArrayList<>();
        r.mediationEvents().ofCase(disputeCase.getId()).forEach(e -> events.add(e.toClockEvent()));
        events.addAll(added);
        return MediationClock.of(calculator, disputeCase.getSource(), disputeCase.isSimpleProcedure(),
            disputeCase.getReceivedDate(), events);
    }

    private DeadlineCalculator calculator() {
        return new DeadlineCalculator(calendar.calendar());
    }
}
