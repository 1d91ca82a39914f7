// SPDX-License-Identifier: AGPL-3.0-or-later
package org.qiao.app;



import java.io.PrintWriter;
import org.qiao.cli.BenchCommand;
import org.qiao.cli.CalendarCommand;
import org.qiao.cli.CasesCommand;
import org.qiao.cli.CliErrors;
import org.qiao.cli.CourtsCommand;
import org.qiao.cli.DemoDataCommand;
import org.qiao.cli.HandBackCommand;
import org.qiao.cli.HandoffCommand;
import org.qiao.cli.PaymentsCommand;
import org.qiao.cli.PrintCommand;
import org.qiao.cli.QiaoCommand;
import org.qiao.cli.ReferralsCommand;
import org.qiao.cli.SessionsCommand;
import org.qiao.cli.ToolsCommand;
import org.qiao.cli.UsersCommand;
import org.qiao.cli.VerifyDocumentCommand;
import picocli.CommandLine;

/** Builds the command tree with every command's dependencies from the composition root. */
final class Commands {

    private Commands() {
    }

    static CommandLine build(AppContext context, PrintWriter out, PrintWriter err) {
        CommandLine root = new CommandLine(new QiaoCommand(request -> DesktopLauncher.open(context, request, null)));
        addSubcommands(root, context, err);
        // The usage help in the chosen language. Like the streams and handlers below, the bundle reaches only the
        // subcommands already added, so all of these come last.
        root.setResourceBundle(context.messages().bundle());
        root.setCaseInsensitiveEnumValuesAllowed(true);
        root.setOut(out);
        root.setErr(err);
        return new CliErrors(context.messages()).install(root);
    }

    private static void addSubcommands(CommandLine root, AppContext context, PrintWriter err) {
        root.addSubcommand(new CommandLine(new ToolsCommand(context.messages(), () -> context.calendarForTools(
            problem -> err.println(context.messages().get("cli.tools.bundledCalendar",
                context.messages().get(problem.messageKey(), problem.args())))))));
        root.addSubcommand(new CalendarCommand(context.messages(), () -> context.services().calendar()));
        root.addSubcommand(new UsersCommand(context.messages(), () -> context.services().auth()));
        root.addSubcommand(new CourtsCommand(context.messages(), () -> context.services().courts()));
        root.addSubcommand(new CasesCommand(context.messages(), () -> context.services().ledger(),
            () -> context.services().mediationClock()));
        root.addSubcommand(new PrintCommand(context.messages(), () -> context.services().agreements(),
            () -> context.services().payments(), () -> context.services().handBacks()));
        root.addSubcommand(new VerifyDocumentCommand(context.messages(), () -> context.services().agreements()));
        root.addSubcommand(new SessionsCommand(context.messages(), () -> context.services().sessions()));
        root.addSubcommand(new PaymentsCommand(context.messages(), () -> context.services().payments()));
        root.addSubcommand(new HandBackCommand(context.messages(), () -> context.services().handBacks()));
        root.addSubcommand(new ReferralsCommand(context.messages(), () -> context.services().referralBoard(),
            () -> context.services().courts()));
        root.addSubcommand(new HandoffCommand(context.messages(), () -> context.services().handoffs()));
        root.addSubcommand(new DemoDataCommand(context.messages(), context::services));
        root.addSubcommand(new BenchCommand(new BenchCommand.Targets(Main.class.getName(),
            BareWindow.class.getName(), AppSettings.defaultCacheDir(System.getenv()).resolve("bench-search")),
            context.messages()));
    }
}
