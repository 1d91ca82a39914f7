// SPDX-License-Identifier: AGPL-3.0-or-later
package org.qiao.service;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.temporal.TemporalAdjusters;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.qiao.domain.QiaoException;
import org.qiao.domain.cases.CaseStatus;
import org.qiao.domain.cases.DisputeCase;
import org.qiao.domain.mediation.Attendee;
import org.qiao.domain.mediation.MediationSession;
import org.qiao.domain.mediation.SessionMode;
import org.qiao.domain.mediation.SessionOutcome;
import org.qiao.domain.mediation.SessionSlot;
import org.qiao.domain.mediation.SessionStatus;
import org.qiao.domain.user.Role;
import org.qiao.domain.user.UserRef;
import org.qiao.store.Repositories;
import org.qiao.store.Transactions;

/**
 * Mediation sessions of cases: scheduling (refused into a clash: the same room or a shared mediator at an
 * overlapping time), rescheduling, cancelling with a reason, and the record of a held session. The first session
 * scheduled on an accepted case moves it to {@link CaseStatus#IN_MEDIATION}, in the same transaction. Every change
 * is made against the version the user was looking at and lands in the audit trail with who made it.
 */
public final class SessionService {

    /** Who may read the separate-caucus notes: what one side says apart is not shown to anyone else. */
    public static final Set<Role> CAUCUS_READERS = Set.of(Role.MEDIATOR, Role.ADMINISTRATOR);

    /** The statuses in which a case can have sessions scheduled. */
    private static final Set<CaseStatus> SCHEDULABLE = Set.of(CaseStatus.ACCEPTED, CaseStatus.IN_MEDIATION);

    /** A session to schedule: its slot, how it is held, whom the studio invites (free text, may be empty). */
    public record SessionPlan(SessionSlot slot, SessionMode mode, String invited) {

        public SessionPlan {
            Objects.requireNonNull(slot, "slot");
            if (mode == null) {
                throw new QiaoException("session.mode.missing");
            }
        }
    }

    /** What a held session came to: attendance, the joint minutes, the caucus notes apart, the outcome. */
    public record SessionRecord(List<Attendee> attendees, String minutes, String caucusNotes, SessionOutcome outcome,
                                String outcomeNote) {

        public SessionRecord {
            attendees = List.copyOf(attendees);
        }
    }

    /**
     * A scheduled session a proposed slot would clash with.
     *
     * @param sameRoom        whether the room is the same
     * @param sharedMediators the mediators both have, by name
     */
    public record Clash(long sessionId, String caseNumber, LocalDate date, LocalTime start, LocalTime end, String room,
                        boolean sameRoom, List<UserRef> sharedMediators) {

        public Clash {
            sharedMediators = List.copyOf(sharedMediators);
        }

        /** The refusal this clash gives when saving into it; also how a form lists it before saving. */
        public QiaoException refusal() {
            if (sameRoom) {
                return new QiaoException("session.clash.room", caseNumber, date.toString(), start.toString(),
                    end.toString(), room);
            }
            String names = sharedMediators.stream().map(UserRef::displayName).collect(Collectors.joining("、"));
            return new QiaoException("session.clash.mediator", caseNumber, date.toString(), start.toString(),
                end.toString(), names);
        }
    }

    /**
     * A session as screens show it.
     *
     * @param caucusNotes the separate-caucus notes, or {@code null} when the user may not read them
     *                    ({@link #CAUCUS_READERS}) or there are none
     */
    public record SessionView(long id, long version, long caseId, String caseNumber, SessionSlot slot,
                              SessionMode mode, String invited, List<UserRef> mediators, SessionStatus status,
                              String cancelReason, List<Attendee> attendees, String minutes, String caucusNotes,
                              SessionOutcome outcome, String outcomeNote) {

        public SessionView {
            mediators = List.copyOf(mediators);
            attendees = List.copyOf(attendees);
        }
    }

    /** The sessions of one week (Monday to Sunday) of a mediator or a room; {@code clashing} names those in a clash. */
    public record Week(LocalDate monday, List<SessionView> sessions, Set<Long> clashing) {

        public Week {
            sessions = List.copyOf(sessions);
            clashing = Set.copyOf(clashing);
        }
    }

    private final Transactions tx;
    private final UserSession session;
    private final Clock clock;

    /** The columns' limits (V12). */
    static final int ROOM_MAX = 100;
    static final int NAME_MAX = 200;
    static final int REASON_MAX = 1_000;
    static final int NOTE_MAX = 2_000;
    static final int MINUTES_MAX = 20_000;

    private static void requireFits(SessionPlan plan) {
        TextLimit.require(plan.slot().room(), ROOM_MAX);
        TextLimit.require(plan.invited(), NOTE_MAX);
    }

    public SessionService(Transactions tx, UserSession session) {
        this(tx, session, Clock.systemDefaultZone());
    }

    public SessionService(Transactions tx, UserSession session, Clock clock) {
        this.tx = Objects.requireNonNull(tx);
        this.session = Objects.requireNonNull(session);
        this.clock = Objects.requireNonNull(clock);
    }

    /** The scheduled sessions {@code slot} would clash with, other than {@code excluding} (may be {@code null}). */
    public List<Clash> clashes(SessionSlot slot, Long excluding) {
        Objects.requireNonNull(slot, "slot");
        return tx.call(r -> clashes(r, slot, excluding));
    }

    /**
     * Schedules a session on the case if it is still at {@code expectedCaseVersion} ({@code null}: whatever is
     * current); an accepted case moves to {@link CaseStatus#IN_MEDIATION}.
     *
     * @throws QiaoException {@code case.notFound}, {@code store.conflict}, {@code session.case.notOpen},
     *     {@code session.time.past}, {@code session.clash.room} or {@code session.clash.mediator}
     */
    public SessionView schedule(long caseId, Long expectedCaseVersion, SessionPlan plan) {
        Objects.requireNonNull(plan, "plan");
        requireFits(plan);
        LocalDateTime now = LocalDateTime.now(clock);
        requireNotPast(plan.slot(), now);
        String actor = session.actorName();
        return tx.call(r -> {
            DisputeCase disputeCase = r.cases().findById(caseId)
                .orElseThrow(() -> new QiaoException("case.notFound", String.valueOf(caseId)));
            if (expectedCaseVersion != null && disputeCase.getVersion() != expectedCaseVersion) {
                throw new QiaoException("store.conflict");
            }
            if (!SCHEDULABLE.contains(disputeCase.getStatus())) {
                throw new QiaoException("session.case.notOpen", disputeCase.getStatus().name());
            }
            r.sessions().lockScheduling();
            refuseClash(r, plan.slot(), null);
            MediationSession saved = r.sessions().save(
                new MediationSession(caseId, plan.slot(), plan.mode(), plan.invited(), actor));
            if (disputeCase.getStatus() == CaseStatus.ACCEPTED) {
                // Mediation has begun once a session is set: in this transaction, so a refused session leaves the
                // status as it was.
                CaseStatusService.move(r, disputeCase, CaseStatus.IN_MEDIATION, null, now, actor);
                r.cases().save(disputeCase);
            }
            return views(r, List.of(saved)).get(0);
        });
    }

    /**
     * Moves a scheduled session to another slot, mode or invitation list.
     *
     * @throws QiaoException {@code session.notFound}, {@code store.conflict}, {@code session.notScheduled},
     *     {@code session.time.past}, a clash as in {@link #schedule}
     */
    public SessionView reschedule(long sessionId, Long expectedVersion, SessionPlan plan) {
        Objects.requireNonNull(plan, "plan");
        requireFits(plan);
        requireNotPast(plan.slot(), LocalDateTime.now(clock));
        return change(sessionId, expectedVersion, (r, s) -> {
            r.sessions().lockScheduling();
            refuseClash(r, plan.slot(), sessionId);
            s.reschedule(plan.slot(), plan.mode(), plan.invited());
        });
    }

    /** Cancels a scheduled session; {@code session.cancel.reason} without a reason. */
    public SessionView cancel(long sessionId, Long expectedVersion, String reason) {
        TextLimit.require(reason, REASON_MAX);
        return change(sessionId, expectedVersion, (r, s) -> s.cancel(reason));
    }

    /**
     * Records what happened at a session that has begun (or corrects an earlier record of it).
     *
     * @throws QiaoException {@code session.record.future} before the session starts, {@code session.cancelled},
     *     {@code session.outcome.missing}
     */
    public SessionView record(long sessionId, Long expectedVersion, SessionRecord record) {
        Objects.requireNonNull(record, "record");
        TextLimit.require(record.minutes(), MINUTES_MAX);
        TextLimit.require(record.caucusNotes(), MINUTES_MAX);
        TextLimit.require(record.outcomeNote(), NOTE_MAX);
        record.attendees().forEach(a -> TextLimit.require(a.name(), NAME_MAX));
        LocalDateTime now = LocalDateTime.now(clock);
        String actor = session.actorName();
        return change(sessionId, expectedVersion, (r, s) -> {
            if (s.getDate().atTime(s.getStart()).isAfter(now)) {
                throw new QiaoException("session.record.future", s.getDate().toString(), s.getStart().toString());
            }
            s.record(record.attendees(), record.minutes(), record.caucusNotes(), record.outcome(),
                record.outcomeNote(), actor);
        });
    }

    /** A case's sessions, earliest first. */
    public List<SessionView> ofCase(long caseId) {
        return tx.call(r -> views(r, r.sessions().ofCase(caseId)));
    }

    /** The week (Monday to Sunday) containing {@code day} of the mediator {@code userId}. */
    public Week weekOfMediator(long userId, LocalDate day) {
        LocalDate monday = monday(day);
        return tx.call(r -> week(r, monday, r.sessions().ofMediator(userId, monday, monday.plusDays(6))));
    }

    /** The week (Monday to Sunday) containing {@code day} of a room. */
    public Week weekOfRoom(String room, LocalDate day) {
        LocalDate monday = monday(day);
        Objects.requireNonNull(room, "room");
        return tx.call(r -> week(r, monday, r.sessions().inRoom(room, monday, monday.plusDays(6))));
    }

    /** The account {@code username}'s id, for a mediator's week on the command line ({@code session.user.unknown}). */
    public long userId(String username) {
        String name = Objects.requireNonNull(username, "username").strip();
        return tx.call(r -> r.users().findByUsername(name))
            .orElseThrow(() -> new QiaoException("session.user.unknown", name)).getId();
    }

    /** The rooms sessions have used so far, for choosers. */
    public List<String> rooms() {
        return tx.call(r -> r.sessions().rooms());
    }

    /** The Monday of the week {@code day} is in. */
    public static LocalDate monday(LocalDate day) {
        return day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
    }

    private interface Change {
        void apply(Repositories r, MediationSession s);
    }

    private SessionView change(long sessionId, Long expectedVersion, Change change) {
        return tx.call(r -> {
            MediationSession s = r.sessions().findById(sessionId)
                .orElseThrow(() -> new QiaoException("session.notFound", String.valueOf(sessionId)));
            if (expectedVersion != null && s.getVersion() != expectedVersion) {
                throw new QiaoException("store.conflict");
            }
            change.apply(r, s);
            r.flushAndClear();
            return views(r, List.of(r.sessions().findById(sessionId).orElseThrow())).get(0);
        });
    }

    private static void requireNotPast(SessionSlot slot, LocalDateTime now) {
        if (slot.date().isBefore(now.toLocalDate())) {
            throw new QiaoException("session.time.past", slot.date().toString());
        }
    }

    private static void refuseClash(Repositories r, SessionSlot slot, Long excluding) {
        List<Clash> found = clashes(r, slot, excluding);
        if (!found.isEmpty()) {
            throw found.get(0).refusal();
        }
    }

    private static List<Clash> clashes(Repositories r, SessionSlot slot, Long excluding) {
        List<MediationSession> clashing = r.sessions().clashingWith(slot, excluding);
        if (clashing.isEmpty()) {
            return List.of();
        }
        Map<Long, String> numbers = r.sessions().caseNumbers(clashing.stream().map(MediationSession::getCaseId)
            .collect(Collectors.toSet()));
        Map<Long, UserRef> people = people(r, slot.mediatorIds());
        return clashing.stream().map(s -> {
            SessionSlot other = s.slot();
            List<UserRef> shared = slot.sharedMediators(other).stream().sorted().map(people::get)
                .filter(Objects::nonNull).toList();
            return new Clash(s.getId(), numbers.get(s.getCaseId()), s.getDate(), s.getStart(), s.getEnd(),
                s.getRoom(), slot.sameRoom(other), shared);
        }).toList();
    }

    private Week week(Repositories r, LocalDate monday, List<MediationSession> sessions) {
        Set<Long> clashing = new HashSet<>();
        for (MediationSession s : sessions) {
            if (s.getStatus() == SessionStatus.SCHEDULED && !r.sessions().clashingWith(s.slot(), s.getId()).isEmpty()) {
                clashing.add(s.getId());
            }
        }
        return new Week(monday, views(r, sessions), clashing);
    }

    private List<SessionView> views(Repositories r, List<MediationSession> sessions) {
        Map<Long, String> numbers = r.sessions().caseNumbers(sessions.stream().map(MediationSession::getCaseId)
            .collect(Collectors.toSet()));
        Map<Long, UserRef> people = people(r, sessions.stream().flatMap(s -> s.getMediatorIds().stream())
            .collect(Collectors.toSet()));
        boolean readsCaucus = CAUCUS_READERS.stream().anyMatch(session::hasRole);
        return sessions.stream().map(s -> new SessionView(s.getId(), s.getVersion(), s.getCaseId(),
            numbers.get(s.getCaseId()), s.slot(), s.getMode(), s.getInvited(),
            s.getMediatorIds().stream().map(people::get).filter(Objects::nonNull)
                .sorted(java.util.Comparator.comparing(UserRef::displayName)).toList(),
            s.getStatus(), s.getCancelReason(), s.getAttendees(), s.getMinutes(),
            readsCaucus ? s.getCaucusNotes() : null, s.getOutcome(), s.getOutcomeNote())).toList();
    }

    private static Map<Long, UserRef> people(Repositories r, Collection<Long> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        return r.users().findAll().stream().filter(u -> ids.contains(u.getId())).map(UserRef::of)
            .collect(Collectors.toMap(UserRef::id, Function.identity()));
    }
}
