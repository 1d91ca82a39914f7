// SPDX-License-Identifier: AGPL-3.0-or-later
package org.qiao.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Locale;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.qiao.document.PdfPages;
import org.qiao.domain.identity.ResidentId;
import org.qiao.service.PerformingCaseFixture;
import org.qiao.store.DatabaseConfig;
import org.qiao.ui.TestDatabase;

/** {@code qiao payments list|record} on a case whose agreement is signed (PerformingCaseFixture). */
class PaymentsCommandTest {

    @TempDir
    Path dataDir;

    private String caseNumber;

    private CliRun run(String... args) {
        return CliRun.in(dataDir, args);
    }

    @BeforeEach
    void signedCase() {
        try (AppContext context = TestDatabase.open(dataDir, Locale.SIMPLIFIED_CHINESE)) {
            long id = PerformingCaseFixture.create(context.services(), DatabaseConfig.embedded(dataDir),
                LocalDate.now());
            caseNumber = context.services().payments().performance(id).caseNumber();
        }
    }

    @Test
    void recordsAPaymentAndListsWhatIsStillOwed() throws Exception {
        Path slip = Files.writeString(dataDir.resolve("回单.txt"), "2000");
        CliRun recorded = run("payments", "record", caseNumber, "--worker", "巴特尔", "--amount", "2,000",
            "--payer", "某某担保公司", "--method", "cash", "--proof", slip.toString());
        assertEquals(0, recorded.code(), recorded.err());
        assertTrue(recorded.out().contains("巴特尔 收到 ¥2,000.00，尚未支付 ¥4,000.00；案件状态：履行中"), recorded.out());

        CliRun listed = run("payments", "list", caseNumber);
        assertEquals(0, listed.code(), listed.err());
        assertTrue(listed.out().contains("1. 巴特尔：申请 ¥8,000.00，协议 ¥6,000.00，已付 ¥2,000.00，未付 ¥4,000.00"),
            listed.out());
        assertTrue(listed.out().contains("巴特尔 第 1 期 " + LocalDate.now().minusDays(20)
            + " ¥3,000.00，已付 ¥2,000.00：逾期 20 天，下一步：告知劳动者可持调解协议书向人民法院申请支付令"), listed.out());
        assertTrue(listed.out().contains("（现金，付款人 某某担保公司）"), listed.out());
    }

    @Test
    void aPaymentAboveWhatIsOwedIsRefusedAtItsOptionWithExitCodeOne() {
        CliRun refused = run("payments", "record", caseNumber, "--worker", "1", "--amount", "6000.01", "--payer", "x");
        assertEquals(1, refused.code());
        assertTrue(refused.err().startsWith("--amount：付款 6,000.01 元超过该劳动者尚未支付的 6,000.00 元"), refused.err());
        CliRun unknown = run("payments", "record", caseNumber, "--worker", "王五", "--amount", "1", "--payer", "x");
        assertEquals(2, unknown.code());
        assertTrue(unknown.err().contains("本案没有劳动者“王五”"), unknown.err());
    }

    @Test
    void printsTheRecoveredWageSummaryOfTheCaseAndOfTheWorkerByResidentId() throws Exception {
        assertEquals(0, run("payments", "record", caseNumber, "--worker", "巴特尔", "--amount", "2,000",
            "--payer", "某某担保公司").code());
        Path caseFile = dataDir.resolve("summary/case.pdf");
        CliRun ofCase = run("print", "recovery-summary", "--case", caseNumber, "--out", caseFile.toString());
        assertEquals(0, ofCase.code(), ofCase.err());
        assertTrue(ofCase.out().contains("已支付 2,000.00 元，未支付 4,000.00 元"), ofCase.out());
        String text = String.join("", PdfPages.texts(Files.readAllBytes(caseFile))).replaceAll("\\s+", "");
        assertTrue(text.contains("挽回经济损失情况") && text.contains("巴特尔") && text.contains("2,000.00")
            && text.contains("4,000.00"), text);

        String first17 = "15060219850101123";
        Path workerFile = dataDir.resolve("worker.pdf");
        CliRun ofWorker = run("print", "recovery-summary", "--worker", first17 + ResidentId.checkCharacter(first17),
            "--out", workerFile.toString());
        assertEquals(0, ofWorker.code(), ofWorker.err());
        assertTrue(String.join("", PdfPages.texts(Files.readAllBytes(workerFile))).contains(caseNumber));

        String stranger = "15060219900101123" + ResidentId.checkCharacter("15060219900101123");
        CliRun nobody = run("print", "recovery-summary", "--worker", stranger, "--out", "x.pdf");
        assertEquals(1, nobody.code());
        assertTrue(nobody.err().contains("没有案件登记身份证号为 1506**********" + stranger.substring(14) + " 的职工"),
            nobody.err());
        CliRun both = run("print", "recovery-summary", "--case", caseNumber, "--worker", "1", "--out", "x.pdf");
        assertEquals(2, both.code());
    }
}
