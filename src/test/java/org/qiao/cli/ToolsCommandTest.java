// SPDX-License-Identifier: AGPL-3.0-or-later
package org.qiao.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.qiao.domain.calendar.StatutoryCalendar;
import org.qiao.i18n.Messages;
import org.qiao.store.ReferenceData;
import picocli.CommandLine;

class ToolsCommandTest {

    private static final StatutoryCalendar CALENDAR = ReferenceData.calendar();

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(Locale locale, boolean configured, String... args) {
        Messages messages = new Messages(locale);
        CommandLine commandLine = new CommandLine(new ToolsCommand(messages, () -> CALENDAR));
        if (configured) {
            new CliErrors(messages).install(commandLine);
        }
        commandLine.setOut(new PrintWriter(out, true));
        commandLine.setErr(new PrintWriter(err, true));
        return commandLine.execute(args);
    }

    private int run(String... args) {
        return run(Locale.SIMPLIFIED_CHINESE, false, args);
    }

    private String[] outLines() {
        return out.toString().split("\\R");
    }

    @Test
    void writesAmountInWords() {
        assertEquals(0, run("amount-in-words", "16409.02"));
        assertEquals("壹万陆仟肆佰零玖元零贰分" + System.lineSeparator(), out.toString());
        assertEquals("", err.toString());
    }

    @Test
    void computesTheMediationDeadlineOverNationalDay() {
        assertEquals(0, run("deadline", "--start", "2025-09-20", "--period", "15d"));
        assertEquals("2025-10-09" + System.lineSeparator(), out.toString());
    }

    @Test
    void warnsOnTheLinesAfterTheDateWhenAYearHasNoSchedule() {
        assertEquals(0, run("deadline", "--start", "2026-12-25", "--period", "15d"));
        String[] lines = outLines();
        assertEquals(2, lines.length);
        assertEquals("2027-01-11", lines[0]);
        assertTrue(lines[1].contains("2027 年的节假日安排尚未录入"), lines[1]);
    }

    @Test
    void reportsAValidResidentIdWithSexAndBirthDate() {
        assertEquals(0, run("check-id", "11010519491231002X"));
        assertEquals("身份证号码 11010519491231002X 有效：女，出生日期 1949-12-31。", outLines()[0]);
    }

    @Test
    void explainsWhyAResidentIdIsInvalid() {
        assertEquals(1, run("check-id", "110105194912310021"));
        assertEquals(1, outLines().length);
        assertEquals("身份证号码校验位不对：按前 17 位算，最后一位应为 X，现在是 1。请逐位核对。", outLines()[0]);
    }

    @Test
    void reportsAValidCreditCode() {
        assertEquals(0, run("check-credit-code", "91350100M000100Y43"));
        assertEquals("统一社会信用代码 91350100M000100Y43 有效。", outLines()[0]);
    }

    @Test
    void explainsWhyACreditCodeIsInvalid() {
        assertEquals(1, run("check-credit-code", "91350100I000100Y43"));
        assertEquals(1, outLines().length);
        assertTrue(outLines()[0].contains("第 9 位的“I”不对"), outLines()[0]);
    }

    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {
        "deadline --start 2025-13-01 --period 15d; “2025-13-01”不是有效日期，请写成 2025-09-20 这样的格式。",
        "deadline --start 2025-09-20 --period 15; “15”不是有效的期限；请写成 15d（日）、10wd（工作日）、3m（月）或 1y（年）。",
        "amount-in-words 12.345; 金额“12.345”的小数超过两位；金额以元为单位，最多到分（两位小数）。",
        "amount-in-words abc; “abc”不是有效的金额；请填写数字，如 16409.02 或 16,409.02。",
        "amount-in-words -5; 金额“-5”是负数；这里只能填写 0 或正数。",
    })
    void badArgumentsGiveOneLocalisedLineOnStandardErrorAndExitTwo(String args, String message) {
        assertEquals(2, run(args.split(" ")));
        assertEquals(message + System.lineSeparator(), err.toString());
        assertEquals("", out.toString());
    }

    @Test
    void speaksEnglishWhenAskedTo() {
        assertEquals(0, run(Locale.ENGLISH, false, "check-id", "11010519491231002x"));
        assertEquals("The resident ID number 11010519491231002X is valid: female, born 1949-12-31.", outLines()[0]);
    }

    @Test
    void explainsInEnglishToo() {
        assertEquals(1, run(Locale.ENGLISH, false, "check-credit-code", "91350100M000100Y44"));
        assertEquals("The unified social credit code's check character is wrong: from the first 17 characters it "
            + "should be 3, not 4. Check each character.", outLines()[0]);
    }

    @Test
    void configuredPicocliErrorsAreOneLocalisedLine() {
        assertEquals(2, run(Locale.SIMPLIFIED_CHINESE, true, "deadline", "--start", "2025-09-20"));
        String[] lines = err.toString().split("\\R");
        assertEquals(1, lines.length);
        assertTrue(lines[0].startsWith("参数有误："), lines[0]);
        assertTrue(lines[0].contains("--period"), lines[0]);
    }

    @Test
    void withoutConfigurationPicocliErrorsStillExitTwo() {
        assertEquals(2, run("deadline", "--period", "15d"));
        assertFalse(err.toString().isEmpty());
    }

    @Test
    void withoutSubcommandShowsUsageAndExitsTwo() {
        assertEquals(2, run());
        assertTrue(err.toString().contains("amount-in-words"));
    }
}
