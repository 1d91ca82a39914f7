// SPDX-License-Identifier: AGPL-3.0-or-later
package org.qiao.domain.mediation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.qiao.domain.QiaoException;

class MediationSessionTest {

    private static MediationSession scheduled() {
        return new MediationSession(7, new SessionSlot(LocalDate.of(2026, 3, 16), LocalTime.of(9, 0),
            LocalTime.of(11, 0), "调解室一", Set.of(1L)), SessionMode.SEPARATE, "申请人、被申请人", "qiqige");
    }

    @Test
    void keepsTheCaucusNotesApartFromTheJointMinutes() {
        MediationSession s = scheduled();
        s.record(List.of(new Attendee(AttendeeRole.WORKER, "王秀兰", false)), "双方确认欠薪数额为八万元。",
            "单位代表私下表示最多可付六万。", SessionOutcome.ADJOURNED, "下周再谈", "qiqige");
        assertEquals("双方确认欠薪数额为八万元。", s.getMinutes());
        assertEquals("单位代表私下表示最多可付六万。", s.getCaucusNotes());
        assertFalse(s.getMinutes().contains("六万"), "nothing said in caucus reaches the joint record");
        assertEquals(SessionStatus.HELD, s.getStatus());
    }

    @Test
    void onlyTheEmployersRepresentativeCarriesAuthorityToSettle() {
        assertTrue(new Attendee(AttendeeRole.EMPLOYER_REPRESENTATIVE, "张三", true).maySettle());
        assertFalse(new Attendee(AttendeeRole.LAWYER, "李律师", true).maySettle());
        assertEquals("session.attendee.name", assertThrows(QiaoException.class,
            () -> new Attendee(AttendeeRole.OTHER, " ", false)).messageKey());
    }

    @Test
    void cancellingNeedsAReasonAndEndsTheSchedule() {
        MediationSession s = scheduled();
        assertEquals("session.cancel.reason", assertThrows(QiaoException.class, () -> s.cancel(" ")).messageKey());
        assertEquals(SessionStatus.SCHEDULED, s.getStatus(), "a refused cancellation changes nothing");
        s.cancel("被申请人代表出差");
        assertEquals(SessionStatus.CANCELLED, s.getStatus());
        assertEquals("session.cancelled", assertThrows(QiaoException.class, () -> s.record(List.of(), "", "",
            SessionOutcome.AGREEMENT, "", "qiqige")).messageKey());
        assertEquals("session.notScheduled", assertThrows(QiaoException.class, () -> s.reschedule(s.slot(),
            SessionMode.PHONE, null)).messageKey());
    }

    @Test
    void aRecordNeedsAnOutcome() {
        MediationSession s = scheduled();
        assertEquals("session.outcome.missing", assertThrows(QiaoException.class,
            () -> s.record(List.of(), "笔录", null, null, null, "qiqige")).messageKey());
        assertEquals(SessionStatus.SCHEDULED, s.getStatus());
    }
}
