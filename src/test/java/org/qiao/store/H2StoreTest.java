// SPDX-License-Identifier: AGPL-3.0-or-later
package org.qiao.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.qiao.domain.QiaoException;
import org.qiao.domain.cases.CaseSource;
import org.qiao.domain.cases.CaseStatus;
import org.qiao.domain.cases.DisputeCategory;

/** The repository contract on the embedded H2 file database, plus what only the embedded database has. */
class H2StoreTest extends StoreContract {

    private Path dataDir;
    private DatabaseConfig config;

    @Override
    protected DatabaseConfig start() throws IOException {
        dataDir = Files.createTempDirectory("qiao-h2-");
        config = DatabaseConfig.embedded(dataDir);
        return config;
    }

    @Override
    protected void stop() {
        // the temporary directory is left to the OS
    }

    @Test
    void theEmbeddedDatabaseWritesEveryCommitThrough() throws Exception {
        assertTrue(config.jdbcUrl().contains(";WRITE_DELAY=0"), config.jdbcUrl());
        try (Connection connection = DriverManager.getConnection(config.jdbcUrl(), config.user(), config.password());
             ResultSet rs = connection.createStatement().executeQuery(
                 "select setting_value from information_schema.settings where setting_name = 'WRITE_DELAY'")) {
            assertTrue(rs.next());
            assertEquals("0", rs.getString(1));
        }
    }

    @Test
    void aSecondProcessOnTheSameFileIsToldInWordsAndTheFileStillOpens() throws Exception {
        Path stdout = Files.createTempFile("qiao-second-", ".out");
        Path stderr = Files.createTempFile("qiao-second-", ".err");
        Process process = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
            "-Dfile.encoding=UTF-8", "-cp", System.getProperty("java.class.path"),
            SecondWindowMain.class.getName(), dataDir.toString())
            .redirectOutput(stdout.toFile())
            .redirectError(stderr.toFile())
            .start();
        assertTrue(process.waitFor(60, TimeUnit.SECONDS), "the second process hangs");
        String out = Files.readString(stdout, StandardCharsets.UTF_8);
        String err = Files.readString(stderr, StandardCharsets.UTF_8);

        assertEquals(SecondWindowMain.REFUSED, process.exitValue(), out + err);
        assertTrue(out.contains("store.locked"), out);
        assertTrue(out.contains("in use by another Qiao window"), out);
        assertTrue(out.contains(dataDir.resolve("qiao").toString()), out);
        assertFalse((out + err).contains("Exception"), out + err);
        assertFalse((out + err).contains("\tat "), out + err);
        // This process still works, and so does the file after it is closed.
        assertTrue(tx.call(r -> r.cases().count()) >= 0);
    }

    @Test
    void aCommittedCaseSurvivesAProcessThatDiesWithoutClosing() throws Exception {
        Path crashDir = dataDir.resolveSibling(dataDir.getFileName() + "-crash");
        Process process = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
            "-cp", System.getProperty("java.class.path"), SecondWindowMain.class.getName(), crashDir.toString(),
            "崩溃-0001")
            .redirectErrorStream(true)
            .redirectOutput(ProcessBuilder.Redirect.DISCARD)
            .start();
        assertTrue(process.waitFor(60, TimeUnit.SECONDS));
        assertEquals(SecondWindowMain.CRASHED, process.exitValue());

        try (Database reopened = Database.open(DatabaseConfig.embedded(crashDir), () -> "after")) {
            assertTrue(reopened.transactions().call(r -> r.cases().findByNumber("崩溃-0001")).isPresent());
        }
    }

    @Test
    void aLoadThatLeftRowsWithoutTheirWorkerIsRefusedAtItsEndAndFinishesOnceTheyAreGone() throws Exception {
        CaseBulkLoader.LoadSettings load = tx.call(r -> r.bulkLoader().beginLoad(true));
        long missingWorker = tx.call(r -> r.bulkLoader().nextIds()).worker() + 1_000_000;
        tx.run(r -> {
            CaseBulkLoader.NextIds ids = r.bulkLoader().nextIds();
            CaseBulkLoader.NewEmployer employer = new CaseBulkLoader.NewEmployer(ids.employer(), "包头市孤儿测试有限公司",
                null, null, null, null, null, "150204");
            CaseBulkLoader.NewCase orphan = new CaseBulkLoader.NewCase(ids.disputeCase(), unique("孤〔2026〕"),
                CaseStatus.INTAKE, CaseSource.WALK_IN, "150204", "昆都仑区工作室", LocalDate.of(2026, 1, 5), null,
                ids.employer(), null, List.of(missingWorker), List.of(new CaseBulkLoader.NewClaim(ids.claim(),
                    missingWorker, DisputeCategory.WAGES, new BigDecimal("100.00"), null)));
            r.bulkLoader().insert(new CaseBulkLoader.Batch(List.of(employer), List.of(), List.of(orphan)));
        });
        QiaoException refused = assertThrows(QiaoException.class, () -> tx.run(r -> r.bulkLoader().endLoad(load)));
        assertEquals("store.failure", refused.messageKey());
        assertTrue(String.valueOf(refused.args()[0]).contains("_WORKER"), String.valueOf(refused.args()[0]));
        assertTrue(tx.call(r -> r.bulkLoader().countDeferred()) > 0, "what is not back stays recorded");

        try (Connection connection = DriverManager.getConnection(config.jdbcUrl(), config.user(), config.password());
             Statement statement = connection.createStatement()) {
            statement.executeUpdate("delete from claim where worker_id = " + missingWorker);
            statement.executeUpdate("delete from case_worker where worker_id = " + missingWorker);
        }
        tx.run(r -> r.bulkLoader().endLoad(load));
        assertEquals((long) CaseBulkLoader.DEFERRABLE_CONSTRAINTS.size(),
            (long) tx.call(r -> r.bulkLoader().countConstraints()));
        assertEquals(0L, (long) tx.call(r -> r.bulkLoader().countDeferred()));
    }

    @Test
    void theFileOpensAgainAfterClose() {
        Path other = dataDir.resolveSibling(dataDir.getFileName() + "-reopen");
        DatabaseConfig reopen = DatabaseConfig.embedded(other);
        try (Database first = Database.open(reopen, () -> "a")) {
            first.transactions().run(r -> r.cases().save(newCase("重开-1", 1)));
        }
        try (Database second = Database.open(reopen, () -> "b")) {
            assertEquals(1L, (long) second.transactions().call(r -> r.cases().count()));
        }
    }

    @Test
    void aMalformedUrlIsReportedAsAnInvalidAddress() {
        for (String url : List.of("jdbc:nosuchdb://x", "jdbc:h2:file:/tmp/qiao-bad;NO_SUCH_SETTING=1")) {
            QiaoException e = org.junit.jupiter.api.Assertions.assertThrows(QiaoException.class,
                () -> Database.open(new DatabaseConfig(url, "u", "p"), () -> "x"));
            assertEquals("store.url.invalid", e.messageKey(), url);
        }
    }

    @Test
    void anUnreachableServerIsReportedWithItsUrlButNotThePassword() {
        DatabaseConfig unreachable = new DatabaseConfig(
            "jdbc:postgresql://127.0.0.1:1/qiao?password=hunter2&connectTimeout=2", "qiao", "hunter2");
        QiaoException e = org.junit.jupiter.api.Assertions.assertThrows(QiaoException.class,
            () -> Database.open(unreachable, () -> "x"));
        assertEquals("store.unreachable", e.messageKey());
        assertTrue(e.args()[0].toString().contains("127.0.0.1:1"));
        assertFalse(String.valueOf(e.args()[0]).contains("hunter2"));
    }

    /** The statements CaseLedgerRepository runs for each search kind, as H2 plans them. */
    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.ValueSource(strings = {
        "select id from dispute_case where case_number like '包昆%' escape '\\'",
        "select f.case_id from worker w join case_worker f on f.worker_id = w.id where w.name like '斯琴%' escape '\\'",
        "select f.case_id from worker w join case_worker f on f.worker_id = w.id "
            + "where w.resident_id = '150203199001010001'",
        "select f.case_id from worker w join case_worker f on f.worker_id = w.id "
            + "where w.phone like '139%' escape '\\'",
        "select c.id from employer e join dispute_case c on c.employer_id = e.id "
            + "where e.name like '包头%' escape '\\'",
        "select c.id from employer e join dispute_case c on c.employer_id = e.id "
            + "where e.credit_code = '91150200MA0X'",
        "select c.id from employer e join dispute_case c on c.employer_id = e.id "
            + "where e.phone like '0472%' escape '\\'",
        "select c.id from dispute_case c where 1 = 1 and c.status = 'ACCEPTED' order by c.status, "
            + "c.received_date desc, c.id desc limit 50 offset 0",
        "select c.id from dispute_case c where 1 = 1 and c.status = 'ACCEPTED' and c.region_code = '150203' order by "
            + "c.region_code, c.status, c.received_date desc, c.id desc limit 50 offset 0",
        "select c.id from dispute_case c where 1 = 1 and c.mediator_id = 1 order by c.mediator_id, "
            + "c.received_date desc, c.id desc limit 50 offset 0",
        "select c.id from dispute_case c where 1 = 1 order by c.received_date desc, c.id desc limit 50 offset 0",
        // The search box walks names in order (V7) and stops at the page.
        "select p.id, p.name t from worker p where p.name like '斯琴%' escape '\\' order by p.name, p.id desc limit 20",
        "select p.id, p.name t from employer p where p.name like '包头%' escape '\\' order by p.name, p.id desc "
            + "limit 20",
        "select c.id from dispute_case c where c.case_number like '包昆%' escape '\\' order by c.case_number limit 20",
        // An export's next page starts at the last row's key.
        "select c.id from dispute_case c where 1 = 1 and c.status = 'ACCEPTED' and c.received_date <= DATE "
            + "'2026-01-01' and (c.received_date < DATE '2026-01-01' or c.received_date = DATE '2026-01-01' and "
            + "(c.id < 5)) order by c.status, c.received_date desc, c.id desc limit 500"})
    void everyLedgerQueryKindUsesAnIndex(String sql) throws Exception {
        try (Connection connection = DriverManager.getConnection(config.jdbcUrl(), config.user(), config.password());
             ResultSet rs = connection.createStatement().executeQuery("explain " + sql)) {
            assertTrue(rs.next());
            String plan = rs.getString(1);
            assertFalse(plan.contains("tableScan"), plan);
            if (sql.contains("order by")) {
                assertTrue(plan.contains("index sorted"), "the index gives the order, no sort: " + plan);
            }
        }
    }
}
