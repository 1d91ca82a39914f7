// SPDX-License-Identifier: AGPL-3.0-or-later
package org.qiao.domain.payment;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Objects;
import org.qiao.domain.TrackedEntity;
import org.qiao.domain.money.Money;

/**
 * Money received for one worker of a case. Never edited: a payment recorded by mistake is voided with a reason and
 * who voided it, stays on file, and no longer counts toward what was paid. The proof file, if any, lives in the
 * attachment store under its SHA-256, as evidence does.
 */
@Entity
@Table(name = "payment")
public class Payment extends TrackedEntity {

    @Column(name = "case_id", nullable = false)
    private Long caseId;

    @Column(name = "worker_id", nullable = false)
    private Long workerId;

    @Column(name = "paid_date", nullable = false)
    private LocalDate paidDate;

    @Column(nullable = false, length = 200)
    private String payer;

    @Column(nullable = false, precision = 19, scale = 2)
    private BigDecimal amount;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private PaymentMethod method;

    @Column(length = 1000)
    private String note;

    @Column(name = "proof_file_name", length = 255)
    private String proofFileName;

    @Column(name = "proof_size_bytes")
    private Long proofSizeBytes;

    @Column(name = "proof_sha256", length = 64)
    private String proofSha256;

    @Column(name = "proof_stored_name", length = 100)
    private String proofStoredName;

    @Column(name = "recorded_by", nullable = false, length = 100)
    private String recordedBy;

    @Column(name = "recorded_at", nullable = false)
    private LocalDateTime recordedAt;

    @Column(name = "void_reason", length = 1000)
    private String voidReason;

    @Column(name = "voided_by", length = 100)
    private String voidedBy;

    @Column(name = "voided_at")
    private LocalDateTime voidedAt;

    protected Payment() {
        // for JPA
    }

    public Payment(long caseId, long workerId, LocalDate paidDate, String payer, Money amount, PaymentMethod method,
        String note, String recordedBy, LocalDateTime recordedAt) {
        this.caseId = caseId;
        this.workerId = workerId;
        this.paidDate = Objects.requireNonNull(paidDate);
        this.payer = Objects.requireNonNull(payer);
        this.amount = Objects.requireNonNull(amount).amount();
        this.method = Objects.requireNonNull(method);
        this.note = note;
        this.recordedBy = Objects.requireNonNull(recordedBy);
        this.recordedAt = Objects.requireNonNull(recordedAt);
    }

    /** The proof file, stored under {@code sha256} (also its stored name). */
    public void attachProof(String fileName, long sizeBytes, String sha256) {
        this.proofFileName = Objects.requireNonNull(fileName);
        this.proofSizeBytes = sizeBytes;
        this.proofSha256 = Objects.requireNonNull(sha256);
        this.proofStoredName = sha256;
    }

    /** Takes the payment out of the count; the record stays, with why, who and when. */
    public void voidWith(String reason, String by, LocalDateTime at) {
        if (isVoided()) {
            throw new IllegalStateException("payment " + getId() + " is already void");
        }
        this.voidReason = Objects.requireNonNull(reason);
        this.voidedBy = Objects.requireNonNull(by);
        this.voidedAt = Objects.requireNonNull(at);
    }

    public boolean isVoided() {
        return voidReason != null;
    }

    public long getCaseId() {
        return caseId;
    }

    public long getWorkerId() {
        return workerId;
    }

    public LocalDate getPaidDate() {
        return paidDate;
    }

    public String getPayer() {
        return payer;
    }

    public Money getAmount() {
        return Money.of(amount);
    }

    public PaymentMethod getMethod() {
        return method;
    }

    public String getNote() {
        return note;
    }

    /** The proof's original file name, or {@code null} when none was attached. */
    public String getProofFileName() {
        return proofFileName;
    }

    public Long getProofSizeBytes() {
        return proofSizeBytes;
    }

    public String getProofSha256() {
        return proofSha256;
    }

    public String getRecordedBy() {
        return recordedBy;
    }

    public LocalDateTime getRecordedAt() {
        return recordedAt;
    }

    public String getVoidReason() {
        return voidReason;
    }

    public String getVoidedBy() {
        return voidedBy;
    }

    public LocalDateTime getVoidedAt() {
        return voidedAt;
    }
}
