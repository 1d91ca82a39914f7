// SPDX-License-Identifier: AGPL-3.0-or-later
package org.qiao.store;

import org.hibernate.Session;

/** The repositories of one transaction, all bound to its session. Handed to the work given to {@link Transactions}. */
public final class Repositories {

    private final Session session;
    private final AuditWriter audit;

    Repositories(Session session, AuditWriter audit) {
        this.session = session;
        this.audit = audit;
    }

    public CaseRepository cases() {
        return new CaseRepository(session);
    }

    public WorkerRepository workers() {
        return new WorkerRepository(session);
    }

    public EmployerRepository employers() {
        return new EmployerRepository(session);
    }

    public UserRepository users() {
        return new UserRepository(session);
    }

    public CalendarRepository calendar() {
        return new CalendarRepository(session, audit);
    }

    public StudioRepository studios() {
        return new StudioRepository(session);
    }

    public IntakeRepository intake() {
        return new IntakeRepository(session, audit);
    }

    /** Extensions, suspensions and resumptions of cases' mediation periods. */
    public MediationEventRepository mediationEvents() {
        return new MediationEventRepository(session);
    }

    /** The versions of cases' 调解协议书. */
    public AgreementRepository agreements() {
        return new AgreementRepository(session);
    }

    /** Mediation sessions: scheduling, clashes, week views, records. */
    public MediationSessionRepository sessions() {
        return new MediationSessionRepository(session);
    }

    /** Payments, follow-up visits and the agreement in force they are counted against. */
    public PaymentRepository payments() {
        return new PaymentRepository(session);
    }

    /** The courts that refer cases. */
    public CourtRepository courts() {
        return new CourtRepository(session);
    }

    /** Court referrals, their materials, hand-backs and outcomes. */
    public ReferralRepository referrals() {
        return new ReferralRepository(session);
    }

    /** The studio's signing keys, trusted keys and imported exchange packages. */
    public HandoffRepository handoffs() {
        return new HandoffRepository(session);
    }

    public DraftRepository drafts() {
        return new DraftRepository(session);
    }

    /** The case ledger: filtered, sorted pages and the search box. */
    public CaseLedgerRepository ledger() {
        return new CaseLedgerRepository(session);
    }

    /** Plain-JDBC batch inserts for generated data. */
    public CaseBulkLoader bulkLoader() {
        return new CaseBulkLoader(session, audit);
    }

    public AuditRepository audit() {
        return new AuditRepository(session);
    }

    /**
     * Writes what is pending and forgets the records this transaction has loaded, so a long import does not hold
     * them all in memory. Records obtained before this call are detached afterwards.
     */
    public void flushAndClear() {
        session.flush();
        session.clear();
    }
}
