// SPDX-License-Identifier: AGPL-3.0-or-later
package org.qiao.domain.cases;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import org.qiao.domain.QiaoException;
import org.qiao.domain.TrackedEntity;
import org.qiao.domain.user.User;

/**
 * A labour dispute handled by a studio: one employer (被申请人), one or more workers (申请人) in the order they were
 * registered, and the claims each worker makes.
 */
@Entity
@Table(name = "dispute_case")
public class DisputeCase extends TrackedEntity {

    /** 劳动争议调解仲裁法 art.7: ten or more workers with a common claim make a collective dispute. */
    public static final int COLLECTIVE_MIN_WORKERS = 10;

    @Column(name = "case_number", nullable = false, length = 60)
    private String caseNumber;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    private CaseStatus status = CaseStatus.INTAKE;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    private CaseSource source;

    /** The 6-digit county or league/city code (GB/T 2260) of the studio's area. */
    @Column(name = "region_code", nullable = false, length = 6)
    private String regionCode;

    @Column(nullable = false, length = 200)
    private String studio;

    /** The day the studio received the application; mediation deadlines count from it (调解仲裁法 art.14). */
    @Column(name = "received_date", nullable = false)
    private LocalDate receivedDate;

    @Column
    private String summary;

    @ManyToOne(fetch = FetchType.EAGER, optional = false, cascade = {CascadeType.PERSIST, CascadeType.MERGE})
    @JoinColumn(name = "employer_id", nullable = false)
    private Employer employer;

    @ManyToMany(cascade = {CascadeType.PERSIST, CascadeType.MERGE})
    @JoinTable(name = "case_worker", joinColumns = @JoinColumn(name = "case_id"),
        inverseJoinColumns = @JoinColumn(name = "worker_id"))
    @OrderColumn(name = "worker_order")
    private List<Worker> workers = new ArrayList<>();

    @OneToMany(mappedBy = "disputeCase", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("id")
    private List<Claim> claims = new ArrayList<>();

    @ManyToOne(fetch = FetchType.EAGER)
    @JoinColumn(name = "mediator_id")
    private User mediator;

    @Column(name = "court_name", length = 200)
    private String courtName;

    @Column(name = "court_case_number", length = 100)
    private String courtCaseNumber;

    /** 委托 mediation in simple procedure: 7 days instead of 15 (特邀调解规定 art.27). */
    @Column(name = "simple_procedure", nullable = false)
    private boolean simpleProcedure;

    @Column
    private String facts;

    @Column
    private String requests;

    /** When the worker knew of the infringement; the arbitration limitation runs from it (调解仲裁法 art.27). */
    @Column(name = "facts_date")
    private LocalDate factsDate;

    @Column(name = "ongoing_employment", nullable = false)
    private boolean ongoingEmployment;

    @Column(name = "wants_legal_aid", nullable = false)
    private boolean wantsLegalAid;

    @Enumerated(EnumType.STRING)
    @Column(name = "conflict_verdict", length = 20)
    private ConflictVerdict conflictVerdict;

    @Column(name = "conflict_note", length = 1000)
    private String conflictNote;

    /** The case this one was linked to (or is a duplicate of) by the conflict check, by id. */
    @Column(name = "linked_case_id")
    private Long linkedCaseId;

    @Column(name = "accepted_date")
    private LocalDate acceptedDate;

    @Column(name = "mediation_due_date")
    private LocalDate mediationDueDate;

    @Column(name = "closed_date")
    private LocalDate closedDate;

    protected DisputeCase() {
        // for JPA
    }

    public DisputeCase(String caseNumber, CaseSource source, String regionCode, String studio, LocalDate receivedDate,
        Employer employer) {
        this.caseNumber = Objects.requireNonNull(caseNumber);
        this.source = Objects.requireNonNull(source);
        this.regionCode = Objects.requireNonNull(regionCode);
        this.studio = Objects.requireNonNull(studio);
        this.receivedDate = Objects.requireNonNull(receivedDate);
        this.employer = Objects.requireNonNull(employer);
    }

    /** Whether this is a collective dispute (集体劳动争议): {@value #COLLECTIVE_MIN_WORKERS} or more workers. */
    public boolean isCollective() {
        return workers.size() >= COLLECTIVE_MIN_WORKERS;
    }

    /** The sum of all claims, exact to the fen. */
    public BigDecimal totalClaimed() {
        return claims.stream().map(Claim::getAmount).reduce(BigDecimal.ZERO.setScale(2), BigDecimal::add);
    }

    /** The sum of one worker's claims; amounts are claimed per worker. */
    public BigDecimal totalClaimedBy(Worker worker) {
        return claims.stream().filter(c -> samePerson(c.getWorker(), worker)).map(Claim::getAmount)
            .reduce(BigDecimal.ZERO.setScale(2), BigDecimal::add);
    }

    /** The same record: the same object, or two copies with the same id (e.g. from two queries). */
    private static boolean samePerson(Worker a, Worker b) {
        return a == b || a != null && b != null && a.getId() != null && a.getId().equals(b.getId());
    }

    private boolean isParty(Worker worker) {
        return workers.stream().anyMatch(w -> samePerson(w, worker));
    }

    /** Adds a worker as a party; a worker is a party once. */
    public void addWorker(Worker worker) {
        if (isParty(Objects.requireNonNull(worker))) {
            throw new QiaoException("case.worker.alreadyParty", worker.getName());
        }
        workers.add(worker);
    }

    /**
     * Points the case at another copy of one of its workers (same id), e.g. the store's current copy of a worker
     * saved earlier; the worker's claims follow.
     */
    public void replaceWorker(Worker current, Worker replacement) {
        if (!samePerson(current, replacement)) {
            throw new IllegalArgumentException("A replacement must be the same worker record");
        }
        workers.replaceAll(w -> w == current ? replacement : w);
        claims.stream().filter(c -> c.getWorker() == current).forEach(c -> c.relinkWorker(replacement));
    }

    /** Adds a claim by one of this case's workers. */
    public Claim addClaim(Worker worker, DisputeCategory category, BigDecimal amount) {
        if (!isParty(worker)) {
            throw new QiaoException("case.worker.notParty", worker.getName());
        }
        Claim claim = new Claim(this, worker, category, amount);
        claims.add(claim);
        return claim;
    }

    public void removeClaim(Claim claim) {
        claims.remove(claim);
    }

    public String getCaseNumber() {
        return caseNumber;
    }

    public void setCaseNumber(String caseNumber) {
        this.caseNumber = Objects.requireNonNull(caseNumber);
    }

    public CaseStatus getStatus() {
        return status;
    }

    public void setStatus(CaseStatus status) {
        this.status = Objects.requireNonNull(status);
    }

    public CaseSource getSource() {
        return source;
    }

    public void setSource(CaseSource source) {
        this.source = Objects.requireNonNull(source);
    }

    public String getRegionCode() {
        return regionCode;
    }

    public void setRegionCode(String regionCode) {
        this.regionCode = Objects.requireNonNull(regionCode);
    }

    public String getStudio() {
        return studio;
    }

    public void setStudio(String studio) {
        this.studio = Objects.requireNonNull(studio);
    }

    public LocalDate getReceivedDate() {
        return receivedDate;
    }

    public void setReceivedDate(LocalDate receivedDate) {
        this.receivedDate = Objects.requireNonNull(receivedDate);
    }

    public String getSummary() {
        return summary;
    }

    public void setSummary(String summary) {
        this.summary = summary;
    }

    public Employer getEmployer() {
        return employer;
    }

    public void setEmployer(Employer employer) {
        this.employer = Objects.requireNonNull(employer);
    }

    /** The workers in registration order, read-only. */
    public List<Worker> getWorkers() {
        return Collections.unmodifiableList(workers);
    }

    /** The claims in the order they were added, read-only. */
    public List<Claim> getClaims() {
        return Collections.unmodifiableList(claims);
    }

    public User getMediator() {
        return mediator;
    }

    public void setMediator(User mediator) {
        this.mediator = mediator;
    }

    public String getCourtName() {
        return courtName;
    }

    public void setCourtName(String courtName) {
        this.courtName = courtName;
    }

    public String getCourtCaseNumber() {
        return courtCaseNumber;
    }

    public void setCourtCaseNumber(String courtCaseNumber) {
        this.courtCaseNumber = courtCaseNumber;
    }

    public boolean isSimpleProcedure() {
        return simpleProcedure;
    }

    public void setSimpleProcedure(boolean simpleProcedure) {
        this.simpleProcedure = simpleProcedure;
    }

    public String getFacts() {
        return facts;
    }

    public void setFacts(String facts) {
        this.facts = facts;
    }

    public String getRequests() {
        return requests;
    }

    public void setRequests(String requests) {
        this.requests = requests;
    }

    public LocalDate getFactsDate() {
        return factsDate;
    }

    public void setFactsDate(LocalDate factsDate) {
        this.factsDate = factsDate;
    }

    public boolean isOngoingEmployment() {
        return ongoingEmployment;
    }

    public void setOngoingEmployment(boolean ongoingEmployment) {
        this.ongoingEmployment = ongoingEmployment;
    }

    public boolean isWantsLegalAid() {
        return wantsLegalAid;
    }

    public void setWantsLegalAid(boolean wantsLegalAid) {
        this.wantsLegalAid = wantsLegalAid;
    }

    public ConflictVerdict getConflictVerdict() {
        return conflictVerdict;
    }

    public void setConflictVerdict(ConflictVerdict conflictVerdict) {
        this.conflictVerdict = conflictVerdict;
    }

    public String getConflictNote() {
        return conflictNote;
    }

    public void setConflictNote(String conflictNote) {
        this.conflictNote = conflictNote;
    }

    public Long getLinkedCaseId() {
        return linkedCaseId;
    }

    public void setLinkedCaseId(Long linkedCaseId) {
        this.linkedCaseId = linkedCaseId;
    }

    public LocalDate getAcceptedDate() {
        return acceptedDate;
    }

    public void setAcceptedDate(LocalDate acceptedDate) {
        this.acceptedDate = acceptedDate;
    }

    public LocalDate getMediationDueDate() {
        return mediationDueDate;
    }

    public void setMediationDueDate(LocalDate mediationDueDate) {
        this.mediationDueDate = mediationDueDate;
    }

    public LocalDate getClosedDate() {
        return closedDate;
    }

    public void setClosedDate(LocalDate closedDate) {
        this.closedDate = closedDate;
    }
}
