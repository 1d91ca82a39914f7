// SPDX-License-Identifier: AGPL-3.0-or-later
package org.qiao.domain.agreement;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderBy;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.qiao.domain.QiaoException;
import org.qiao.domain.TrackedEntity;

/**
 * One version of a case's 调解协议书 (V13). Its wording, amounts and schedule change only while it is a
 * {@link AgreementStatus#DRAFT}: every setter refuses with {@code agreement.locked} once it is signed, so a signed
 * text stays exactly what its {@link #getContentSha256() hash} was computed from. The agreement number belongs to
 * the case and is the same in every version.
 */
@Entity
@Table(name = "agreement")
public class Agreement extends TrackedEntity {

    @Column(name = "case_id", nullable = false)
    private long caseId;

    @Column(name = "agreement_version", nullable = false)
    private int agreementVersion;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 20)
    private AgreementStatus status = AgreementStatus.DRAFT;

    @Column(name = "agreement_number", nullable = false, length = 80)
    private String agreementNumber;

    @Column(name = "drawn_date", nullable = false)
    private LocalDate drawnDate;

    @Column(name = "signed_date")
    private LocalDate signedDate;

    @Column(name = "facts", nullable = false, length = 20000)
    private String facts;

    @Column(name = "performance_check", nullable = false, length = 2000)
    private String performanceCheck;

    @Column(name = "copies", nullable = false)
    private int copies;

    @Column(name = "change_reason", length = 1000)
    private String changeReason;

    @Column(name = "content_sha256", length = 64)
    private String contentSha256;

    @Column(name = "created_by", nullable = false, length = 100)
    private String createdBy;

    @Column(name = "signed_by", length = 100)
    private String signedBy;

    @ElementCollection
    @CollectionTable(name = "agreement_term", joinColumns = @JoinColumn(name = "agreement_id"))
    @OrderBy("kind, lineNo")
    private List<AgreementLine> lines = new ArrayList<>();

    /** User ids of the signing mediators; the list position is the signing order. */
    @ElementCollection
    @CollectionTable(name = "agreement_mediator", joinColumns = @JoinColumn(name = "agreement_id"))
    @OrderColumn(name = "line_no")
    @Column(name = "user_id", nullable = false)
    private List<Long> mediatorIds = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "agreement_item", joinColumns = @JoinColumn(name = "agreement_id"))
    @OrderBy("workerId, lineNo")
    private List<AgreedAmount> items = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "agreement_instalment", joinColumns = @JoinColumn(name = "agreement_id"))
    @OrderBy("workerId, seq")
    private List<Instalment> instalments = new ArrayList<>();

    protected Agreement() {
        // for JPA
    }

    /** A new draft; {@code changeReason} is required from version 2 on. */
    public Agreement(long caseId, int agreementVersion, String agreementNumber, LocalDate drawnDate,
                     String changeReason, String createdBy) {
        if (agreementVersion < 1) {
            throw new IllegalArgumentException("agreement version must be 1 or more: " + agreementVersion);
        }
        if (agreementVersion > 1 && (changeReason == null || changeReason.isBlank())) {
            throw new QiaoException("agreement.reason.required");
        }
        this.caseId = caseId;
        this.agreementVersion = agreementVersion;
        this.agreementNumber = Objects.requireNonNull(agreementNumber);
        this.drawnDate = Objects.requireNonNull(drawnDate);
        this.changeReason = changeReason == null ? null : changeReason.strip();
        this.createdBy = Objects.requireNonNull(createdBy);
        this.facts = "";
        this.performanceCheck = "";
        this.copies = 1;
    }

    /** Refuses any change to a version that is no longer a draft. */
    private void requireDraft() {
        if (status != AgreementStatus.DRAFT) {
            throw new QiaoException("agreement.locked", agreementNumber, agreementVersion);
        }
    }

    /** Replaces the whole content of the draft. */
    public void setContent(LocalDate drawn, String factsText, String performance, int copyCount,
                           List<AgreementLine> wording, List<Long> mediators, List<AgreedAmount> amounts,
                           List<Instalment> schedule) {
        requireDraft();
        this.drawnDate = Objects.requireNonNull(drawn);
        this.facts = Objects.requireNonNull(factsText);
        this.performanceCheck = Objects.requireNonNull(performance);
        this.copies = copyCount;
        lines.clear();
        lines.addAll(wording);
        mediatorIds.clear();
        mediatorIds.addAll(mediators);
        items.clear();
        items.addAll(amounts);
        instalments.clear();
        instalments.addAll(schedule);
    }

    /** Marks the draft signed on {@code date} by {@code by}, with the hash of the text signed. */
    public void sign(LocalDate date, String by, String sha256) {
        requireDraft();
        this.status = AgreementStatus.SIGNED;
        this.signedDate = Objects.requireNonNull(date);
        this.signedBy = Objects.requireNonNull(by);
        this.contentSha256 = Objects.requireNonNull(sha256);
    }

    /** A signed version replaced by a later signed one; it stays readable. */
    public void supersede() {
        if (status != AgreementStatus.SIGNED) {
            throw new IllegalStateException("only the signed version can be superseded, not " + status);
        }
        status = AgreementStatus.SUPERSEDED;
    }

    public long getCaseId() {
        return caseId;
    }

    public int getAgreementVersion() {
        return agreementVersion;
    }

    public AgreementStatus getStatus() {
        return status;
    }

    public String getAgreementNumber() {
        return agreementNumber;
    }

    public LocalDate getDrawnDate() {
        return drawnDate;
    }

    public LocalDate getSignedDate() {
        return signedDate;
    }

    public String getFacts() {
        return facts;
    }

    public String getPerformanceCheck() {
        return performanceCheck;
    }

    public int getCopies() {
        return copies;
    }

    public String getChangeReason() {
        return changeReason;
    }

    public String getContentSha256() {
        return contentSha256;
    }

    public String getCreatedBy() {
        return createdBy;
    }

    public String getSignedBy() {
        return signedBy;
    }

    /** The body of each line of {@code kind}, in order. */
    public List<String> lines(AgreementLine.Kind kind) {
        return lines.stream().filter(l -> l.getKind() == kind)
            .sorted((a, b) -> Integer.compare(a.getLineNo(), b.getLineNo())).map(AgreementLine::getBody).toList();
    }

    public List<Long> getMediatorIds() {
        return List.copyOf(mediatorIds);
    }

    public List<AgreedAmount> getItems() {
        return List.copyOf(items);
    }

    public List<Instalment> getInstalments() {
        return List.copyOf(instalments);
    }
}
