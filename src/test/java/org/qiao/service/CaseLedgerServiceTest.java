// SPDX-License-Identifier: AGPL-3.0-or-later
package org.qiao.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntConsumer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.qiao.domain.cases.CaseSource;
import org.qiao.domain.cases.CaseStatus;
import org.qiao.domain.cases.DisputeCase;
import org.qiao.domain.cases.Employer;
import org.qiao.domain.cases.LedgerFilter;
import org.qiao.domain.cases.LedgerRow;
import org.qiao.domain.cases.LedgerSort;
import org.qiao.domain.cases.Worker;
import org.qiao.domain.QiaoException;
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
        assertEquals(new org.qiao.domain.cases.LedgerCount(60, true), ledger.count(LedgerFilter.ALL));
        assertEquals(20, page.rows().size());
        assertTrue(page.hasMore());
        assertFalse(ledger.page(LedgerFilter.ALL, LedgerSort.NEWEST_FIRST, 40, 20).hasMore());
        assertTrue(ledger.find("  ", Set.of(), 5).isEmpty());
    }

    /** Exports {@code filter} in {@code sort} order {@code pageSize} rows at a time; returns the rows written. */
    private static List<LedgerRow> export(CaseLedgerService service, LedgerFilter filter, LedgerSort sort,
                                          int pageSize, Path file, IntConsumer afterEachPage) {
        List<LedgerRow> written = new ArrayList<>();
        CaseLedgerService.Export result = service.export(filter, sort, file, "sheet", List.of("number"), row -> {
            written.add(row);
            return List.of(row.caseNumber());
        }, afterEachPage, () -> false, pageSize);
        assertTrue(result.complete());
        assertEquals(written.size(), result.rows());
        return written;
    }

    @ParameterizedTest
    @CsvSource({"RECEIVED_DATE, true, ", "RECEIVED_DATE, false, ", "CASE_NUMBER, false, ", "CASE_NUMBER, true, ",
        "STATUS, false, ", "STATUS, true, ", "EMPLOYER_NAME, false, ", "EMPLOYER_NAME, true, ",
        "AMOUNT_CLAIMED, false, ", "AMOUNT_CLAIMED, true, ", "RECEIVED_DATE, true, IN_MEDIATION",
        "RECEIVED_DATE, false, IN_MEDIATION", "STATUS, false, IN_MEDIATION", "CASE_NUMBER, true, ACCEPTED"})
    void anExportInEachSortOrderWritesEveryMatchingCaseOnceInTheLedgersOrder(LedgerSort.Column column,
        boolean descending, CaseStatus status, @TempDir Path out) {
        LedgerSort sort = LedgerSort.by(column, descending);
        LedgerFilter filter = status == null ? LedgerFilter.ALL : LedgerFilter.ALL.withStatuses(Set.of(status));
        List<LedgerRow> expected = ledger.page(filter, sort, 0, CaseLedgerService.MAX_PAGE).rows();
        assertFalse(expected.isEmpty());
        // Pages of 7 (the last one short or empty) against one page of everything.
        assertEquals(expected, export(ledger, filter, sort, 7, out.resolve("ledger.xlsx"), written -> { }));
    }

    @Test
    void anExportWritesEveryCaseOnceWhileNewCasesArriveBetweenPages(@TempDir Path own) {
        try (Database db = Database.open(DatabaseConfig.embedded(own.resolve("db")), () -> "test")) {
            CaseLedgerService service = new CaseLedgerService(db.transactions(), session,
                new CalendarService(org.qiao.store.ReferenceData.holidays(), db.transactions(), session));
            new DemoDataService(db.transactions()).generate(30, 5);
            List<String> before = service.page(LedgerFilter.ALL, LedgerSort.NEWEST_FIRST, 0, 100).rows().stream()
                .map(LedgerRow::caseNumber).toList();
            assertEquals(30, before.size());
            // After each of the first pages a case arrives that sorts first: an export paging by offset would
            // write the last row of the previous page again.
            AtomicInteger added = new AtomicInteger();
            List<String> written = export(service, LedgerFilter.ALL, LedgerSort.NEWEST_FIRST, 7,
                own.resolve("ledger.xlsx"), rows -> {
                    if (added.get() < 3) {
                        int n = added.incrementAndGet();
                        db.transactions().run(r -> r.cases().save(newestCase("新到〔2026〕" + n + "号", n)));
                    }
                }).stream().map(LedgerRow::caseNumber).toList();
            assertEquals(3, added.get());
            assertEquals(written.size(), Set.copyOf(written).size(), "no case written twice: " + written);
            assertEquals(before, written, "every case there at the start, once, in order");
        }
    }

    /** A case received later than any demo case. */
    private static DisputeCase newestCase(String number, int day) {
        Employer employer = new Employer("包头市新到建筑工程有限公司");
        employer.setRegionCode("150203");
        DisputeCase c = new DisputeCase(number, CaseSource.WALK_IN, "150203", "昆都仑区工作室",
            java.time.LocalDate.of(2099, 1, day), employer);
        c.addWorker(new Worker("新到" + day));
        return c;
    }

    @Test
    void theDeadlineWatchListsOverdueAndDueSoonCasesEarliestDeadlineFirst() {
        List<java.time.LocalDate> deadlines = ledger.page(LedgerFilter.ALL.withStatuses(
                CaseLedgerService.DEADLINE_RUNNING), LedgerSort.NEWEST_FIRST, 0, CaseLedgerService.MAX_PAGE).rows()
            .stream().map(LedgerRow::mediationDue).filter(java.util.Objects::nonNull).sorted().toList();
        assertFalse(deadlines.isEmpty(), "the demo data has cases in mediation");

        CaseLedgerService.DeadlineWatch after = onDay(deadlines.get(deadlines.size() - 1).plusDays(1))
            .deadlineWatch(false, CaseLedgerService.MAX_PAGE);
        assertEquals(deadlines, after.overdue().stream().map(LedgerRow::mediationDue).toList(),
            "every running deadline has passed, earliest first");
        assertEquals(new org.qiao.domain.cases.LedgerCount(deadlines.size(), true), after.overdueCount());
        assertTrue(after.dueSoon().isEmpty());

        java.time.LocalDate earliest = deadlines.get(0);
        CaseLedgerService.DeadlineWatch before = onDay(earliest.minusDays(1)).deadlineWatch(false, 3);
        assertTrue(before.overdue().isEmpty());
        assertEquals(earliest, before.dueSoon().get(0).mediationDue());
        assertTrue(before.dueSoon().size() <= 3, "no more than asked for");
        assertTrue(before.dueSoonCount().matches() >= before.dueSoon().size());

        QiaoException nobody = assertThrows(QiaoException.class, () -> ledger.deadlineWatch(true, 10));
        assertEquals("auth.notSignedIn", nobody.messageKey(), "'my cases' needs someone signed in");
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
