// SPDX-License-Identifier: AGPL-3.0-or-later
package org.qiao.domain.cases;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDateTime;
import java.util.Objects;

/**
 * One step in a case's status timeline: from what, to what, who, when and why (DESIGN.md: every transition is
 * recorded). Written once and never changed, so it has no version. {@code from} is {@code null} for registration.
 */
@Entity
@Table(name = "case_status_change")
public class CaseStatusChange {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "case_id", nullable = false)
    private Long caseId;

    @Enumerated(EnumType.STRING)
    @Column(name = "from_status", length = 30)
    private CaseStatus fromStatus;

    @Enumerated(EnumType.STRING)
    @Column(name = "to_status", nullable = false, length = 30)
    private CaseStatus toStatus;

    @Column(name = "at", nullable = false)
    private LocalDateTime at;

    @Column(name = "by_user", nullable = false, length = 100)
    private String byUser;

    @Column(length = 1000)
    private String reason;

    protected CaseStatusChange() {
        // for JPA
    }

    public CaseStatusChange(long caseId, CaseStatus fromStatus, CaseStatus toStatus, LocalDateTime at, String byUser,
        String reason) {
        this.caseId = caseId;
        this.fromStatus = fromStatus;
        this.toStatus = Objects.requireNonNull(toStatus);
        this.at = Objects.requireNonNull(at);
        this.byUser = Objects.requireNonNull(byUser);
        this.reason = reason;
    }

    public Long getId() {
        return id;
    }

    public long getCaseId() {
        return caseId;
    }

    public CaseStatus getFromStatus() {
        return fromStatus;
    }

    public CaseStatus getToStatus() {
        return toStatus;
    }

    public LocalDateTime getAt() {
        return at;
    }

    public String getByUser() {
        return byUser;
    }

    public String getReason() {
        return reason;
    }
}
