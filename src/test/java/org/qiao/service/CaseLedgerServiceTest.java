// SPDX-License-Identifier: AGPL-3.0-or-later
package org.qiao.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.qiao.domain.cases.LedgerFilter;
import org.qiao.domain.cases.LedgerRow;
import org.qiao.domain.cases.LedgerSort;
import org.qiao.domain.user.Role;
import org.qiao.domain.user.User;
import org.qiao.store.Database;
import org.qiao.store.DatabaseConfig;

@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CaseLedgerServiceTest {

    @TempDir
    static Path dir;

    private Database database;
    private UserSession session;
    private CaseLedgerService ledger;

    @BeforeAll
    void fill() {
        database = Database.open(DatabaseConfig.embedded(dir), () -> "test");
        session = new UserSession("test");
        ledger = new CaseLedgerService(database.transactions(), session,
            new CalendarService(org.qiao.store.ReferenceData.holidays(), database.transactions(), session));
        new DemoDataService(database.transactions()).generate(60, 11);
    }

    @AfterAll
    void close() {
        database.close();
    }

    private CaseDetail anyCase() {
        LedgerRow row = ledger.page(LedgerFilter.ALL, LedgerSort.NEWEST_FIRST, 0, 1).rows().get(0);
        return ledger.show(row.caseNumber()).orElseThrow();
    }

    @Test
    void aSupervisorSeesResidentIdsMaskedAndAMediatorWhole() {
        session.signIn(new User("sup", "督导", Role.SUPERVISOR));
        CaseDetail masked = anyCase();
        assertTrue(masked.residentIdsMasked());
        assertTrue(masked.workers().get(0).residentId().contains("**********"));
        session.signIn(new User("med", "调解员", Role.MEDIATOR));
        CaseDetail whole = anyCase();
        assertFalse(whole.residentIdsMasked());
        assertTrue(whole.workers().get(0).residentId().matches("\\d{17}[\\dX]"));
        session.signOut();
    }

    @Test
    void perWorkerTotalsAddUpToTheCaseTotalExactly() {
        CaseDetail c = anyCase();
        BigDecimal sum = c.workers().stream().map(CaseDetail.WorkerParty::totalClaimed)
            .reduce(BigDecimal.ZERO.setScale(2), BigDecimal::add);
        assertEquals(c.totalClaimed(), sum);
        assertEquals(2, c.totalClaimed().scale());
    }

    @Test
    void theFirstPageCountsEveryCaseOfASmallLedgerExactly() {
        var page = ledger.page(LedgerFilter.ALL, LedgerSort.NEWEST_FIRST, 0, 20);
        assertEquals(60, page.matches());
        assertTrue(page.countIsExact());
        assertEquals(20, page.rows().size());
        assertTrue(ledger.find("  ", Set.of(), 5).isEmpty());
    }

    private CaseLedgerService onDay(java.time.LocalDate today) {
        java.time.ZoneId zone = java.time.ZoneId.systemDefault();
        return new CaseLedgerService(database.transactions(), session,
            new CalendarService(org.qiao.store.ReferenceData.holidays(), database.transactions(), session),
            java.time.Clock.fixed(today.atStartOfDay(zone).toInstant(), zone));
    }

    @Test
    void dueWithinThreeWorkingDaysCountsOverTheSpringFestivalAndItsMakeUpSaturday() {
        // Thursday 12 February 2026: Friday 13th, the make-up working Saturday 14th, then 15th–23rd off: Tuesday 24th.
        LedgerFilter soon = onDay(java.time.LocalDate.of(2026, 2, 12)).withDue(LedgerFilter.ALL,
            CaseLedgerService.Due.WITHIN_3_WORKING_DAYS);
        assertEquals(java.time.LocalDate.of(2026, 2, 12), soon.dueFrom());
        assertEquals(java.time.LocalDate.of(2026, 2, 24), soon.dueTo());
        assertEquals(CaseLedgerService.DEADLINE_RUNNING, soon.statuses());
    }

    @Test
    void overdueMeansADeadlineBeforeTodayWhileMediationRunsUnlessStatusesAreChosen() {
        CaseLedgerService march = onDay(java.time.LocalDate.of(2026, 3, 6));
        LedgerFilter overdue = march.withDue(LedgerFilter.ALL, CaseLedgerService.Due.OVERDUE);
        assertEquals(null, overdue.dueFrom());
        assertEquals(java.time.LocalDate.of(2026, 3, 5), overdue.dueTo());
        assertEquals(CaseLedgerService.DEADLINE_RUNNING, overdue.statuses());
        LedgerFilter chosen = march.withDue(LedgerFilter.ALL.withStatuses(Set.of(org.qiao.domain.cases.CaseStatus
            .IN_MEDIATION)), CaseLedgerService.Due.OVERDUE);
        assertEquals(Set.of(org.qiao.domain.cases.CaseStatus.IN_MEDIATION), chosen.statuses());
        assertEquals(LedgerFilter.ALL, march.withDue(overdue.withStatuses(null), CaseLedgerService.Due.ANY));
    }
}
