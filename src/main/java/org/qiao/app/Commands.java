// SPDX-License-Identifier: AGPL-3.0-or-later
package org.qiao.app;

import java.io.PrintWriter;

import picocli.CommandLine;

import org.qiao.cli.BenchCommand;
import org.qiao.cli.CalendarCommand;
import org.qiao.cli.CasesCommand;
import org.qiao.cli.CliErrors;
import org.qiao.cli.DemoDataCommand;
import org.qiao.cli.QiaoCommand;
import org.qiao.cli.ToolsCommand;

/** Builds the command tree with every command's dependencies from the composition root. */
final class Commands {

    private Commands() {
    }

    static CommandLine build(AppContext context, PrintWriter out, PrintWriter err) {
        CommandLine root = new CommandLine(new QiaoCommand(request -> DesktopLauncher.open(context, request, null)));
        addSubcommands(root, context);
        // Output streams and error handlers reach only the subcommands already added, so they come last.
        root.setOut(out);
        root.setErr(err);
        return new CliErrors(context.messages()).install(root);
    }

    private static void addSubcommands(CommandLine root, AppContext context) {
        root.addSubcommand(new CommandLine(new ToolsCommand(context.messages(),
            () -> context.services().calendar().calendar())));
        root.addSubcommand(new CalendarCommand(context.messages(), () -> context.services().calendar()));
        root.addSubcommand(new CasesCommand(context.messages(), () -> context.services().ledger()));
        root.addSubcommand(new DemoDataCommand(context.messages(), context::services));
        root.addSubcommand(new BenchCommand(new BenchCommand.Targets(Main.class.getName(),
            BareWindow.class.getName())));
    }
}
