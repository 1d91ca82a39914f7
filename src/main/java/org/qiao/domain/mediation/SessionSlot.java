// SPDX-License-Identifier: AGPL-3.0-or-later
package org.qiao.domain.mediation;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Collections;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import org.qiao.domain.QiaoException;

/**
 * When, where and with whom a session takes place: a day, a half-open time interval [start, end), a room and the
 * mediators' account ids. Two slots clash when their intervals overlap on the same day and they share the room or a
 * mediator; a session ending at 10:00 and another starting at 10:00 do not overlap.
 */
public record SessionSlot(LocalDate date, LocalTime start, LocalTime end, String room, Set<Long> mediatorIds) {

    /**
     * @throws QiaoException {@code session.time.missing}, {@code session.time.order} (end not after start),
     *     {@code session.room.missing}, {@code session.mediators.missing}
     */
    public SessionSlot {
        if (date == null || start == null || end == null) {
            throw new QiaoException("session.time.missing");
        }
        if (!end.isAfter(start)) {
            throw new QiaoException("session.time.order", start.toString(), end.toString());
        }
        if (room == null || room.isBlank()) {
            throw new QiaoException("session.room.missing");
        }
        room = room.strip();
        if (mediatorIds == null || mediatorIds.isEmpty()) {
            throw new QiaoException("session.mediators.missing");
        }
        mediatorIds = Set.copyOf(mediatorIds);
    }

    /** Whether the two intervals share a moment on the same day; touching ends do not. */
    public boolean overlaps(SessionSlot other) {
        return date.equals(other.date) && start.isBefore(other.end) && other.start.isBefore(end);
    }

    /** Whether the rooms are the same, ignoring case and surrounding spaces. */
    public boolean sameRoom(SessionSlot other) {
        return roomKey(room).equals(roomKey(other.room));
    }

    /** The mediators both slots have. */
    public Set<Long> sharedMediators(SessionSlot other) {
        if (Collections.disjoint(mediatorIds, other.mediatorIds)) {
            return Set.of();
        }
        return mediatorIds.stream().filter(other.mediatorIds::contains).collect(java.util.stream.Collectors.toSet());
    }

    /** Whether both cannot take place: overlapping in time and sharing the room or a mediator. */
    public boolean clashesWith(SessionSlot other) {
        return overlaps(other) && (sameRoom(other) || !sharedMediators(other).isEmpty());
    }

    /** How rooms are compared: "调解室一" and " 调解室一 " are one room. */
    public static String roomKey(String room) {
        return Objects.requireNonNull(room).strip().toLowerCase(Locale.ROOT);
    }
}
