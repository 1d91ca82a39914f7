// SPDX-License-Identifier: AGPL-3.0-or-later
package org.qiao.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The {@code qiao} command as a user runs it: exit codes, one-line messages, no stack traces. */
class CommandLineTest {

    @TempDir
    Path dataDir;

    private CliRun run(String... args) {
        return CliRun.in(dataDir, args);
    }

    @Test
    void printsTheVersion() {
        CliRun run = run("--version");
        assertEquals(0, run.code());
        assertTrue(run.out().startsWith("Qiao 连心桥 "), run.out());
    }

    @Test
    void writesAnAmountInFinancialNumerals() {
        CliRun run = run("tools", "amount-in-words", "16409.02");
        assertEquals(0, run.code(), run.err());
        assertEquals("壹万陆仟肆佰零玖元零贰分", run.out().strip());
    }

    @Test
    void computesAStatutoryDeadlineOverTheNationalDayHoliday() {
        CliRun run = run("tools", "deadline", "--start", "2025-09-20", "--period", "15d");
        assertEquals(0, run.code(), run.err());
        assertEquals("2025-10-09", run.out().lines().findFirst().orElseThrow());
    }

    @Test
    void rejectsAnIdNumberWithExitCodeOne() {
        CliRun run = run("tools", "check-id", "110105194912310021");
        assertEquals(1, run.code());
        assertEquals(1, (run.out() + run.err()).strip().lines().count(), run.out() + run.err());
    }

    @Test
    void unknownOptionIsOneLineAndExitCodeTwo() {
        CliRun run = run("demo-data", "--cases", "ten");
        assertEquals(2, run.code());
        assertEquals(1, run.err().strip().lines().count(), run.err());
        assertFalse(run.err().contains("Exception"), run.err());
    }

    @Test
    void theUsualArgumentMistakesAreExplainedInChinese() {
        assertEquals("参数有误：--cases 须为整数，“ten”不是整数（运行 demo-data --help 查看用法）",
            run("demo-data", "--cases", "ten").err().strip());
        assertEquals("参数有误：无法识别的参数：--colour（运行 demo-data --help 查看用法）",
            run("demo-data", "--cases", "5", "--colour").err().strip());
        assertEquals("参数有误：缺少必需的参数：QUERY（运行 find --help 查看用法）",
            run("cases", "find").err().strip());
        CliRun badStatus = run("cases", "find", "王", "--status", "bogus");
        assertEquals(2, badStatus.code());
        assertTrue(badStatus.err().startsWith("参数有误：--status 的值“bogus”无效，可选：INTAKE、ACCEPTED、"),
            badStatus.err());
    }

    @Test
    void statusNamesAreTakenInAnyCase() {
        CliRun run = run("cases", "find", "王", "--status", "accepted");
        assertEquals(0, run.code(), run.err());
    }

    @Test
    void theUsualArgumentMistakesAreExplainedInEnglishToo() {
        assertEquals("Bad arguments: invalid value 'bogus' for --status; choose one of INTAKE, ACCEPTED, NOT_ACCEPTED, "
                + "IN_MEDIATION, WITHDRAWN, AGREEMENT_SIGNED, MEDIATION_FAILED, PERFORMING, CLOSED, HANDED_BACK "
                + "(run find --help for usage)",
            run("--locale", "en", "cases", "find", "x", "--status", "bogus").err().strip());
    }

    @Test
    void englishMessagesWithLocaleOption() {
        CliRun run = run("--locale", "en", "demo-data", "--cases", "0");
        assertEquals(2, run.code());
        assertEquals("--cases must be between 1 and 10000000.", run.err().strip());
    }

    @Test
    void fillsTheDatabaseWithDemoCases() {
        CliRun run = run("demo-data", "--cases", "25", "--seed", "3");
        assertEquals(0, run.code(), run.err());
        assertTrue(run.out().startsWith("已生成 25 件演示案件"), run.out());
        // No mediator account in this database: the cases stop short of sessions, agreements and payments, and the
        // command says so.
        assertTrue(run.out().contains("没有在职的调解员账号"), run.out());
    }

    @Test
    void anAdministratorsScheduleForANewYearIsUsedForDeadlines() throws java.io.IOException {
        CliRun before = run("tools", "deadline", "--start", "2027-09-20", "--period", "15d");
        assertEquals(0, before.code(), before.err());
        assertEquals("2027-10-05", before.out().lines().findFirst().orElseThrow(), "weekends only: a Tuesday");
        assertEquals(2, before.out().strip().lines().count(), "a warning that 2027 has no schedule: " + before.out());

        Path schedule = dataDir.resolve("holidays-2027.csv");
        java.nio.file.Files.writeString(schedule, "date,kind,name\n"
            + String.join("\n", java.util.stream.IntStream.rangeClosed(1, 7)
                .mapToObj(d -> "2027-10-0" + d + ",off,国庆节").toList())
            + "\n2027-10-09,workday,国庆节\n");
        CliRun added = run("calendar", "add-year", "--year", "2027", schedule.toString());
        assertEquals(0, added.code(), added.err());
        assertEquals("已录入 2027 年节假日安排：放假 7 天，调休上班 1 天。", added.out().strip());

        CliRun after = run("tools", "deadline", "--start", "2027-09-20", "--period", "15d");
        assertEquals("2027-10-08", after.out().strip(), "the holiday moves the last day; no warning any more");
    }

    @Test
    void aScheduleWithABadLineNamesTheLine() throws java.io.IOException {
        Path schedule = dataDir.resolve("bad.csv");
        java.nio.file.Files.writeString(schedule, "date,kind,name\n2027-10-01,off,国庆节\n2027-13-01,off,x\n");
        CliRun run = run("calendar", "add-year", "--year", "2027", schedule.toString());
        assertEquals(1, run.code());
        assertTrue(run.err().contains("3"), run.err());
        CliRun show = run("calendar", "show", "2027");
        assertTrue(show.out().startsWith("2027 年尚无公布的节假日安排"), "nothing was stored: " + show.out());
    }

    private CliRun runWithInput(String input, String... args) {
        java.io.InputStream saved = System.in;
        System.setIn(new java.io.ByteArrayInputStream(input.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        try {
            return run(args);
        } finally {
            System.setIn(saved);
        }
    }

    @Test
    void addsListsAndResetsAccountsWithPasswordsFromStandardInput() {
        CliRun added = runWithInput("mediate-2026\n", "users", "add", "qiqige", "--role", "MEDIATOR", "--name", "其其格");
        assertEquals(0, added.code(), added.err());
        assertEquals("已添加用户“qiqige”，首次登录时须修改密码。", added.out().strip());
        CliRun list = run("users", "list");
        assertEquals("qiqige\t其其格\t调解员\t待本人修改密码", list.out().strip());
        CliRun reset = runWithInput("temporary-9\n", "users", "reset-password", "qiqige");
        assertEquals(0, reset.code(), reset.err());
        CliRun unknown = runWithInput("temporary-9\n", "users", "reset-password", "nobody");
        assertEquals(1, unknown.code());
        assertEquals("找不到用户“nobody”。", unknown.err().strip());
    }

    @Test
    void anUnknownRoleIsABadArgument() {
        CliRun run = runWithInput("mediate-2026\n", "users", "add", "qiqige", "--role", "BOSS");
        assertEquals(2, run.code());
        assertEquals(1, run.err().strip().lines().count(), run.err());
    }

    @Test
    void computingADeadlineCreatesNoDatabase() {
        CliRun run = run("tools", "deadline", "--start", "2025-09-20", "--period", "15d");
        assertEquals("2025-10-09", run.out().strip());
        assertFalse(java.nio.file.Files.exists(dataDir.resolve("qiao.mv.db")));
    }

    @Test
    void demoDataCanBeAddedToADatabaseThatHasSomeAlready() {
        assertEquals(0, run("demo-data", "--cases", "30", "--seed", "1").code());
        CliRun second = run("demo-data", "--cases", "30", "--seed", "2");
        assertEquals(0, second.code(), second.err());
    }

    @Test
    void anUnreachableServerIsOneReadableLine() {
        CliRun run = run("--jdbc-url", "jdbc:postgresql://127.0.0.1:1/qiao", "demo-data", "--cases", "1");
        assertEquals(1, run.code());
        assertEquals(1, run.err().strip().lines().count(), run.err());
        assertFalse(run.err().contains("Exception"), run.err());
    }

    @Test
    void findsDemoCasesByWorkerNameAndShowsOneWithMaskedIds() {
        assertEquals(0, run("demo-data", "--cases", "30", "--seed", "7").code());
        // "1" finds the first case of each studio (serial 1).
        CliRun first = run("cases", "find", "1", "--limit", "2");
        assertEquals(0, first.code(), first.err());
        List<String> lines = first.out().strip().lines().toList();
        assertEquals(2, lines.size(), first.out());
        String number = lines.get(0).split("  ")[0];
        assertTrue(lines.get(0).contains("¥"), lines.get(0));

        CliRun shown = run("cases", "show", number);
        assertEquals(0, shown.code(), shown.err());
        assertTrue(shown.out().startsWith(number), shown.out());
        assertTrue(shown.out().matches("(?s).*身份证号：\\d{4}\\*{10}[\\dX]{4}.*"), "IDs masked: " + shown.out());
        assertTrue(shown.out().contains("请求合计"), shown.out());

        String worker = shown.out().lines().filter(l -> l.startsWith("申请人 1：")).findFirst().orElseThrow()
            .substring("申请人 1：".length()).split("  ")[0];
        CliRun byName = run("cases", "find", worker);
        assertTrue(byName.out().contains(number), byName.out());
    }

    @Test
    void anUnknownCaseNumberIsOneLineAndExitCodeOne() {
        CliRun run = run("--locale", "en", "cases", "show", "呼新工调〔2026〕9999号");
        assertEquals(1, run.code());
        assertEquals("There is no case numbered \"呼新工调〔2026〕9999号\".", run.err().strip());
    }
    /** A demo case whose mediation runs, with its number and received date. */
    private String[] runningDemoCase() {
        assertEquals(0, run("demo-data", "--cases", "30", "--seed", "11").code());
        CliRun found = run("cases", "find", "1", "--status", "ACCEPTED", "--status", "IN_MEDIATION", "--limit", "1");
        assertEquals(0, found.code(), found.err());
        String number = found.out().strip().lines().findFirst().orElseThrow().split("  ")[0];
        CliRun shown = run("--locale", "en", "cases", "show", number);
        assertEquals(0, shown.code(), found.out() + shown.err());
        Matcher received = Pattern.compile("received: (\\d{4}-\\d{2}-\\d{2})")
            .matcher(shown.out());
        assertTrue(received.find(), shown.out());
        return new String[] {number, received.group(1)};
    }

    @Test
    void suspendsResumesAndExtendsACasesMediationPrintingWhereItStands() {
        String[] demo = runningDemoCase();
        String number = demo[0];
        String received = demo[1];

        CliRun suspended = run("cases", "suspend", number, "--reason", "等待工伤认定", "--date", received);
        assertEquals(0, suspended.code(), suspended.err());
        assertTrue(suspended.out().startsWith(number + "：调解自 " + received + " 起中止"), suspended.out());
        assertTrue(run("cases", "show", number).out().contains("调解期限：自 " + received + " 起中止"));

        CliRun resumed = run("--locale", "en", "cases", "resume", number, "--date", received);
        assertEquals(0, resumed.code(), resumed.err());
        Matcher due = Pattern.compile("mediation now ends on (\\S+)\\.")
            .matcher(resumed.out());
        assertTrue(due.find(), resumed.out());
        assertTrue(run("--locale", "en", "cases", "show", number).out().contains("Mediation deadline: "
            + due.group(1)));

        CliRun extended = run("--locale", "en", "cases", "extend", number, "--days", "10", "--consent",
            "worker,employer", "--reason", "both parties agree", "--date", received);
        assertEquals(0, extended.code(), extended.err());
        Matcher later = Pattern.compile("mediation now ends on (\\S+)\\.")
            .matcher(extended.out());
        assertTrue(later.find(), extended.out());
        // Ten calendar days added: at least ten days later, a rest-day roll of the old date aside.
        assertTrue(LocalDate.parse(later.group(1))
            .isAfter(LocalDate.parse(due.group(1)).plusDays(5)), extended.out());
    }

    @Test
    void anExtensionWithOneSidesConsentIsOneLineAndExitCodeOne() {
        String number = runningDemoCase()[0];
        CliRun run = run("--locale", "en", "cases", "extend", number, "--days", "10", "--consent", "worker",
            "--reason", "worker asks");
        assertEquals(1, run.code(), run.out());
        assertEquals(1, run.err().strip().lines().count(), run.err());
        assertTrue(run.err().contains("consent"), run.err());
        assertEquals("", run.out());
    }

    @Test
    void anUnknownConsentIsABadArgument() {
        CliRun run = run("--locale", "en", "cases", "extend", "X", "--days", "3", "--consent", "mayor",
            "--reason", "r");
        assertEquals(2, run.code());
        assertTrue(run.err().contains("worker, employer, court"), run.err());
    }
}
