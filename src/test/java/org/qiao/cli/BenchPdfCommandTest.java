// SPDX-License-Identifier: AGPL-3.0-or-later
package org.qiao.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.qiao.i18n.Messages;
import picocli.CommandLine;

/** {@code qiao bench pdf} for one second: the shape of its report, not its timings. */
class BenchPdfCommandTest {

    /** A row: the kind, documents a second, milliseconds each, pages, KB, times the baseline, then the verdict. */
    private static final Pattern ROW = Pattern.compile(
        "(\\S+)\\s+(\\d+\\.\\d)\\s+(\\d+\\.\\d\\d)\\s+(\\d+)\\s+(\\d+\\.\\d)\\s+(\\d+\\.\\d\\d)\\s*(.*)");

    private final StringWriter out = new StringWriter();

    private int run(String... args) {
        Messages messages = new Messages(Locale.ENGLISH);
        CommandLine commandLine = new CommandLine(new BenchCommand(new BenchCommand.Targets("unused", "unused",
            Path.of("unused")), messages));
        commandLine.setResourceBundle(messages.bundle());
        new CliErrors(messages).install(commandLine);
        commandLine.setOut(new PrintWriter(out, true));
        commandLine.setErr(new PrintWriter(new StringWriter(), true));
        return commandLine.execute(args);
    }

    @Test
    void reportsEveryKindAgainstTheBaselineWithPagesAndVerdicts() {
        assertEquals(0, run("pdf", "--seconds", "1", "--warmup", "0"));
        String report = out.toString();
        assertTrue(report.startsWith("PDF benchmark: each kind warmed up for 0 s, then timed for 1 s"), report);
        List<Matcher> rows = report.lines().map(ROW::matcher).filter(Matcher::matches).toList();
        assertEquals(List.of("baseline", "agreement-1", "agreement-30", "summary-30"),
            rows.stream().map(row -> row.group(1)).toList(), report);
        Matcher baseline = rows.get(0);
        assertEquals("1", baseline.group(4), "the baseline is one page");
        assertEquals("1.00", baseline.group(6), "the baseline against itself");
        assertEquals("", baseline.group(7).strip(), "no target for the baseline");
        for (Matcher row : rows.subList(1, 3)) {
            assertTrue(row.group(7).equals("target met") || row.group(7).equals("TARGET MISSED"), row.group());
            assertTrue(Double.parseDouble(row.group(2)) > 0, row.group());
        }
        assertTrue(Integer.parseInt(rows.get(2).group(4)) > Integer.parseInt(rows.get(1).group(4)),
            "30 workers take more pages than one:\n" + report);
        assertTrue(report.contains("Target: at least 20 agreements a second"), report);
    }

    @Test
    void refusesATimeOutOfRange() {
        assertEquals(2, run("pdf", "--seconds", "0"));
        assertEquals(2, run("pdf", "--warmup", "-1"));
    }
}
