// SPDX-License-Identifier: AGPL-3.0-or-later
package org.qiao.domain.payment;

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
import java.util.Objects;

/**
 * A follow-up visit (回访) on how an agreement is being performed: when, how, whom it reached and what came of it.
 * Written once and never changed, so it has no version.
 */
@Entity
@Table(name = "follow_up")
public class FollowUp {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "case_id", nullable = false)
    private Long caseId;

    @Column(name = "visit_date", nullable = false)
    private LocalDate visitDate;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private FollowUpMethod method;

    @Column(name = "worker_id")
    private Long workerId;

    @Column(nullable = false, length = 2000)
    private String result;

    @Column(name = "recorded_by", nullable = false, length = 100)
    private String recordedBy;

    @Column(name = "recorded_at", nullable = false)
    private LocalDateTime recordedAt;

    protected FollowUp() {
        // for JPA
    }

    /** @param workerId the worker reached, or {@code null} for a visit about the whole case */
    public FollowUp(long caseId, LocalDate visitDate, FollowUpMethod method, Long workerId, String result,
        String recordedBy, LocalDateTime recordedAt) {
        this.caseId = caseId;
        this.visitDate = Objects.requireNonNull(visitDate);
        this.method = Objects.requireNonNull(method);
        this.workerId = workerId;
        this.result = Objects.requireNonNull(result);
        this.recordedBy = Objects.requireNonNull(recordedBy);
        this.recordedAt = Objects.requireNonNull(recordedAt);
    }

    public Long getId() {
        return id;
    }

    public long getCaseId() {
        return caseId;
    }

    public LocalDate getVisitDate() {
        return visitDate;
    }

    public FollowUpMethod getMethod() {
        return method;
    }

    public Long getWorkerId() {
        return workerId;
    }

    public String getResult() {
        return result;
    }

    public String getRecordedBy() {
        return recordedBy;
    }

    public LocalDateTime getRecordedAt() {
        return recordedAt;
    }
}
