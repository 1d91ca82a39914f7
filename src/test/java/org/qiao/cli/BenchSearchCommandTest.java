// SPDX-License-Identifier: AGPL-3.0-or-later
package org.qiao.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.qiao.i18n.Messages;
import picocli.CommandLine;

/** {@code qiao bench search} end to end on a tiny database: no timings are checked, only that it all runs. */
class BenchSearchCommandTest {

    private final StringWriter out = new StringWriter();

    @TempDir
    Path dir;

    private int run(Path dir, String... args) {
        Messages messages = new Messages(Locale.ENGLISH);
        CommandLine commandLine = new CommandLine(new BenchCommand(new BenchCommand.Targets("unused", "unused", dir),
            messages));
        commandLine.setResourceBundle(messages.bundle());
        new CliErrors(messages).install(commandLine);
        commandLine.setOut(new PrintWriter(out, true));
        commandLine.setErr(new PrintWriter(new StringWriter(), true));
        return commandLine.execute(args);
    }

    @Test
    void fillsATinyDatabasePrintsEveryKindAndReusesItNextTime() throws Exception {
        assertEquals(0, run(dir, "search", "--cases", "200", "--queries", "20"));
        String first = out.toString();
        assertTrue(first.contains("Generated 200 cases"), first);
        for (String kind : new String[] {"case-number", "worker-id", "worker-name-prefix", "employer-name-prefix",
            "credit-code", "filtered-page", "first-page"}) {
            assertTrue(first.lines().anyMatch(line -> line.startsWith(kind + " ")), kind + " in\n" + first);
        }
        assertTrue(first.contains("Targets: p95 <= 30 ms"), first);

        out.getBuffer().setLength(0);
        assertEquals(0, run(dir, "search", "--cases", "150", "--queries", "5", "--db", dir.toString()));
        assertTrue(!out.toString().contains("Generated"), "a database holding enough cases is reused:\n" + out);
        assertTrue(out.toString().contains("Database: 200 cases"), out.toString());
    }

    @Test
    void refusesAnImpossibleNumberOfQueries() throws Exception {
        assertEquals(2, run(dir, "search", "--cases", "10", "--queries", "0"));
    }
}
