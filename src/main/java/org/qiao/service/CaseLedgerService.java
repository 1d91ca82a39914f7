// SPDX-License-Identifier: AGPL-3.0-or-later
package org.qiao.service;

import java.math.BigDecimal;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.qiao.domain.cases.CaseStatus;
import org.qiao.domain.cases.Claim;
import org.qiao.domain.cases.DisputeCase;
import org.qiao.domain.cases.Employer;
import org.qiao.domain.cases.LedgerFilter;
import org.qiao.domain.cases.LedgerPage;
import org.qiao.domain.cases.LedgerRow;
import org.qiao.domain.cases.LedgerSort;
import org.qiao.domain.cases.Worker;
import org.qiao.domain.user.Role;
import org.qiao.store.Transactions;

/**
 * The case ledger (案件台账) and the case page: filtered, sorted pages of cases, the search box, and one case in
 * full. Lists mask resident IDs; the case page shows them whole only to {@link #FULL_ID_ROLES}.
 */
public final class CaseLedgerService {

    /**
     * The roles that see resident IDs whole on the case page: mediators and lawyers work the case with the
     * parties and fill in documents that need the full number, administrators answer for the data. Supervisors
     * watch workload and deadlines, which never needs a person's ID, so they see it masked like everyone in a list.
     * Nobody signed in (the command line, acting as the operating-system user) sees it masked too.
     */
    public static final Set<Role> FULL_ID_ROLES = EnumSet.of(Role.MEDIATOR, Role.LAWYER, Role.ADMINISTRATOR);
    /** The largest page handed out at once. */
    public static final int MAX_PAGE = 500;

    private final Transactions tx;
    private final UserSession session;

    public CaseLedgerService(Transactions tx, UserSession session) {
        this.tx = Objects.requireNonNull(tx);
        this.session = Objects.requireNonNull(session);
    }

    /** One page of the ledger ({@code limit} at most {@value #MAX_PAGE}) and a count capped at 10,000. */
    public LedgerPage page(LedgerFilter filter, LedgerSort sort, int offset, int limit) {
        Objects.requireNonNull(filter, "filter");
        Objects.requireNonNull(sort, "sort");
        int from = Math.max(0, offset);
        int size = Math.max(0, Math.min(limit, MAX_PAGE));
        return tx.call(repos -> repos.ledger().page(filter, sort, from, size));
    }

    /**
     * The search box: cases whose number, worker (name, resident ID, phone) or employer (name, credit code,
     * phone) matches {@code query}, optionally only in {@code statuses}, newest received first.
     */
    public List<LedgerRow> find(String query, Set<CaseStatus> statuses, int limit) {
        if (query == null || query.isBlank()) {
            return List.of();
        }
        int size = Math.max(0, Math.min(limit, MAX_PAGE));
        return tx.call(repos -> repos.ledger().find(query, statuses == null ? Set.of() : statuses, size));
    }

    /** Whether the signed-in user sees resident IDs whole on the case page. */
    public boolean maySeeFullResidentIds() {
        return FULL_ID_ROLES.stream().anyMatch(session::hasRole);
    }

    /** One case in full, by its number; empty when there is no such case. */
    public Optional<CaseDetail> show(String caseNumber) {
        if (caseNumber == null || caseNumber.isBlank()) {
            return Optional.empty();
        }
        boolean full = maySeeFullResidentIds();
        return tx.call(repos -> repos.cases().findByNumber(caseNumber.strip()).map(c -> detail(c, full)));
    }

    private static CaseDetail detail(DisputeCase c, boolean fullIds) {
        Employer e = c.getEmployer();
        CaseDetail.EmployerParty employer = new CaseDetail.EmployerParty(e.getName(), e.getCreditCode(),
            e.getLegalRepresentative(), e.getAddress(), e.getPhone(), e.getIndustry(), e.getRegionCode());
        List<CaseDetail.WorkerParty> workers = c.getWorkers().stream().map(w -> worker(c, w, fullIds)).toList();
        return new CaseDetail(c.getId(), c.getCaseNumber(), c.getStatus(), c.getSource(), c.getRegionCode(),
            c.getStudio(), c.getReceivedDate(), c.getSummary(),
            c.getMediator() == null ? null : c.getMediator().getDisplayName(), employer, workers, c.totalClaimed(),
            !fullIds);
    }

    private static CaseDetail.WorkerParty worker(DisputeCase c, Worker w, boolean fullIds) {
        List<CaseDetail.ClaimLine> claims = c.getClaims().stream().filter(k -> k.getWorker() == w)
            .map(CaseLedgerService::line).toList();
        BigDecimal total = claims.stream().map(CaseDetail.ClaimLine::amount)
            .reduce(BigDecimal.ZERO.setScale(2), BigDecimal::add);
        String id = fullIds ? w.getResidentId() : LedgerRow.maskResidentId(w.getResidentId());
        return new CaseDetail.WorkerParty(w.getName(), id, w.getPhone(), w.getAddress(), w.getGroups(), claims,
            total);
    }

    private static CaseDetail.ClaimLine line(Claim k) {
        return new CaseDetail.ClaimLine(k.getCategory(), k.getAmount(), k.getNote());
    }
}
