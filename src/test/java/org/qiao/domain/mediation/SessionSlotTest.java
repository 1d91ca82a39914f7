// SPDX-License-Identifier: AGPL-3.0-or-later
package org.qiao.domain.mediation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;
import org.qiao.domain.QiaoException;

class SessionSlotTest {

    private static final LocalDate MONDAY = LocalDate.of(2026, 3, 16);

    private static SessionSlot slot(LocalDate day, String start, String end, String room, String mediators) {
        Set<Long> ids = Arrays.stream(mediators.split(" ")).map(Long::valueOf).collect(Collectors.toSet());
        return new SessionSlot(day, LocalTime.parse(start), LocalTime.parse(end), room, ids);
    }

    @ParameterizedTest(name = "{0}-{1} {2} [{3}] against 09:00-10:00 调解室一 [1]: {4}")
    @CsvSource({
        "09:30, 10:30, 调解室二, 1,   true",   // same mediator, overlapping
        "09:30, 10:30, 调解室一, 2,   true",   // same room, overlapping
        "08:00, 11:00, ' 调解室一 ', 3, true", // same room written with spaces, containing the other
        "10:00, 11:00, 调解室一, 1,   false",  // touching after: no overlap
        "08:00, 09:00, 调解室一, 1,   false",  // touching before: no overlap
        "09:15, 09:45, 调解室二, 2 3, false",  // overlapping, but another room and other mediators
        "09:15, 09:45, 调解室二, 2 1, true",   // one of two mediators shared
    })
    void clashesOnlyWhenTimesOverlapAndRoomOrAMediatorIsShared(String start, String end, String room,
        String mediators, boolean clash) {
        SessionSlot existing = slot(MONDAY, "09:00", "10:00", "调解室一", "1");
        SessionSlot proposed = slot(MONDAY, start, end, room, mediators);
        assertEquals(clash, proposed.clashesWith(existing));
        assertEquals(clash, existing.clashesWith(proposed), "the rule is symmetric");
    }

    @Test
    void theSameTimeOnAnotherDayDoesNotClash() {
        SessionSlot existing = slot(MONDAY, "09:00", "10:00", "调解室一", "1");
        assertEquals(false, slot(MONDAY.plusDays(1), "09:00", "10:00", "调解室一", "1").clashesWith(existing));
    }

    @Test
    void refusesAnEndThatIsNotAfterTheStart() {
        QiaoException e = assertThrows(QiaoException.class, () -> slot(MONDAY, "10:00", "10:00", "调解室一", "1"));
        assertEquals("session.time.order", e.messageKey());
    }

    @Test
    void refusesAMissingRoomOrNoMediator() {
        assertEquals("session.room.missing", assertThrows(QiaoException.class,
            () -> new SessionSlot(MONDAY, LocalTime.of(9, 0), LocalTime.of(10, 0), "  ", Set.of(1L))).messageKey());
        assertEquals("session.mediators.missing", assertThrows(QiaoException.class,
            () -> new SessionSlot(MONDAY, LocalTime.of(9, 0), LocalTime.of(10, 0), "调解室一", Set.of())).messageKey());
    }
}
