// SPDX-License-Identifier: AGPL-3.0-or-later
package org.qiao.domain.mediation;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.qiao.domain.QiaoException;
import org.qiao.domain.TrackedEntity;

/**
 * A mediation session of a case: scheduled for a {@link SessionSlot} in a {@link SessionMode}, then either held and
 * recorded (attendance, joint minutes, caucus notes, outcome) or cancelled with a reason. The caucus notes are a
 * field of their own, never part of the minutes: they hold what one side said in confidence.
 */
@Entity
@Table(name = "mediation_session")
public class MediationSession extends TrackedEntity {

    @Column(name = "case_id", nullable = false)
    private Long caseId;

    @Column(name = "session_date", nullable = false)
    private LocalDate date;

    @Column(name = "start_time", nullable = false)
    private LocalTime start;

    @Column(name = "end_time", nullable = false)
    private LocalTime end;

    @Column(nullable = false, length = 100)
    private String room;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private SessionMode mode;

    @Column(length = 2000)
    private String invited;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private SessionStatus status = SessionStatus.SCHEDULED;

    @Column(name = "cancel_reason", length = 1000)
    private String cancelReason;

    @Column(length = 20000)
    private String minutes;

    @Column(name = "caucus_notes", length = 20000)
    private String caucusNotes;

    @Enumerated(EnumType.STRING)
    @Column(length = 20)
    private SessionOutcome outcome;

    @Column(name = "outcome_note", length = 2000)
    private String outcomeNote;

    @Column(name = "scheduled_by", nullable = false, length = 100)
    private String scheduledBy;

    @Column(name = "recorded_by", length = 100)
    private String recordedBy;

    // Eager: one or two ids, needed wherever a session is shown or checked for clashes.
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "mediation_session_mediator", joinColumns = @JoinColumn(name = "session_id"))
    @Column(name = "user_id", nullable = false)
    private Set<Long> mediatorIds = new HashSet<>();

    @ElementCollection
    @CollectionTable(name = "mediation_session_attendee", joinColumns = @JoinColumn(name = "session_id"))
    @OrderColumn(name = "line_no")
    private List<Attendee> attendees = new ArrayList<>();

    protected MediationSession() {
        // for JPA
    }

    public MediationSession(long caseId, SessionSlot slot, SessionMode mode, String invited, String scheduledBy) {
        this.caseId = caseId;
        this.scheduledBy = Objects.requireNonNull(scheduledBy);
        plan(slot, mode, invited);
    }

    /** The slot the session takes up. */
    public SessionSlot slot() {
        return new SessionSlot(date, start, end, room, mediatorIds);
    }

    /**
     * Moves a scheduled session to another slot, mode or invitation list.
     *
     * @throws QiaoException {@code session.notScheduled} unless the session is still scheduled
     */
    public void reschedule(SessionSlot slot, SessionMode newMode, String newInvited) {
        requireScheduled();
        plan(slot, newMode, newInvited);
    }

    private void plan(SessionSlot slot, SessionMode newMode, String newInvited) {
        Objects.requireNonNull(slot, "slot");
        this.date = slot.date();
        this.start = slot.start();
        this.end = slot.end();
        this.room = slot.room();
        this.mediatorIds.clear();
        this.mediatorIds.addAll(slot.mediatorIds());
        this.mode = Objects.requireNonNull(newMode, "mode");
        this.invited = blankToNull(newInvited);
    }

    /** @throws QiaoException {@code session.notScheduled}, {@code session.cancel.reason} if the reason is blank */
    public void cancel(String reason) {
        requireScheduled();
        String why = blankToNull(reason);
        if (why == null) {
            throw new QiaoException("session.cancel.reason");
        }
        status = SessionStatus.CANCELLED;
        cancelReason = why;
    }

    /**
     * Records what happened at the session, replacing an earlier record of it.
     *
     * @throws QiaoException {@code session.cancelled} for a cancelled session, {@code session.outcome.missing}
     */
    public void record(List<Attendee> attended, String jointMinutes, String caucus, SessionOutcome result,
        String note, String recorder) {
        if (status == SessionStatus.CANCELLED) {
            throw new QiaoException("session.cancelled");
        }
        if (result == null) {
            throw new QiaoException("session.outcome.missing");
        }
        attendees.clear();
        attendees.addAll(attended);
        minutes = blankToNull(jointMinutes);
        caucusNotes = blankToNull(caucus);
        outcome = result;
        outcomeNote = blankToNull(note);
        recordedBy = Objects.requireNonNull(recorder);
        status = SessionStatus.HELD;
    }

    private void requireScheduled() {
        if (status != SessionStatus.SCHEDULED) {
            throw new QiaoException("session.notScheduled", status.name());
        }
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    public long getCaseId() {
        return caseId;
    }

    public LocalDate getDate() {
        return date;
    }

    public LocalTime getStart() {
        return start;
    }

    public LocalTime getEnd() {
        return end;
    }

    public String getRoom() {
        return room;
    }

    public SessionMode getMode() {
        return mode;
    }

    public String getInvited() {
        return invited;
    }

    public SessionStatus getStatus() {
        return status;
    }

    public String getCancelReason() {
        return cancelReason;
    }

    /** The joint record (笔录), which the parties may read and sign. */
    public String getMinutes() {
        return minutes;
    }

    /** The separate-caucus notes: for mediators and administrators only, never printed for the parties. */
    public String getCaucusNotes() {
        return caucusNotes;
    }

    public SessionOutcome getOutcome() {
        return outcome;
    }

    public String getOutcomeNote() {
        return outcomeNote;
    }

    public String getScheduledBy() {
        return scheduledBy;
    }

    public String getRecordedBy() {
        return recordedBy;
    }

    public Set<Long> getMediatorIds() {
        return Set.copyOf(mediatorIds);
    }

    public List<Attendee> getAttendees() {
        return List.copyOf(attendees);
    }
}
