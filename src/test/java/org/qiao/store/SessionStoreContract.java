// SPDX-License-Identifier: AGPL-3.0-or-later
package org.qiao.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.qiao.domain.cases.DisputeCase;
import org.qiao.domain.mediation.Attendee;
import org.qiao.domain.mediation.AttendeeRole;
import org.qiao.domain.mediation.MediationSession;
import org.qiao.domain.mediation.SessionMode;
import org.qiao.domain.mediation.SessionOutcome;
import org.qiao.domain.mediation.SessionSlot;
import org.qiao.domain.user.Role;
import org.qiao.domain.user.User;

/**
 * The session queries every supported database must answer alike: a mediator's and a room's week, and what overlaps a
 * proposed slot. Each test uses its own mediators, rooms and days.
 */
abstract class SessionStoreContract extends DatabaseContract {

    private long mediator() {
        String name = unique("m");
        return tx.call(r -> r.users().save(new User(name, "调解员" + name, Role.MEDIATOR))).getId();
    }

    private long newCase() {
        return tx.call(r -> r.cases().save(StoreContract.newCase(unique("会议"), 1))).getId();
    }

    private long book(long caseId, LocalDate day, String start, String end, String room, Long... mediators) {
        SessionSlot slot = new SessionSlot(day, LocalTime.parse(start), LocalTime.parse(end), room, Set.of(mediators));
        return tx.call(r -> r.sessions().save(new MediationSession(caseId, slot, SessionMode.FACE_TO_FACE, null,
            "tester"))).getId();
    }

    private List<Long> ids(List<MediationSession> sessions) {
        return sessions.stream().map(MediationSession::getId).toList();
    }

    @Test
    void theWeekOfAMediatorHoldsTheirSessionsInTimeOrderButNotCancelledOnes() {
        long mediator = mediator();
        long other = mediator();
        long caseId = newCase();
        LocalDate monday = LocalDate.of(2030, 4, 1);
        long wednesday = book(caseId, monday.plusDays(2), "14:00", "15:00", unique("室"), mediator, other);
        long mondayMorning = book(caseId, monday, "09:00", "10:00", unique("室"), mediator);
        long cancelled = book(caseId, monday, "11:00", "12:00", unique("室"), mediator);
        book(caseId, monday.plusDays(7), "09:00", "10:00", unique("室"), mediator);
        book(caseId, monday, "09:00", "10:00", unique("室"), other);
        tx.run(r -> r.sessions().findById(cancelled).orElseThrow().cancel("改期"));

        assertEquals(List.of(mondayMorning, wednesday),
            ids(tx.call(r -> r.sessions().ofMediator(mediator, monday, monday.plusDays(6)))));
    }

    @Test
    void theWeekOfARoomIgnoresCaseAndSpacesInTheName() {
        String room = unique("Room");
        long caseId = newCase();
        LocalDate monday = LocalDate.of(2030, 4, 8);
        long a = book(caseId, monday.plusDays(6), "09:00", "10:00", room, mediator());
        long b = book(caseId, monday, "16:00", "17:00", room.toUpperCase(java.util.Locale.ROOT), mediator());
        book(caseId, monday, "16:00", "17:00", unique("Room"), mediator());
        assertEquals(List.of(b, a), ids(tx.call(r -> r.sessions().inRoom(" " + room + " ", monday,
            monday.plusDays(6)))));
        assertTrue(tx.call(r -> r.sessions().rooms()).contains(room));
    }

    @Test
    void findsTheScheduledSessionsThatOverlapASlotInItsRoomOrWithItsMediators() {
        long mediator = mediator();
        long colleague = mediator();
        String room = unique("室");
        long caseId = newCase();
        LocalDate day = LocalDate.of(2030, 4, 16);
        long sameMediator = book(caseId, day, "09:00", "10:00", unique("室"), mediator);
        long sameRoom = book(caseId, day, "09:30", "11:00", room, colleague);
        book(caseId, day, "10:00", "11:00", unique("室"), mediator);        // touches the slot's end
        book(caseId, day, "08:00", "09:00", room, colleague);               // touches the slot's start
        book(caseId, day, "09:00", "10:00", unique("室"), colleague);       // another room, another mediator
        book(caseId, day.plusDays(1), "09:00", "10:00", room, mediator);   // another day
        long held = book(caseId, day, "09:00", "10:00", room, mediator);
        tx.run(r -> r.sessions().findById(held).orElseThrow().record(List.of(new Attendee(AttendeeRole.WORKER,
            "王秀兰", false)), "笔录", "背对背记录", SessionOutcome.ADJOURNED, null, "tester"));

        SessionSlot proposed = new SessionSlot(day, LocalTime.of(9, 0), LocalTime.of(10, 0), room,
            Set.of(mediator, mediator()));
        assertEquals(List.of(sameMediator, sameRoom), ids(tx.call(r -> r.sessions().clashingWith(proposed, null))));
        assertEquals(List.of(sameRoom), ids(tx.call(r -> r.sessions().clashingWith(proposed, sameMediator))));
    }

    @Test
    void aSecondSchedulerWaitsForTheFirstAndThenSeesItsSession() throws Exception {
        long mediator = mediator();
        long caseId = newCase();
        SessionSlot slot = new SessionSlot(LocalDate.of(2030, 5, 6), LocalTime.of(9, 0), LocalTime.of(10, 0),
            unique("室"), Set.of(mediator));
        CountDownLatch firstHoldsIt = new CountDownLatch(1);
        CountDownLatch secondTried = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            Future<?> first = pool.submit(() -> tx.run(r -> {
                r.sessions().lockScheduling();
                r.sessions().save(new MediationSession(caseId, slot, SessionMode.FACE_TO_FACE, null, "tester"));
                firstHoldsIt.countDown();
                try {
                    // The second scheduler starts while this one still holds the lock, and must wait for it.
                    secondTried.await(5, TimeUnit.SECONDS);
                    Thread.sleep(200);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }));
            assertTrue(firstHoldsIt.await(10, TimeUnit.SECONDS));
            Future<Integer> second = pool.submit(() -> {
                secondTried.countDown();
                return tx.call(r -> {
                    r.sessions().lockScheduling();
                    return r.sessions().clashingWith(slot, null).size();
                });
            });
            first.get(20, TimeUnit.SECONDS);
            assertEquals(1, second.get(20, TimeUnit.SECONDS), "the check after the wait sees the first session");
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void keepsTheAttendanceInOrderAndTheCaucusNotesInTheirOwnColumn() {
        long caseId = newCase();
        long id = book(caseId, LocalDate.of(2030, 4, 22), "09:00", "10:00", unique("室"), mediator());
        tx.run(r -> r.sessions().findById(id).orElseThrow().record(List.of(
            new Attendee(AttendeeRole.WORKER, "王秀兰", false),
            new Attendee(AttendeeRole.EMPLOYER_REPRESENTATIVE, "张三", true),
            new Attendee(AttendeeRole.LAWYER, "李律师", false)), "共同笔录", "背对背：单位底线六万", SessionOutcome.PARTIAL,
            "工资部分达成", "tester"));
        MediationSession read = tx.call(r -> {
            MediationSession s = r.sessions().findById(id).orElseThrow();
            s.getAttendees().size();
            return s;
        });
        assertEquals(List.of("王秀兰", "张三", "李律师"), read.getAttendees().stream().map(Attendee::name).toList());
        assertTrue(read.getAttendees().get(1).maySettle());
        assertEquals("共同笔录", read.getMinutes());
        assertEquals("背对背：单位底线六万", read.getCaucusNotes());
        DisputeCase owner = tx.call(r -> r.cases().findById(caseId)).orElseThrow();
        assertEquals(List.of(id), ids(tx.call(r -> r.sessions().ofCase(owner.getId()))));
    }
}
