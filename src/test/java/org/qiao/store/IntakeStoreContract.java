// SPDX-License-Identifier: AGPL-3.0-or-later
package org.qiao.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.qiao.Concurrently;
import org.qiao.domain.cases.CaseNumberPattern;
import org.qiao.domain.cases.CaseStatus;
import org.qiao.domain.cases.CaseStatusChange;
import org.qiao.domain.cases.DisputeCase;
import org.qiao.domain.cases.Evidence;
import org.qiao.domain.cases.Studio;

/** The intake tables of V2 on every supported database, each with the real migrations. */
abstract class IntakeStoreContract extends DatabaseContract {

    private long newStudio() {
        return tx.call(r -> r.studios().save(new Studio(unique("工作室"), "150602",
            CaseNumberPattern.parse("东工调〔{year}〕{seq:4}号")))).getId();
    }

    @Test
    void theMigrationCreatesTheDefaultStudioWithItsPattern() {
        Studio studio = tx.call(r -> r.studios().findDefault()).orElseThrow();
        assertEquals(Studio.DEFAULT_NAME, studio.getName());
        assertEquals("工调〔2026〕0001号", studio.getNumberPattern().format(2026, 1));
    }

    @Test
    void aStudioKeepsItsTelephoneUntilClearedAndTheAuditTrailSaysWhoChangedIt() {
        long id = newStudio();
        assertEquals(null, tx.call(r -> r.studios().findById(id)).orElseThrow().getPhone(), "none at first");
        currentUser.set("admin.sarnai");
        tx.run(r -> r.studios().findById(id).orElseThrow().setPhone("+86 (477) 856-1234"));
        currentUser.set("tester");
        assertEquals("+86 (477) 856-1234", tx.call(r -> r.studios().findById(id)).orElseThrow().getPhone());
        assertTrue(tx.call(r -> r.audit().forEntity("Studio", id)).stream().anyMatch(a -> a.action().equals("UPDATE")
            && a.username().equals("admin.sarnai") && a.changes().contains("phone: ")), "audited");
        tx.run(r -> r.studios().findById(id).orElseThrow().setPhone(null));
        assertEquals(null, tx.call(r -> r.studios().findById(id)).orElseThrow().getPhone());
    }

    @Test
    void aPlainJdbcInsertNamingOnlyTheV1ColumnsStillWorks() throws Exception {
        try (Connection c = DriverManager.getConnection(openedWith.jdbcUrl(), openedWith.user(),
            openedWith.password())) {
            Statement s = c.createStatement();
            s.executeUpdate("insert into employer (version, created_at, updated_at, name) "
                + "values (0, current_timestamp, current_timestamp, 'JDBC公司')", Statement.RETURN_GENERATED_KEYS);
            long employer = key(s);
            s.executeUpdate("insert into worker (version, created_at, updated_at, name) "
                + "values (0, current_timestamp, current_timestamp, 'JDBC工人')", Statement.RETURN_GENERATED_KEYS);
            long worker = key(s);
            String number = unique("JDBC");
            try (PreparedStatement p = c.prepareStatement("insert into dispute_case (version, created_at, updated_at,"
                + " case_number, status, source, region_code, studio, received_date, employer_id) values "
                + "(0, current_timestamp, current_timestamp, ?, 'INTAKE', 'WALK_IN', '150602', 'x', "
                + "current_date, ?)", Statement.RETURN_GENERATED_KEYS)) {
                p.setString(1, number);
                p.setLong(2, employer);
                p.executeUpdate();
                long caseId = key(p);
                s.executeUpdate("insert into case_worker (case_id, worker_id, worker_order) values (" + caseId + ", "
                    + worker + ", 0)");
                s.executeUpdate("insert into claim (version, created_at, updated_at, case_id, worker_id, category, "
                    + "amount) values (0, current_timestamp, current_timestamp, " + caseId + ", " + worker
                    + ", 'WAGES', 1.00)");
            }
            DisputeCase found = tx.call(r -> r.cases().findByNumber(number)).orElseThrow();
            assertFalse(found.isOngoingEmployment());
            assertFalse(found.isWantsLegalAid());
            assertEquals(Set.of(), tx.call(r -> r.intake().representativeIds(found.getId())));
        }
    }

    private static long key(Statement statement) throws Exception {
        try (ResultSet keys = statement.getGeneratedKeys()) {
            assertTrue(keys.next());
            return keys.getLong(1);
        }
    }

    @Test
    void theCounterNumbersOneByOneAndARolledBackNumberIsGivenBack() {
        long studio = newStudio();
        tx.run(r -> r.studios().ensureCounter(studio, 2026));
        tx.run(r -> r.studios().ensureCounter(studio, 2026));
        assertEquals(1L, (long) tx.call(r -> r.studios().nextSequence(studio, 2026)));
        assertThrows(IllegalStateException.class, () -> tx.run(r -> {
            r.studios().nextSequence(studio, 2026);
            throw new IllegalStateException("rolled back");
        }));
        assertEquals(2L, (long) tx.call(r -> r.studios().nextSequence(studio, 2026)));
        assertEquals(0L, (long) tx.call(r -> r.studios().lastSequence(studio, 2027)));
    }

    @Test
    void concurrentTransactionsNeverGetTheSameNumber() throws Exception {
        long studio = newStudio();
        tx.run(r -> r.studios().ensureCounter(studio, 2026));
        int threads = 3;
        int each = 5;
        List<Long> numbers = Concurrently.collect(threads, each, () -> tx.call(r -> {
            long n = r.studios().nextSequence(studio, 2026);
            sleep(5); // hold the lock a little, as a registration does
            return n;
        }));
        List<Long> sorted = numbers.stream().sorted().toList();
        assertEquals(java.util.stream.LongStream.rangeClosed(1, threads * each).boxed().toList(), sorted);
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Test
    void keepsRepresentativesStatusHistoryAndEvidenceOfACase() {
        DisputeCase saved = tx.call(r -> r.cases().save(StoreContract.newCase(unique("代表"), 10)));
        long caseId = saved.getId();
        List<Long> workerIds = saved.getWorkers().stream().map(w -> w.getId()).limit(3).toList();
        tx.run(r -> r.intake().markRepresentatives(caseId, workerIds));
        assertEquals(Set.copyOf(workerIds), tx.call(r -> r.intake().representativeIds(caseId)));

        LocalDateTime at = LocalDateTime.of(2026, 3, 2, 9, 30);
        tx.run(r -> {
            r.intake().record(new CaseStatusChange(caseId, null, CaseStatus.INTAKE, at, "mediator", null));
            r.intake().record(new CaseStatusChange(caseId, CaseStatus.INTAKE, CaseStatus.NOT_ACCEPTED,
                at.plusHours(1), "mediator", "不属于劳动争议"));
        });
        List<CaseStatusChange> history = tx.call(r -> r.intake().statusHistory(caseId));
        assertEquals(2, history.size());
        assertEquals(CaseStatus.NOT_ACCEPTED, history.get(1).getToStatus());
        assertEquals("不属于劳动争议", history.get(1).getReason());

        String hash = "a".repeat(64);
        long evidenceId = tx.call(r -> r.intake().save(new Evidence(caseId, "工资条.pdf", "application/pdf", 1234,
            hash, hash, at, "mediator"))).getId();
        Evidence evidence = tx.call(r -> r.intake().findEvidence(evidenceId)).orElseThrow();
        assertEquals(1234, evidence.getSizeBytes());
        assertEquals(1, tx.call(r -> r.intake().evidenceOf(caseId)).size());
    }

    @Test
    void aCaseKeepsItsIntakeFields() {
        DisputeCase disputeCase = StoreContract.newCase(unique("字段"), 1);
        disputeCase.setCourtName("东胜区人民法院");
        disputeCase.setCourtCaseNumber("（2026）内0602诉前调123号");
        disputeCase.setFactsDate(LocalDate.of(2025, 6, 30));
        disputeCase.setOngoingEmployment(true);
        disputeCase.setMediationDueDate(LocalDate.of(2026, 4, 1));
        disputeCase.addClaim(disputeCase.getWorkers().get(0), org.qiao.domain.cases.DisputeCategory.WAGES,
            new java.math.BigDecimal("100.00")).setPeriod(LocalDate.of(2025, 1, 1), LocalDate.of(2025, 6, 30));
        long id = tx.call(r -> r.cases().save(disputeCase)).getId();
        DisputeCase found = tx.call(r -> r.cases().findById(id)).orElseThrow();
        assertEquals("（2026）内0602诉前调123号", found.getCourtCaseNumber());
        assertTrue(found.isOngoingEmployment());
        assertEquals(LocalDate.of(2026, 4, 1), found.getMediationDueDate());
        assertEquals(LocalDate.of(2025, 6, 30), found.getClaims().get(0).getPeriodTo());
    }

    @Test
    void findsOpenCasesByResidentIdEmployerNameAndSimilarWorker() {
        DisputeCase saved = tx.call(r -> r.cases().save(StoreContract.newCase(unique("冲突"), 2)));
        String id = saved.getWorkers().get(0).getResidentId();
        assertTrue(tx.call(r -> r.intake().openCasesWithResidentIds(List.of(id))).stream()
            .anyMatch(m -> m.caseId() == saved.getId()));
        String core = saved.getEmployer().getName().replace("有限公司", "");
        assertTrue(tx.call(r -> r.intake().openCasesOfEmployer(null, null, core + "东胜")).stream()
            .anyMatch(m -> m.caseId() == saved.getId()));
        String birth = id.substring(6, 14);
        assertTrue(tx.call(r -> r.intake().openCasesWithSimilarWorker("巴特尔朝鲁0", "巴特尔朝鲁0", birth,
            "000000000000000000")).stream().anyMatch(m -> m.caseId() == saved.getId()));
    }

    @Test
    void aDraftIsSavedReplacedReadAndDiscarded() {
        String owner = unique("owner");
        LocalDateTime at = LocalDateTime.of(2026, 3, 2, 10, 0);
        tx.run(r -> r.drafts().save(owner, "{\"a\":1}", at));
        tx.run(r -> r.drafts().save(owner, "{\"a\":2}", at.plusMinutes(1)));
        DraftRepository.StoredDraft draft = tx.call(r -> r.drafts().find(owner)).orElseThrow();
        assertEquals("{\"a\":2}", draft.content());
        assertEquals(at.plusMinutes(1), draft.updatedAt());
        boolean deleted = tx.call(r -> r.drafts().delete(owner));
        assertTrue(deleted);
        assertTrue(tx.call(r -> r.drafts().find(owner)).isEmpty());
    }
}
