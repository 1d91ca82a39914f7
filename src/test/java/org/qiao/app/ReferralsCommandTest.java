// SPDX-License-Identifier: AGPL-3.0-or-later
package org.qiao.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.qiao.document.PdfPages;
import org.qiao.ui.TestDatabase;

/** {@code qiao referrals board|counts} over the demo's referrals. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ReferralsCommandTest {

    @TempDir
    static Path dataDir;

    private int heldCount;

    @BeforeAll
    void demo() {
        try (AppContext context = TestDatabase.withMediator(dataDir)) {
            context.services().demoData().generate(60, 7);
            heldCount = context.services().referralBoard().board(
                org.qiao.service.ReferralBoardService.BoardFilter.HELD).rows().size();
        }
    }

    @Test
    void theBoardPrintsEveryHeldReferralAndWritesTheSheet() throws Exception {
        Path sheet = dataDir.resolve("out").resolve("期限管控表.pdf");
        CliRun run = CliRun.in(dataDir, "referrals", "board", "--out", sheet.toString());
        assertEquals(0, run.code(), run.err());
        assertTrue(run.out().contains("共 " + heldCount + " 件"), run.out());
        assertEquals(heldCount + 2, run.out().strip().lines().count(), run.out());
        assertTrue(run.out().contains("已生成期限管控表"), run.out());
        String text = String.join("", PdfPages.texts(Files.readAllBytes(sheet)));
        assertTrue(text.contains("诉调对接案件期限管控表"), text);
        assertTrue(text.replaceAll("\\s+", "").contains("合计" + heldCount + "件"), text);
    }

    @Test
    void theBoardFiltersByCourtCodeAndRefusesAnUnknownCourtOrMonth() {
        CliRun all = CliRun.in(dataDir, "referrals", "board", "--all");
        assertEquals(0, all.code(), all.err());
        String firstCourt = all.out().lines().findFirst().orElseThrow().split("  ")[1];
        CliRun byName = CliRun.in(dataDir, "referrals", "board", "--all", "--court", firstCourt);
        assertEquals(0, byName.code(), byName.err());
        assertTrue(byName.out().lines().filter(l -> !l.startsWith("共")).allMatch(l -> l.contains(firstCourt)),
            byName.out());
        CliRun unknown = CliRun.in(dataDir, "referrals", "board", "--court", "内9999");
        assertEquals(2, unknown.code());
        assertTrue(unknown.err().contains("找不到法院“内9999”"), unknown.err());
        CliRun badMonth = CliRun.in(dataDir, "referrals", "counts", "--month", "2026/11");
        assertTrue(badMonth.code() != 0);
        assertTrue(badMonth.err().contains("月份“2026/11”无法识别"), badMonth.err());
    }

    @Test
    void countsPrintAMonthPerCourtAndTheirSum() {
        CliRun run = CliRun.in(dataDir, "referrals", "counts", "--month", YearMonth.now().toString());
        assertEquals(0, run.code(), run.err());
        assertTrue(run.out().startsWith(YearMonth.now() + " 各法院转介统计"), run.out());
        assertTrue(run.out().contains("合计：收案 委派"), run.out());
        assertTrue(run.out().contains("人民法院（内"), run.out());
    }
}
