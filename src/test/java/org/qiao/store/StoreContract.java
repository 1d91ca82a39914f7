// SPDX-License-Identifier: AGPL-3.0-or-later
package org.qiao.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.qiao.domain.QiaoException;
import org.qiao.domain.audit.AuditEntry;
import org.qiao.domain.calendar.CalendarDay;
import org.qiao.domain.calendar.DayKind;
import org.qiao.domain.cases.CaseSource;
import org.qiao.domain.cases.CaseStatus;
import org.qiao.domain.cases.DisputeCase;
import org.qiao.domain.cases.DisputeCategory;
import org.qiao.domain.cases.LedgerCount;
import org.qiao.domain.cases.LedgerFilter;
import org.qiao.domain.cases.LedgerPage;
import org.qiao.domain.cases.LedgerRow;
import org.qiao.domain.cases.LedgerSort;
import org.qiao.domain.cases.Employer;
import org.qiao.domain.cases.Worker;
import org.qiao.domain.cases.WorkerGroup;
import org.qiao.domain.handoff.TrustedKey;
import org.qiao.domain.mediation.ClockEvent;
import org.qiao.domain.mediation.Consent;
import org.qiao.domain.mediation.Extension;
import org.qiao.domain.mediation.MediationEvent;
import org.qiao.domain.mediation.Resumption;
import org.qiao.domain.mediation.Suspension;
import org.qiao.domain.user.Role;
import org.qiao.domain.user.User;

/**
 * The repository behaviour every supported database must show; run once on H2 and once on PostgreSQL, each with
 * the real migrations. The database is shared by the tests of a class, so each test makes its own records.
 */
abstract class StoreContract extends DatabaseContract {

    static DisputeCase newCase(String number, int workers) {
        Employer employer = new Employer("鄂尔多斯市某某煤业有限公司" + number);
        employer.setCreditCode("91150602MA0N0000X1");
        employer.setRegionCode("150602");
        DisputeCase disputeCase = new DisputeCase(number, CaseSource.COURT_DELEGATED, "150602", "东胜区诉调对接工作室",
            LocalDate.of(2026, 3, 2), employer);
        for (int i = 0; i < workers; i++) {
            Worker worker = new Worker(i % 2 == 0 ? "巴特尔·朝鲁" + i : "王秀兰" + i);
            worker.setResidentId("15060219850101" + String.format("%03d", i) + "X");
            worker.addGroup(WorkerGroup.MIGRANT);
            disputeCase.addWorker(worker);
        }
        return disputeCase;
    }

    @Test
    void migrationsRunAndHibernateValidatesTheSchema() throws Exception {
        assertTrue(tx.call(r -> r.cases().count()) >= 0);
        assertEquals(database.isPostgres(), database.jdbcUrl().startsWith("jdbc:postgresql:"));
        int newest;
        try (Connection c = DriverManager.getConnection(openedWith.jdbcUrl(), openedWith.user(),
                openedWith.password());
             ResultSet rs = c.createStatement().executeQuery(
                 "select max(cast(\"version\" as integer)) from \"flyway_schema_history\" where \"success\"")) {
            assertTrue(rs.next());
            newest = rs.getInt(1);
        }
        assertEquals(newestMigration(), newest, "every migration on the class path has run");
    }

    /** The highest version among the migration files shipped (V&lt;n&gt;__*.sql). */
    private static int newestMigration() throws Exception {
        URL folder = StoreContract.class.getResource("/db/migration");
        assertNotNull(folder);
        try (Stream<Path> files = Files.list(Path.of(folder.toURI()))) {
            return files.map(f -> f.getFileName().toString()).filter(n -> n.matches("V\\d+__.*\\.sql"))
                .mapToInt(n -> Integer.parseInt(n.substring(1, n.indexOf("__")))).max().orElseThrow();
        }
    }

    @Test
    void aSetupStepIsClaimedOnceEvenByTwoTransactionsAtTheSameMoment() throws Exception {
        String step = unique("setup");
        CountDownLatch firstHoldsIt = new CountDownLatch(1);
        CountDownLatch secondTried = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            Future<?> first = pool.submit(() -> tx.run(r -> {
                r.users().claimSetup(step);
                firstHoldsIt.countDown();
                try {
                    // The second claim starts while this transaction still holds the row, and must wait for it.
                    secondTried.await(5, TimeUnit.SECONDS);
                    Thread.sleep(200);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }));
            assertTrue(firstHoldsIt.await(10, TimeUnit.SECONDS));
            Future<?> second = pool.submit(() -> {
                secondTried.countDown();
                tx.run(r -> r.users().claimSetup(step));
            });
            first.get(20, TimeUnit.SECONDS);
            ExecutionException failed = assertThrows(ExecutionException.class, () -> second.get(20, TimeUnit.SECONDS));
            QiaoException refused = assertInstanceOf(QiaoException.class, failed.getCause());
            assertEquals("store.constraint", refused.messageKey());
            assertEquals("uk_setup_claim", refused.args()[0]);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void savesAndFindsACaseWithEmployerTwelveWorkersAndPerWorkerClaims() {
        String number = unique("呼新工调〔2026〕");
        DisputeCase disputeCase = newCase(number, 12);
        BigDecimal expected = BigDecimal.ZERO;
        for (int i = 0; i < 12; i++) {
            Worker worker = disputeCase.getWorkers().get(i);
            BigDecimal wages = new BigDecimal("8333.33").add(BigDecimal.valueOf(i, 2));
            disputeCase.addClaim(worker, DisputeCategory.WAGES, wages);
            disputeCase.addClaim(worker, DisputeCategory.OVERTIME, new BigDecimal("0.10"));
            expected = expected.add(wages).add(new BigDecimal("0.10"));
        }
        disputeCase.setSummary("拖欠工资".repeat(3000));
        DisputeCase saved = tx.call(r -> r.cases().save(disputeCase));
        assertNotNull(saved.getId());

        DisputeCase found = tx.call(r -> r.cases().findByNumber(number)).orElseThrow();
        assertEquals(12, found.getWorkers().size());
        assertEquals("巴特尔·朝鲁0", found.getWorkers().get(0).getName());
        assertEquals("王秀兰11", found.getWorkers().get(11).getName());
        assertEquals(EnumSet.of(WorkerGroup.MIGRANT), found.getWorkers().get(3).getGroups());
        assertEquals(24, found.getClaims().size());
        assertEquals(expected, found.totalClaimed());
        assertEquals(new BigDecimal("100001.82"), found.totalClaimed());
        assertEquals(new BigDecimal("8333.43"), found.totalClaimedBy(found.getWorkers().get(0)));
        assertTrue(found.isCollective());
        assertEquals(12000, found.getSummary().length());
        assertTrue(found.getEmployer().getName().startsWith("鄂尔多斯市"));
        assertEquals(found.getId(), tx.call(r -> r.cases().findById(found.getId())).orElseThrow().getId());
    }

    @Test
    void aCaseWithNineWorkersIsNotCollectiveAndWithTenItIs() {
        DisputeCase nine = tx.call(r -> r.cases().save(newCase(unique("九"), 9)));
        DisputeCase ten = tx.call(r -> r.cases().save(newCase(unique("十"), 10)));
        assertFalse(tx.call(r -> r.cases().findById(nine.getId())).orElseThrow().isCollective());
        assertTrue(tx.call(r -> r.cases().findById(ten.getId())).orElseThrow().isCollective());
    }

    @Test
    void countsCasesByStatusIncludingStatusesWithoutCases() {
        Map<CaseStatus, Long> before = tx.call(r -> r.cases().countByStatus());
        tx.run(r -> {
            DisputeCase a = newCase(unique("状态"), 1);
            a.setStatus(CaseStatus.PERFORMING);
            r.cases().save(a);
            DisputeCase b = newCase(unique("状态"), 1);
            b.setStatus(CaseStatus.PERFORMING);
            r.cases().save(b);
        });
        Map<CaseStatus, Long> after = tx.call(r -> r.cases().countByStatus());
        assertEquals(CaseStatus.values().length, after.size());
        assertEquals(before.get(CaseStatus.PERFORMING) + 2, after.get(CaseStatus.PERFORMING));
        assertEquals(before.get(CaseStatus.WITHDRAWN), after.get(CaseStatus.WITHDRAWN));
    }

    @Test
    void aDuplicateCaseNumberIsRefusedAndNothingFromThatTransactionIsStored() {
        String number = unique("重复");
        tx.run(r -> r.cases().save(newCase(number, 1)));
        long cases = tx.call(r -> r.cases().count());
        String employerName = unique("不应保存的公司");

        QiaoException e = assertThrows(QiaoException.class, () -> tx.run(r -> {
            r.employers().save(new Employer(employerName));
            r.cases().save(newCase(number, 2));
        }));

        assertEquals("store.constraint", e.messageKey());
        assertEquals(cases, (long) tx.call(r -> r.cases().count()));
        assertTrue(tx.call(r -> r.employers().findByNamePrefix(employerName)).isEmpty());
    }

    @Test
    void anyFailureInsideTheWorkRollsBackWhatItAlreadyWroteAndIsRethrownAsIs() {
        String number = unique("回滚");
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> tx.run(r -> {
            r.cases().save(newCase(number, 3));
            throw new IllegalStateException("stop");
        }));
        assertEquals("stop", e.getMessage());
        assertTrue(tx.call(r -> r.cases().findByNumber(number)).isEmpty());
    }

    @Test
    void aStaleCopyIsRefusedAsAConflictAndTheFirstChangeIsKept() {
        long id = tx.call(r -> r.cases().save(newCase(unique("并发"), 1))).getId();
        DisputeCase first = tx.call(r -> r.cases().findById(id)).orElseThrow();
        DisputeCase second = tx.call(r -> r.cases().findById(id)).orElseThrow();

        first.setStatus(CaseStatus.IN_MEDIATION);
        tx.call(r -> r.cases().save(first));
        second.setStatus(CaseStatus.WITHDRAWN);
        QiaoException e = assertThrows(QiaoException.class, () -> tx.call(r -> r.cases().save(second)));

        assertEquals("store.conflict", e.messageKey());
        assertEquals(CaseStatus.IN_MEDIATION, tx.call(r -> r.cases().findById(id)).orElseThrow().getStatus());
    }

    @Test
    void theAuditTrailRecordsWhoWhenAndEachChangedFieldFromOldToNew() {
        currentUser.set("mediator.gerel");
        LocalDateTime before = LocalDateTime.now().minusSeconds(1);
        long id = tx.call(r -> r.cases().save(newCase(unique("审计"), 2))).getId();
        currentUser.set("supervisor.wang");
        DisputeCase loaded = tx.call(r -> r.cases().findById(id)).orElseThrow();
        loaded.setStatus(CaseStatus.ACCEPTED);
        loaded.setStudio("新城区诉调对接工作室");
        tx.call(r -> r.cases().save(loaded));
        LocalDateTime after = LocalDateTime.now().plusSeconds(1);
        currentUser.set("tester");

        List<AuditEntry> entries = tx.call(r -> r.audit().forEntity("DisputeCase", id));
        AuditEntry insert = entries.stream().filter(a -> a.action().equals("INSERT")).findFirst().orElseThrow();
        assertEquals("mediator.gerel", insert.username());
        assertTrue(insert.changes().contains("status: INTAKE"), insert.changes());
        AuditEntry update = entries.stream().filter(a -> a.action().equals("UPDATE")
            && a.username().equals("supervisor.wang")).findFirst().orElseThrow();
        assertTrue(update.changes().contains("status: INTAKE → ACCEPTED"), update.changes());
        assertTrue(update.changes().contains("studio: 东胜区诉调对接工作室 → 新城区诉调对接工作室"), update.changes());
        assertFalse(update.changes().contains("version"), update.changes());
        assertFalse(update.changes().contains("updatedAt"), update.changes());
        assertTrue(!update.at().isBefore(before) && !update.at().isAfter(after), update.at().toString());
        assertTrue(entries.stream().anyMatch(a -> a.changes().startsWith("workers: [] → [#")), entries.toString());
        assertFalse(tx.call(r -> r.audit().latest(5)).isEmpty());
    }

    @Test
    void thePasswordHashNeverAppearsInTheAuditTrail() {
        String username = unique("user");
        User user = new User(username, "乌日娜", Role.MEDIATOR);
        user.setPasswordHash("secret-hash-one");
        User saved = tx.call(r -> r.users().save(user));
        saved.setPasswordHash("secret-hash-two");
        tx.call(r -> r.users().save(saved));

        List<AuditEntry> entries = tx.call(r -> r.audit().forEntity("User", saved.getId()));
        assertEquals(2, entries.size());
        entries.forEach(a -> assertFalse(a.changes().contains("secret-hash"), a.changes()));
        assertTrue(entries.get(1).changes().contains("passwordHash: (changed)"), entries.get(1).changes());
    }

    @Test
    void replacingAYearsCalendarLeavesOtherYearsAlone() {
        tx.run(r -> r.calendar().replaceYear(2027, List.of(
            new CalendarDay(LocalDate.of(2027, 1, 1), DayKind.OFF, "元旦"),
            new CalendarDay(LocalDate.of(2027, 2, 6), DayKind.WORKDAY, "春节"))));
        tx.run(r -> r.calendar().replaceYear(2028, List.of(
            new CalendarDay(LocalDate.of(2028, 1, 1), DayKind.OFF, "元旦"))));
        tx.run(r -> r.calendar().replaceYear(2027, List.of(
            new CalendarDay(LocalDate.of(2027, 10, 1), DayKind.OFF, "国庆节"))));

        List<CalendarDay> days = tx.call(r -> r.calendar().findAll());
        assertEquals(List.of(new CalendarDay(LocalDate.of(2027, 10, 1), DayKind.OFF, "国庆节"),
            new CalendarDay(LocalDate.of(2028, 1, 1), DayKind.OFF, "元旦")), days);
        QiaoException e = assertThrows(QiaoException.class, () -> tx.run(r -> r.calendar().replaceYear(2029,
            List.of(new CalendarDay(LocalDate.of(2030, 1, 1), DayKind.OFF, "元旦")))));
        assertEquals("store.calendar.wrongYear", e.messageKey());
    }

    @Test
    void findsWorkersByResidentIdAndNamePrefixAndEmployersByCreditCode() {
        String tag = unique("额尔敦");
        Worker worker = new Worker(tag + "·巴雅尔");
        worker.setResidentId("15010219900307" + tag.hashCode() % 1000);
        Employer employer = new Employer(tag + "乳业有限公司");
        employer.setCreditCode(tag);
        tx.run(r -> {
            r.workers().save(worker);
            r.employers().save(employer);
        });

        assertEquals(1, tx.call(r -> r.workers().findByResidentId(worker.getResidentId())).size());
        assertEquals(tag + "·巴雅尔", tx.call(r -> r.workers().findByNamePrefix(tag)).get(0).getName());
        assertTrue(tx.call(r -> r.workers().findByNamePrefix(tag + "%")).isEmpty());
        assertEquals(employer.getId(), tx.call(r -> r.employers().findByCreditCode(tag)).orElseThrow().getId());
    }

    @Test
    void aNewCaseCanReferToAnEmployerAndWorkerSavedEarlier() {
        Employer employer = tx.call(r -> r.employers().save(new Employer(unique("包头市某建筑工程有限公司"))));
        Worker worker = tx.call(r -> r.workers().save(new Worker("其其格")));
        DisputeCase disputeCase = new DisputeCase(unique("复用"), CaseSource.WALK_IN, "150203", "昆都仑区工作室",
            LocalDate.of(2026, 1, 5), employer);
        disputeCase.addWorker(worker);
        disputeCase.addClaim(worker, DisputeCategory.WAGES, new BigDecimal("3200.50"));
        long id = tx.call(r -> r.cases().save(disputeCase)).getId();

        DisputeCase found = tx.call(r -> r.cases().findById(id)).orElseThrow();
        assertEquals(employer.getId(), found.getEmployer().getId());
        assertEquals(worker.getId(), found.getWorkers().get(0).getId());
    }

    @Test
    void changesToAnEmployerAndWorkerSavedEarlierAreKeptWhenANewCaseUsesThem() {
        Employer employer = tx.call(r -> r.employers().save(new Employer(unique("包头市某物流有限公司"))));
        Worker worker = tx.call(r -> r.workers().save(new Worker("巴特尔")));
        employer.setAddress("包头市昆都仑区钢铁大街 1 号");
        worker.setPhone("13904720000");
        DisputeCase disputeCase = new DisputeCase(unique("更正"), CaseSource.WALK_IN, "150203", "昆都仑区工作室",
            LocalDate.of(2026, 2, 5), employer);
        disputeCase.addWorker(worker);
        disputeCase.addClaim(worker, DisputeCategory.WAGES, new BigDecimal("1800.00"));
        long id = tx.call(r -> r.cases().save(disputeCase)).getId();

        DisputeCase found = tx.call(r -> r.cases().findById(id)).orElseThrow();
        assertEquals("包头市昆都仑区钢铁大街 1 号", found.getEmployer().getAddress());
        assertEquals("13904720000", found.getWorkers().get(0).getPhone());
        assertEquals(new BigDecimal("1800.00"), found.totalClaimedBy(found.getWorkers().get(0)));
    }

    @Test
    void aStaleCopyCannotRemoveAClaimAnotherWorkstationChanged() {
        DisputeCase withClaims = newCase(unique("请求"), 2);
        withClaims.getWorkers().forEach(w -> withClaims.addClaim(w, DisputeCategory.WAGES, new BigDecimal("500.00")));
        long id = tx.call(r -> r.cases().save(withClaims)).getId();
        DisputeCase first = tx.call(r -> r.cases().findById(id)).orElseThrow();
        DisputeCase second = tx.call(r -> r.cases().findById(id)).orElseThrow();

        first.getClaims().get(0).setAmount(new BigDecimal("999.00"));
        tx.call(r -> r.cases().save(first));
        second.removeClaim(second.getClaims().get(0));
        QiaoException e = assertThrows(QiaoException.class, () -> tx.call(r -> r.cases().save(second)));

        assertEquals("store.conflict", e.messageKey());
        DisputeCase kept = tx.call(r -> r.cases().findById(id)).orElseThrow();
        assertEquals(2, kept.getClaims().size());
        assertEquals(new BigDecimal("999.00"), kept.getClaims().get(0).getAmount());
    }

    @Test
    void theSearchBoxFindsACaseByTheReferringCourtsNumber() {
        DisputeCase referred = newCase(unique("委派"), 1);
        String courtNumber = "(2026)内0102民诉前调" + SERIAL.incrementAndGet() + "号";
        referred.setCourtName("呼和浩特市新城区人民法院");
        referred.setCourtCaseNumber(courtNumber);
        String number = tx.call(r -> r.cases().save(referred)).getCaseNumber();
        assertEquals(List.of(number), tx.call(r -> r.ledger().find(courtNumber, Set.of(), 10)).stream()
            .map(LedgerRow::caseNumber).toList());
    }

    @Test
    void usersAreListedByUsernameAndCountedByRole() {
        String prefix = unique("u");
        Map<Role, Long> before = tx.call(r -> r.users().countByRole());
        tx.run(r -> {
            r.users().save(new User(prefix + "b", "李律师", Role.LAWYER));
            r.users().save(new User(prefix + "a", "张管理员", Role.ADMINISTRATOR));
        });
        List<String> names = tx.call(r -> r.users().findAll()).stream().map(User::getUsername)
            .filter(n -> n.startsWith(prefix)).toList();
        assertEquals(List.of(prefix + "a", prefix + "b"), names);
        assertEquals(before.get(Role.LAWYER) + 1, tx.call(r -> r.users().countByRole()).get(Role.LAWYER));
        assertTrue(tx.call(r -> r.users().findByUsername(prefix + "a")).isPresent());
    }

    @Test
    void pagesListTheNewestReceivedCasesFirst() {
        DisputeCase older = newCase(unique("旧"), 1);
        older.setReceivedDate(LocalDate.of(2099, 1, 1));
        DisputeCase newer = newCase(unique("新"), 1);
        newer.setReceivedDate(LocalDate.of(2099, 1, 2));
        tx.run(r -> {
            r.cases().save(older);
            r.cases().save(newer);
        });
        List<DisputeCase> page = tx.call(r -> r.cases().page(0, 2));
        assertEquals(List.of(newer.getCaseNumber(), older.getCaseNumber()),
            page.stream().map(DisputeCase::getCaseNumber).toList());
        assertEquals(1, page.get(0).getWorkers().size());
    }

    // ---- case ledger and bulk loading ----

    /** Loads {@code count} cases of one employer and one worker each through the bulk loader; returns the numbers. */
    private List<String> bulkLoad(String tag, int count, String residentPrefix, CaseStatus status, String region) {
        return tx.call(r -> {
            CaseBulkLoader loader = r.bulkLoader();
            CaseBulkLoader.NextIds ids = loader.nextIds();
            List<CaseBulkLoader.NewEmployer> employers = List.of(new CaseBulkLoader.NewEmployer(ids.employer(),
                "包头市" + tag + "稀土有限公司", "91150200MA0" + tag.substring(0, 7), "李某", "包头市昆都仑区", "0472-5000000",
                "有色金属冶炼", region));
            List<CaseBulkLoader.NewWorker> workers = new java.util.ArrayList<>();
            List<CaseBulkLoader.NewCase> cases = new java.util.ArrayList<>();
            List<String> numbers = new java.util.ArrayList<>();
            for (int i = 0; i < count; i++) {
                long workerId = ids.worker() + i;
                workers.add(new CaseBulkLoader.NewWorker(workerId, "斯琴·" + tag + i,
                    residentPrefix + String.format("%04d", i), "139" + tag.substring(0, 4) + String.format("%04d", i),
                    "包头市", EnumSet.of(WorkerGroup.PLATFORM)));
                String number = "包昆工调〔2026〕" + tag + i + "号";
                numbers.add(number);
                cases.add(new CaseBulkLoader.NewCase(ids.disputeCase() + i, number, status, CaseSource.ONLINE, region,
                    "昆都仑区工作室", LocalDate.of(2026, 1, 1).plusDays(i), "bulk", ids.employer(), null,
                    List.of(workerId), List.of(new CaseBulkLoader.NewClaim(ids.claim() + i, workerId,
                        DisputeCategory.REST_AND_LEAVE, new BigDecimal("100.05").add(BigDecimal.valueOf(i)), null))));
            }
            loader.insert(new CaseBulkLoader.Batch(employers, workers, cases));
            return numbers;
        });
    }

    private static String tag() {
        return String.format("%07d", Math.floorMod(System.nanoTime(), 10_000_000L));
    }

    @Test
    void bulkLoadedCasesReadBackThroughTheRepositoriesAndIdentitiesStillWork() {
        String tag = tag();
        List<String> numbers = bulkLoad(tag, 3, "15020319900101", CaseStatus.ACCEPTED, "150203");
        DisputeCase loaded = tx.call(r -> r.cases().findByNumber(numbers.get(2))).orElseThrow();
        assertEquals("斯琴·" + tag + "2", loaded.getWorkers().get(0).getName());
        assertEquals(EnumSet.of(WorkerGroup.PLATFORM), loaded.getWorkers().get(0).getGroups());
        assertEquals(new BigDecimal("102.05"), loaded.totalClaimed());
        assertEquals(LocalDate.of(2026, 1, 3), loaded.getReceivedDate());
        // One audit entry for the batch, not one per row.
        assertTrue(tx.call(r -> r.audit().latest(5)).stream().anyMatch(e -> e.action().equals("BULK")));

        DisputeCase next = tx.call(r -> r.cases().save(newCase(unique("呼新工调〔2026〕"), 1)));
        assertTrue(next.getId() > loaded.getId(), "a normal insert after a bulk load gets a fresh id");
        assertTrue(next.getEmployer().getId() > loaded.getEmployer().getId());
    }

    @Test
    void theSearchBoxFindsByNumberWorkerNameIdPhoneAndEmployerNameCodeWithIdsMasked() {
        String tag = tag();
        List<String> numbers = bulkLoad(tag, 3, "15020319900202", CaseStatus.IN_MEDIATION, "150203");
        String id = "15020319900202" + "0001";
        List<LedgerRow> byId = tx.call(r -> r.ledger().find(id, Set.of(), 10));
        assertEquals(List.of(numbers.get(1)), byId.stream().map(LedgerRow::caseNumber).toList());
        LedgerRow row = byId.get(0);
        assertEquals("1502**********0001", row.firstWorkerIdMasked());
        assertEquals(1, row.workerCount());
        assertEquals(new BigDecimal("101.05"), row.claimed());
        assertEquals(CaseStatus.IN_MEDIATION, row.status());

        assertEquals(numbers.get(0), tx.call(r -> r.ledger().find(numbers.get(0), Set.of(), 5)).get(0).caseNumber());
        // In name order (斯琴·…0, 斯琴·…1, 斯琴·…2); a name typed with another dot still finds the middle-dot name.
        assertEquals(numbers,
            tx.call(r -> r.ledger().find("斯琴•" + tag, Set.of(), 10)).stream().map(LedgerRow::caseNumber).toList());
        assertEquals(3, tx.call(r -> r.ledger().find("包头市" + tag, Set.of(), 10)).size());
        assertEquals(3, tx.call(r -> r.ledger().find(("91150200MA0" + tag.substring(0, 7)).toLowerCase(), Set.of(),
            10)).size());
        assertEquals(1, tx.call(r -> r.ledger().find("139" + tag.substring(0, 4) + "0002", Set.of(), 10)).size());
        assertTrue(tx.call(r -> r.ledger().find("斯琴·" + tag, Set.of(CaseStatus.CLOSED), 10)).isEmpty());
        assertEquals(numbers.subList(0, 2), tx.call(r -> r.ledger().find("斯琴·" + tag,
            Set.of(CaseStatus.IN_MEDIATION, CaseStatus.ACCEPTED), 2)).stream().map(LedgerRow::caseNumber).toList(),
            "a status filter still fills the page, in name order");
    }

    @Test
    void theDeadlineOrderIsRefusedWithoutADeadlineCondition() {
        LedgerSort byDue = LedgerSort.by(LedgerSort.Column.MEDIATION_DUE, false);
        assertThrows(IllegalArgumentException.class, () -> tx.call(r -> r.ledger().page(LedgerFilter.ALL, byDue, 0,
            10)));
        assertTrue(tx.call(r -> r.ledger().page(LedgerFilter.ALL.withDue(null, LocalDate.of(2999, 12, 31)), byDue, 0,
            500)).rows().stream().allMatch(row -> row.mediationDue() != null));
    }

    @Test
    void keysetPagesFollowEverySortOrderAcrossTiesWithoutGapsOrRepeats() {
        String tag = tag();
        bulkLoad(tag, 5, "15020619900505", CaseStatus.ACCEPTED, "150206");
        List<LedgerFilter> filters = List.of(LedgerFilter.ALL, LedgerFilter.ALL.withStatuses(Set.of(
            CaseStatus.ACCEPTED)), LedgerFilter.ALL.withQuery("斯琴·" + tag));
        for (LedgerFilter any : filters) {
            for (LedgerSort.Column column : LedgerSort.Column.values()) {
                // The deadline order needs a deadline condition (it leaves out cases without one).
                LedgerFilter filter = column == LedgerSort.Column.MEDIATION_DUE
                    ? any.withDue(null, LocalDate.of(2999, 12, 31)) : any;
                for (boolean descending : new boolean[] {false, true}) {
                    LedgerSort sort = LedgerSort.by(column, descending);
                    List<LedgerRow> expected = tx.call(r -> r.ledger().page(filter, sort, 0, 500)).rows();
                    List<LedgerRow> walked = new java.util.ArrayList<>();
                    List<LedgerRow> next;
                    do {
                        LedgerRow last = walked.isEmpty() ? null : walked.get(walked.size() - 1);
                        next = tx.call(r -> r.ledger().after(filter, sort, last, 2));
                        walked.addAll(next);
                    } while (next.size() == 2);
                    assertEquals(expected, walked, sort + " " + filter);
                }
            }
        }
    }

    @Test
    void theLedgerFiltersByLeagueCountyStatusGroupAndCategoryNewestFirst() {
        String tag = tag();
        List<String> numbers = bulkLoad(tag, 4, "15020519900303", CaseStatus.PERFORMING, "150205");
        LedgerFilter mine = LedgerFilter.ALL.withQuery("斯琴·" + tag);
        LedgerPage league = tx.call(r -> r.ledger().page(mine.withRegion("150200")
            .withStatuses(Set.of(CaseStatus.PERFORMING)), LedgerSort.NEWEST_FIRST, 1, 2));
        assertEquals(List.of(numbers.get(2), numbers.get(1)),
            league.rows().stream().map(LedgerRow::caseNumber).toList());
        assertTrue(league.hasMore());
        assertEquals(new LedgerCount(4, true), tx.call(r -> r.ledger().count(mine.withRegion("150200")
            .withStatuses(Set.of(CaseStatus.PERFORMING)), 100)));
        assertEquals(new LedgerCount(3, false), tx.call(r -> r.ledger().count(mine, 3)), "capped: at least 3");
        assertTrue(tx.call(r -> r.ledger().page(mine.withRegion("150203"), LedgerSort.NEWEST_FIRST, 0, 10)).rows()
            .isEmpty());
        assertEquals(4L, tx.call(r -> r.ledger().count(mine.withWorkerGroup(WorkerGroup.PLATFORM)
            .withCategory(DisputeCategory.REST_AND_LEAVE).withRegion("150205"), 100)).matches());
        assertEquals(0L, tx.call(r -> r.ledger().count(mine.withWorkerGroup(WorkerGroup.HARDSHIP), 100)).matches());
        LedgerPage byAmount = tx.call(r -> r.ledger().page(mine, LedgerSort.by(LedgerSort.Column.AMOUNT_CLAIMED,
            false), 0, 10));
        assertEquals(numbers, byAmount.rows().stream().map(LedgerRow::caseNumber).toList());
        LedgerPage window = tx.call(r -> r.ledger().page(LedgerFilter.ALL.withSources(Set.of(CaseSource.ONLINE))
            .withReceived(LocalDate.of(2026, 1, 2), LocalDate.of(2026, 1, 3)).withRegion("150205"),
            LedgerSort.NEWEST_FIRST, 0, 50));
        assertTrue(window.rows().stream().map(LedgerRow::caseNumber).toList()
            .containsAll(List.of(numbers.get(1), numbers.get(2))));
    }

    @Test
    void theLedgerFiltersByMediationDeadlineBothEndsInclusiveAndSkipsCasesWithoutOne() {
        String prefix = unique("限期");
        List<String> numbers = new java.util.ArrayList<>();
        for (int i = 0; i < 4; i++) {
            DisputeCase due = newCase(prefix + "-" + i, 1);
            // Deadlines 2030-05-10, -11, -12 and none at all.
            due.setMediationDueDate(i < 3 ? LocalDate.of(2030, 5, 10 + i) : null);
            numbers.add(tx.call(r -> r.cases().save(due)).getCaseNumber());
        }
        LedgerFilter mine = LedgerFilter.ALL.withQuery(prefix);
        assertEquals(4, tx.call(r -> r.ledger().count(mine, 10)).matches());
        LedgerPage upTo11 = tx.call(r -> r.ledger().page(mine.withDue(null, LocalDate.of(2030, 5, 11)),
            LedgerSort.by(LedgerSort.Column.CASE_NUMBER, false), 0, 10));
        assertEquals(List.of(numbers.get(0), numbers.get(1)), upTo11.rows().stream().map(LedgerRow::caseNumber)
            .toList());
        LedgerPage from11To12 = tx.call(r -> r.ledger().page(mine.withDue(LocalDate.of(2030, 5, 11),
            LocalDate.of(2030, 5, 12)), LedgerSort.by(LedgerSort.Column.CASE_NUMBER, false), 0, 10));
        assertEquals(List.of(numbers.get(1), numbers.get(2)), from11To12.rows().stream().map(LedgerRow::caseNumber)
            .toList());
        assertEquals(0L, tx.call(r -> r.ledger().count(LedgerFilter.ALL.withDue(LocalDate.of(2030, 5, 13),
            null).withQuery(prefix), 100)).matches());
    }

    @Test
    void aLoadWithDeferredIndexesBuildsThemAgainAndKeepsTheDataFindable() {
        long before = indexCount();
        long constraintsBefore = constraintCount();
        CaseBulkLoader.LoadSettings load = tx.call(r -> r.bulkLoader().beginLoad(true));
        assertTrue(load.indexesDeferred());
        // Foreign keys and the case numbers' unique constraint are left out on H2 only.
        assertEquals(!database.isPostgres(), load.constraintsDeferred());
        int constraints = load.constraintsDeferred() ? CaseBulkLoader.DEFERRABLE_CONSTRAINTS.size() : 0;
        assertEquals(before - CaseBulkLoader.DEFERRABLE_INDEXES.size(), indexCount(), "the search indexes are out");
        assertEquals(constraintsBefore - constraints, constraintCount(), "so are the constraints on H2");
        assertTrue(deferredRecords() >= CaseBulkLoader.DEFERRABLE_INDEXES.size() + constraints,
            "and recorded with definitions");
        String tag = tag();
        List<String> numbers;
        try {
            numbers = bulkLoad(tag, 3, "15020419900404", CaseStatus.ACCEPTED, "150204");
        } finally {
            tx.run(r -> r.bulkLoader().endLoad(load));
        }
        assertEquals(before, indexCount(), "every index is built again");
        assertEquals(constraintsBefore, constraintCount(), "every constraint is back");
        assertEquals(0, deferredRecords());
        assertEquals(numbers,
            tx.call(r -> r.ledger().find("斯琴·" + tag, Set.of(), 10)).stream().map(LedgerRow::caseNumber).toList());
        assertEquals(1, tx.call(r -> r.ledger().find("15020419900404" + "0001", Set.of(), 10)).size());
        // Identities continue after the loaded ids.
        DisputeCase loaded = tx.call(r -> r.cases().findByNumber(numbers.get(2))).orElseThrow();
        DisputeCase next = tx.call(r -> r.cases().save(newCase(unique("呼新工调〔2026〕"), 1)));
        assertTrue(next.getId() > loaded.getId());
        // The unique constraint is enforced again.
        QiaoException duplicate = assertThrows(QiaoException.class,
            () -> tx.call(r -> r.cases().save(newCase(numbers.get(0), 1))));
        assertEquals("store.constraint", duplicate.messageKey());
    }

    @Test
    void indexesLeftOutByAnInterruptedLoadAreBuiltAtTheNextOpen() throws Exception {
        long before = indexCount();
        long constraintsBefore = constraintCount();
        tx.call(r -> r.bulkLoader().beginLoad(true));
        bulkLoad(tag(), 2, "15020419900505", CaseStatus.INTAKE, "150204");
        // The process dies here: no endLoad. Opening the database again repairs it.
        database.close();
        database = Database.open(openedWith, currentUser::get);
        tx = database.transactions();
        assertEquals(before, indexCount());
        assertEquals(constraintsBefore, constraintCount());
        assertEquals(0, deferredRecords());
    }

    private long indexCount() {
        return tx.call(r -> r.bulkLoader().countExisting(CaseBulkLoader.DEFERRABLE_INDEXES,
            CaseBulkLoader.Deferred.INDEX));
    }

    private long constraintCount() {
        return tx.call(r -> r.bulkLoader().countConstraints());
    }

    @Test
    void aCasesMediationEventsRoundTripInTheOrderRecorded() {
        long caseId = tx.call(r -> r.cases().save(newCase(unique("期限"), 1))).getId();
        List<ClockEvent> recorded = List.of(
            Extension.newPeriod(LocalDate.of(2026, 3, 20), 20, Set.of(Consent.REFERRING_COURT), "法院同意延长"),
            new Suspension(LocalDate.of(2026, 3, 25), "等待劳动能力鉴定"),
            Extension.addingDays(LocalDate.of(2026, 3, 26), 5, Set.of(Consent.WORKER, Consent.EMPLOYER), "双方同意"),
            new Resumption(LocalDate.of(2026, 4, 2)));
        LocalDateTime at = LocalDateTime.of(2026, 4, 2, 16, 45, 12);
        tx.run(r -> recorded.forEach(e -> r.mediationEvents().record(new MediationEvent(caseId, e, "mediator", at))));

        List<MediationEvent> read = tx.call(r -> r.mediationEvents().ofCase(caseId));
        assertEquals(recorded, read.stream().map(MediationEvent::toClockEvent).toList());
        assertEquals(at, read.get(3).getRecordedAt());
        assertEquals("mediator", read.get(3).getRecordedBy());
        assertTrue(tx.call(r -> r.mediationEvents().ofCase(caseId + 1_000_000)).isEmpty());
    }

    @Test
    void anExtensionRowWithoutDaysBreaksItsCheckConstraint() throws Exception {
        long caseId = tx.call(r -> r.cases().save(newCase(unique("期限约束"), 1))).getId();
        try (Connection c = DriverManager.getConnection(openedWith.jdbcUrl(), openedWith.user(),
                openedWith.password())) {
            SQLException e = assertThrows(SQLException.class, () -> c.createStatement().executeUpdate(
                "insert into mediation_event (case_id, kind, event_date, consent_worker, consent_employer, "
                    + "consent_court, reason, recorded_by, recorded_at) values (" + caseId + ", 'EXTENSION', "
                    + "date '2026-03-20', true, true, false, 'x', 'mediator', timestamp '2026-03-20 10:00:00')"));
            assertTrue(e.getMessage().toLowerCase(Locale.ROOT).contains("ck_mediation_event_extension"),
                e.getMessage());
        }
    }

    @Test
    void aRetiredTrustedKeyKeepsWhoRetiredItAndARetirementWithoutWhoBreaksItsCheck() throws Exception {
        String fingerprint = String.format("%064x", System.nanoTime());
        LocalDateTime trusted = LocalDateTime.of(2026, 3, 2, 9, 30);
        long id = tx.call(r -> r.handoffs().save(new TrustedKey("鄂尔多斯市东胜区人民法院", "MCow", fingerprint, trusted,
            "admin"))).getId();
        tx.run(r -> r.handoffs().trustedKey(fingerprint).orElseThrow().retire(trusted.plusDays(1), "admin2"));

        TrustedKey read = tx.call(r -> r.handoffs().trustedKey(fingerprint)).orElseThrow();
        assertFalse(read.isInForce());
        assertEquals(trusted.plusDays(1), read.getRetiredAt());
        assertEquals("admin2", read.getRetiredBy());
        assertTrue(tx.call(r -> r.handoffs().trustedKeys()).stream().anyMatch(k -> k.getId() == id));
        try (Connection c = DriverManager.getConnection(openedWith.jdbcUrl(), openedWith.user(),
                openedWith.password())) {
            SQLException e = assertThrows(SQLException.class, () -> c.createStatement().executeUpdate(
                "update trusted_key set retired_by = null where id = " + id));
            assertTrue(e.getMessage().toLowerCase(Locale.ROOT).contains("ck_trusted_key_retired"), e.getMessage());
        }
    }

    private long deferredRecords() {
        return tx.call(r -> r.bulkLoader().countDeferred());
    }
}
