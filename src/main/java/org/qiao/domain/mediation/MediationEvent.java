// SPDX-License-Identifier: AGPL-3.0-or-later
package org.qiao.domain.mediation;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/**
 * A {@link ClockEvent} as recorded on a case: the event, who recorded it and when. Written once and never changed,
 * so it has no version; a case's events are read back in the order they were recorded.
 */
@Entity
@Table(name = "mediation_event")
public class MediationEvent {

    /** Which {@link ClockEvent} a row holds. */
    public enum Kind { EXTENSION, SUSPENSION, RESUMPTION }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "case_id", nullable = false)
    private Long caseId;

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false, length = 20)
    private Kind kind;

    @Column(name = "event_date", nullable = false)
    private LocalDate eventDate;

    @Column(name = "days")
    private Integer days;

    @Enumerated(EnumType.STRING)
    @Column(name = "extension_mode", length = 20)
    private Extension.Kind extensionMode;

    @Column(name = "consent_worker", nullable = false)
    private boolean consentWorker;

    @Column(name = "consent_employer", nullable = false)
    private boolean consentEmployer;

    @Column(name = "consent_court", nullable = false)
    private boolean consentCourt;

    @Column(length = 1000)
    private String reason;

    @Column(name = "recorded_by", nullable = false, length = 100)
    private String recordedBy;

    @Column(name = "recorded_at", nullable = false)
    private LocalDateTime recordedAt;

    protected MediationEvent() {
        // for JPA
    }

    public MediationEvent(long caseId, ClockEvent event, String recordedBy, LocalDateTime recordedAt) {
        this.caseId = caseId;
        this.eventDate = event.date();
        this.recordedBy = Objects.requireNonNull(recordedBy);
        this.recordedAt = Objects.requireNonNull(recordedAt);
        if (event instanceof Extension e) {
            kind = Kind.EXTENSION;
            days = e.days();
            extensionMode = e.kind();
            consentWorker = e.consent().contains(Consent.WORKER);
            consentEmployer = e.consent().contains(Consent.EMPLOYER);
            consentCourt = e.consent().contains(Consent.REFERRING_COURT);
            reason = e.reason();
        } else if (event instanceof Suspension s) {
            kind = Kind.SUSPENSION;
            reason = s.reason();
        } else {
            kind = Kind.RESUMPTION;
        }
    }

    /** The event this row records, as the clock reads it. */
    public ClockEvent toClockEvent() {
        return switch (kind) {
            case EXTENSION -> new Extension(eventDate, extensionMode, days, consent(), reason);
            case SUSPENSION -> new Suspension(eventDate, reason);
            case RESUMPTION -> new Resumption(eventDate);
        };
    }

    private Set<Consent> consent() {
        Set<Consent> consent = EnumSet.noneOf(Consent.class);
        if (consentWorker) {
            consent.add(Consent.WORKER);
        }
        if (consentEmployer) {
            consent.add(Consent.EMPLOYER);
        }
        if (consentCourt) {
            consent.add(Consent.REFERRING_COURT);
        }
        return consent;
    }

    public Long getId() {
        return id;
    }

    public long getCaseId() {
        return caseId;
    }

    public Kind getKind() {
        return kind;
    }

    public String getRecordedBy() {
        return recordedBy;
    }

    public LocalDateTime getRecordedAt() {
        return recordedAt;
    }
}
