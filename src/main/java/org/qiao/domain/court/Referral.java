// SPDX-License-Identifier: AGPL-3.0-or-later
package org.qiao.domain.court;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.Objects;
import org.qiao.domain.TrackedEntity;

/**
 * A court's referral of a case to the studio (V15), one per case: who referred it and under which number, when the
 * studio signed for the file, and later how it went back ({@link #handBack}) and what the court did
 * ({@link #recordOutcome}). Its status is derived ({@link ReferralStatus#of}).
 */
@Entity
@Table(name = "referral")
public class Referral extends TrackedEntity {

    @Column(name = "case_id", nullable = false)
    private long caseId;

    @Enumerated(EnumType.STRING)
    @Column(name = "referral_type", nullable = false, length = 20)
    private ReferralType type;

    @ManyToOne(fetch = FetchType.EAGER, optional = false)
    @JoinColumn(name = "court_id", nullable = false)
    private Court court;

    @Column(name = "court_case_number", nullable = false, length = 60)
    private String courtCaseNumber;

    @Column(name = "judge_name", nullable = false, length = 100)
    private String judgeName;

    @Column(name = "judge_contact", length = 100)
    private String judgeContact;

    @Column(name = "signed_for_date", nullable = false)
    private LocalDate signedForDate;

    @Column(name = "received_by", nullable = false, length = 100)
    private String receivedBy;

    @Column(name = "source_package_sha256", length = 64)
    private String sourcePackageSha256;

    @Enumerated(EnumType.STRING)
    @Column(name = "handback_kind", length = 20)
    private HandBackKind handBackKind;

    @Enumerated(EnumType.STRING)
    @Column(name = "handback_reason", length = 30)
    private HandBackReason handBackReason;

    @Column(name = "handed_back_date")
    private LocalDate handedBackDate;

    @Column(name = "handback_note", length = 2000)
    private String handBackNote;

    @Column(name = "undisputed_facts", length = 20000)
    private String undisputedFacts;

    @Column(name = "handed_back_by", length = 100)
    private String handedBackBy;

    @Column(name = "confirmation_applied_date")
    private LocalDate confirmationAppliedDate;

    @Enumerated(EnumType.STRING)
    @Column(name = "court_outcome", length = 30)
    private CourtOutcome courtOutcome;

    @Column(name = "court_outcome_number", length = 60)
    private String courtOutcomeNumber;

    @Column(name = "court_outcome_date")
    private LocalDate courtOutcomeDate;

    @Column(name = "court_outcome_note", length = 1000)
    private String courtOutcomeNote;

    @Column(name = "outcome_recorded_by", length = 100)
    private String outcomeRecordedBy;

    protected Referral() {
        // for JPA
    }

    public Referral(long caseId, ReferralType type, Court court, String courtCaseNumber, String judgeName,
        String judgeContact, LocalDate signedForDate, String receivedBy) {
        this.caseId = caseId;
        this.type = Objects.requireNonNull(type);
        this.court = Objects.requireNonNull(court);
        this.courtCaseNumber = Objects.requireNonNull(courtCaseNumber);
        this.judgeName = Objects.requireNonNull(judgeName);
        this.judgeContact = judgeContact;
        this.signedForDate = Objects.requireNonNull(signedForDate);
        this.receivedBy = Objects.requireNonNull(receivedBy);
    }

    /**
     * Records the hand-back: the kind follows from the reason.
     *
     * @throws IllegalStateException when the referral was already handed back
     */
    public void handBack(HandBackReason reason, LocalDate date, String note, String by) {
        if (handBackKind != null) {
            throw new IllegalStateException("referral " + getId() + " was already handed back");
        }
        this.handBackReason = Objects.requireNonNull(reason);
        this.handBackKind = reason.kind();
        this.handedBackDate = Objects.requireNonNull(date);
        this.handBackNote = note;
        this.handedBackBy = Objects.requireNonNull(by);
    }

    /**
     * Records what the court did.
     *
     * @throws IllegalStateException when the referral was not handed back yet
     */
    public void recordOutcome(CourtOutcome outcome, String number, LocalDate date, String note, String by) {
        if (handBackKind == null) {
            throw new IllegalStateException("referral " + getId() + " was not handed back");
        }
        this.courtOutcome = Objects.requireNonNull(outcome);
        this.courtOutcomeNumber = number;
        this.courtOutcomeDate = Objects.requireNonNull(date);
        this.courtOutcomeNote = note;
        this.outcomeRecordedBy = Objects.requireNonNull(by);
    }


    public long getCaseId() {
        return caseId;
    }

    public ReferralType getType() {
        return type;
    }

    public void setType(ReferralType type) {
        this.type = Objects.requireNonNull(type);
    }

    public Court getCourt() {
        return court;
    }

    public void setCourt(Court court) {
        this.court = Objects.requireNonNull(court);
    }

    public String getCourtCaseNumber() {
        return courtCaseNumber;
    }

    public void setCourtCaseNumber(String courtCaseNumber) {
        this.courtCaseNumber = Objects.requireNonNull(courtCaseNumber);
    }

    public String getJudgeName() {
        return judgeName;
    }

    public void setJudgeName(String judgeName) {
        this.judgeName = Objects.requireNonNull(judgeName);
    }

    public String getJudgeContact() {
        return judgeContact;
    }

    public void setJudgeContact(String judgeContact) {
        this.judgeContact = judgeContact;
    }

    public LocalDate getSignedForDate() {
        return signedForDate;
    }

    public void setSignedForDate(LocalDate signedForDate) {
        this.signedForDate = Objects.requireNonNull(signedForDate);
    }

    public String getReceivedBy() {
        return receivedBy;
    }

    public String getSourcePackageSha256() {
        return sourcePackageSha256;
    }

    public void setSourcePackageSha256(String sourcePackageSha256) {
        this.sourcePackageSha256 = sourcePackageSha256;
    }

    public HandBackKind getHandBackKind() {
        return handBackKind;
    }

    public HandBackReason getHandBackReason() {
        return handBackReason;
    }

    public LocalDate getHandedBackDate() {
        return handedBackDate;
    }

    public String getHandBackNote() {
        return handBackNote;
    }

    public String getUndisputedFacts() {
        return undisputedFacts;
    }

    public void setUndisputedFacts(String undisputedFacts) {
        this.undisputedFacts = undisputedFacts;
    }

    public String getHandedBackBy() {
        return handedBackBy;
    }

    public LocalDate getConfirmationAppliedDate() {
        return confirmationAppliedDate;
    }

    public void setConfirmationAppliedDate(LocalDate confirmationAppliedDate) {
        this.confirmationAppliedDate = confirmationAppliedDate;
    }

    public CourtOutcome getCourtOutcome() {
        return courtOutcome;
    }

    public String getCourtOutcomeNumber() {
        return courtOutcomeNumber;
    }

    public LocalDate getCourtOutcomeDate() {
        return courtOutcomeDate;
    }

    public String getCourtOutcomeNote() {
        return courtOutcomeNote;
    }

    public String getOutcomeRecordedBy() {
        return outcomeRecordedBy;
    }
}
