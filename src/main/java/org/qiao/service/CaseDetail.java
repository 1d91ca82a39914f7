// SPDX-License-Identifier: AGPL-3.0-or-later
package org.qiao.service;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.qiao.domain.cases.CaseSource;
import org.qiao.domain.cases.CaseStatus;
import org.qiao.domain.cases.DisputeCategory;
import org.qiao.domain.cases.WorkerGroup;

/**
 * One case as the case page and {@code qiao cases show} present it: the parties, every worker with their claims,
 * totals per worker and per case exact to the fen. Resident IDs are whole only for the roles that may see them
 * ({@link CaseLedgerService#FULL_ID_ROLES}); otherwise masked, and {@code residentIdsMasked} says so.
 *
 * @param version          the version read, so a decision taken on this page fails if someone changed the case
 * @param courtName        the referring court, or {@code null}
 * @param courtCaseNumber  the court's case number, or {@code null}
 * @param mediationDueDate the mediation deadline set on acceptance, or {@code null} before
 */
public record CaseDetail(long id, long version, String caseNumber, CaseStatus status, CaseSource source,
                         String regionCode, String studio, LocalDate receivedDate, String summary,
                         String mediatorName, EmployerParty employer, List<WorkerParty> workers,
                         BigDecimal totalClaimed, boolean residentIdsMasked, String courtName,
                         String courtCaseNumber, LocalDate mediationDueDate, LocalDate mediationSuspendedSince) {

    public CaseDetail {
        workers = List.copyOf(workers);
    }

    /** As before the mediation clock could be suspended: not suspended. */
    public CaseDetail(long id, long version, String caseNumber, CaseStatus status, CaseSource source,
                      String regionCode, String studio, LocalDate receivedDate, String summary, String mediatorName,
                      EmployerParty employer, List<WorkerParty> workers, BigDecimal totalClaimed,
                      boolean residentIdsMasked, String courtName, String courtCaseNumber,
                      LocalDate mediationDueDate) {
        this(id, version, caseNumber, status, source, regionCode, studio, receivedDate, summary, mediatorName,
            employer, workers, totalClaimed, residentIdsMasked, courtName, courtCaseNumber, mediationDueDate, null);
    }

    /** Whether ten or more workers make this a collective dispute (劳动争议调解仲裁法 art.7). */
    public boolean collective() {
        return workers.size() >= org.qiao.domain.cases.DisputeCase.COLLECTIVE_MIN_WORKERS;
    }

    /** The employer (被申请人). */
    public record EmployerParty(String name, String creditCode, String legalRepresentative, String address,
                                String phone, String industry, String regionCode) {
    }

    /** A worker (申请人), with what they claim. */
    public record WorkerParty(String name, String residentId, String phone, String address, Set<WorkerGroup> groups,
                              List<ClaimLine> claims, BigDecimal totalClaimed) {

        public WorkerParty {
            groups = Set.copyOf(groups);
            claims = List.copyOf(claims);
        }
    }

    /** One claim of one worker. */
    public record ClaimLine(DisputeCategory category, BigDecimal amount, LocalDate periodFrom, LocalDate periodTo,
                            String note) {
    }
}
