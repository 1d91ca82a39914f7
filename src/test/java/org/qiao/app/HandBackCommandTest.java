// SPDX-License-Identifier: AGPL-3.0-or-later
package org.qiao.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.qiao.document.PdfPages;
import org.qiao.domain.court.Court;
import org.qiao.domain.court.ReferralType;
import org.qiao.domain.mediation.SessionMode;
import org.qiao.domain.mediation.SessionSlot;
import org.qiao.domain.user.Role;
import org.qiao.service.ReferralFixtures;
import org.qiao.service.Services;
import org.qiao.service.SessionService;
import org.qiao.ui.TestDatabase;

/**
 * {@code qiao handback …} and {@code qiao print termination-notice|undisputed-facts|session-records} on a referred
 * case.
 */
class HandBackCommandTest {

    @TempDir
    Path dataDir;

    private String caseNumber;
    private long caseId;

    private CliRun run(String... args) {
        return CliRun.in(dataDir, args);
    }

    @BeforeEach
    void referredCase() {
        try (AppContext context = TestDatabase.open(dataDir, Locale.SIMPLIFIED_CHINESE)) {
            Services services = context.services();
            long court = services.courts().active().stream()
                .filter(c -> c.getCode().equals(ReferralFixtures.COURT_CODE)).findFirst().map(Court::getId)
                .orElseThrow();
            caseId = services.referrals().register(ReferralFixtures.form(court, ReferralType.DELEGATED,
                LocalDate.now().minusDays(5), 1), null).caseId();
            caseNumber = services.handBacks().view(caseId).caseNumber();
        }
    }

    @Test
    void aFailureGoesBackItsPapersPrintAndTheFilingIsRecorded() throws Exception {
        CliRun failed = run("handback", "failure", "--case", caseNumber, "--reason", "MEDIATION_FAILED",
            "--facts", "双方确认劳动关系存续。");
        assertEquals(0, failed.code(), failed.err());
        assertTrue(failed.out().contains("转介状态：已退回（调解不成）；案件状态："), failed.out());
        assertTrue(failed.out().contains("无争议事实：双方确认劳动关系存续。"), failed.out());

        Path notice = dataDir.resolve("out/notice.pdf");
        CliRun printed = run("print", "termination-notice", "--case", caseNumber, "--out", notice.toString());
        assertEquals(0, printed.code(), printed.err());
        assertTrue(printed.out().startsWith("调解终结告知书（案件 " + caseNumber + "）已写入"), printed.out());
        String text = String.join("", PdfPages.texts(Files.readAllBytes(notice))).replaceAll("\\s+", "");
        assertTrue(text.contains("因调解不成，本调解室决定于"), text);
        Path facts = dataDir.resolve("facts.pdf");
        assertEquals(0, run("print", "undisputed-facts", "--case", caseNumber, "--out", facts.toString()).code());
        assertTrue(Files.size(facts) > 0);
        CliRun noApplication = run("print", "judicial-confirmation", "--case", caseNumber, "--out",
            dataDir.resolve("x.pdf").toString());
        assertEquals(1, noApplication.code());
        assertTrue(noApplication.err().contains("本案的退回材料中没有“司法确认申请书”"), noApplication.err());

        String year = Integer.toString(LocalDate.now().getYear());
        CliRun outcome = run("handback", "outcome", "--case", caseNumber, "--outcome", "FILED",
            "--number", "(" + year + ")内0602民初88号");
        assertEquals(0, outcome.code(), outcome.err());
        CliRun shown = run("handback", "show", "--case", caseNumber);
        assertTrue(shown.out().contains("法院结果：法院登记立案 （" + year + "）内0602民初88号"), shown.out());
    }

    @Test
    void theSessionRecordsPrintWithTheCancelledSessionAndItsReason() throws Exception {
        LocalDate tomorrow = LocalDate.now().plusDays(1);
        try (AppContext context = TestDatabase.open(dataDir, Locale.SIMPLIFIED_CHINESE)) {
            Services services = context.services();
            long mediator = services.auth().addAccountAsSystem("wulan", "乌兰", Role.MEDIATOR,
                "mediate-2026".toCharArray()).getId();
            SessionService.SessionView planned = services.sessions().schedule(caseId, null,
                new SessionService.SessionPlan(new SessionSlot(tomorrow, LocalTime.of(9, 30), LocalTime.of(11, 0),
                    "第三调解室", Set.of(mediator)), SessionMode.PHONE, "双方"));
            services.sessions().cancel(planned.id(), null, "申请人住院，无法参加");
        }
        Path out = dataDir.resolve("records.pdf");
        CliRun early = run("print", "session-records", "--case", caseNumber, "--out", out.toString());
        assertEquals(1, early.code());
        assertTrue(early.err().contains("本案的退回材料中没有“调解记录”"), early.err());
        assertEquals(0, run("handback", "failure", "--case", caseNumber, "--reason", "TIMED_OUT", "--facts",
            "双方确认劳动关系存续。").code());

        CliRun printed = run("print", "session-records", "--case", caseNumber, "--out", out.toString());
        assertEquals(0, printed.code(), printed.err());
        assertEquals("调解记录（案件 " + caseNumber + "）已写入 " + out + "\n", printed.out());
        String text = String.join("", PdfPages.texts(Files.readAllBytes(out))).replaceAll("[\\s\u3000]+", "");
        for (String expected : List.of("调解记录", "本案共召开调解会议0次，另有1次已安排的调解取消",
            "1." + tomorrow.getYear() + "年" + tomorrow.getMonthValue() + "月" + tomorrow.getDayOfMonth()
                + "日09:30至11:00（已取消）", "第三调解室", "电话", "原定调解员乌兰", "申请人住院，无法参加")) {
            assertTrue(text.contains(expected), expected + " in " + text);
        }
    }

    @Test
    void refusalsNameTheOptionOrTheRuleWithExitCodeOne() {
        CliRun success = run("handback", "success", "--case", caseNumber);
        assertEquals(1, success.code());
        assertTrue(success.err().contains("还没有签署的调解协议"), success.err());
        CliRun future = run("handback", "failure", "--case", caseNumber, "--reason", "TIMED_OUT", "--facts", "",
            "--date", LocalDate.now().plusDays(1).toString());
        assertEquals(1, future.code());
        assertTrue(future.err().contains("--date：日期 " + LocalDate.now().plusDays(1) + " 晚于今天"), future.err());
        assertTrue(future.err().contains("--facts：请填写双方确认的无争议事实"), future.err());
        CliRun shown = run("handback", "show", "--case", caseNumber);
        assertTrue(shown.out().contains("转介状态：已签收"), shown.out());
        assertEquals(2, run("handback", "failure", "--case", caseNumber, "--reason", "NOPE", "--facts", "x").code());
    }
}
