// SPDX-License-Identifier: AGPL-3.0-or-later
package org.qiao.cli;

import java.io.PrintWriter;
import java.util.Objects;
import java.util.concurrent.Callable;
import java.util.function.Supplier;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import org.qiao.i18n.Messages;
import org.qiao.service.DemoDataService;
import org.qiao.service.Services;

/** {@code qiao demo-data --cases N [--seed S]}: realistic sample cases into the configured database. */
@Command(name = "demo-data")
public final class DemoDataCommand implements Callable<Integer> {

    private final Messages messages;
    private final Supplier<Services> services;

    @Spec private CommandSpec spec;

    @Option(names = "--cases", paramLabel = "N", required = true, descriptionKey = "cli.help.option.demoData.cases")
    int cases;

    @Option(names = "--seed", paramLabel = "S", descriptionKey = "cli.help.option.demoData.seed")
    long seed = 2026;

    public DemoDataCommand(Messages messages, Supplier<Services> services) {
        this.messages = Objects.requireNonNull(messages);
        this.services = Objects.requireNonNull(services);
    }

    @Override
    public Integer call() {
        if (cases < 1 || cases > 10_000_000) {
            throw new BadArgumentException(messages.get("cli.demoData.casesRange"));
        }
        long start = System.nanoTime();
        DemoDataService.Fill fill = services.get().demoData().fill(cases, seed);
        double seconds = (System.nanoTime() - start) / 1e9;
        PrintWriter out = spec.commandLine().getOut();
        // The whole command, opening the database included, as the user waits for it.
        out.println(messages.get("cli.demoData.done", fill.cases(), String.format("%.1f", seconds),
            String.format("%.0f", fill.cases() / Math.max(seconds, 1e-9))));
        out.println(messages.get("cli.demoData.phases", String.format("%.1f", fill.writing().toNanos() / 1e9),
            String.format("%.1f", fill.finishing().toNanos() / 1e9)));
        if (fill.mediators() == 0) {
            // Sessions, agreements and payments are a mediator's work: without one the cases stop before them.
            out.println(messages.get("cli.demoData.noMediators"));
        }
        out.flush();
        return 0;
    }
}
