// SPDX-License-Identifier: AGPL-3.0-or-later
package org.qiao.app;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import picocli.CommandLine;

import org.qiao.cli.CliErrors;
import org.qiao.cli.GlobalOptions;
import org.qiao.cli.QiaoCommand;
import org.qiao.i18n.Messages;
import org.qiao.service.UserSession;

/** Entry point: a subcommand runs on the command line, no subcommand opens the desktop window. */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) {
        // Hibernate logs through JBoss Logging; route it to SLF4J (warnings only) instead of JUL's INFO on stderr.
        System.setProperty("org.jboss.logging.provider", "slf4j");
        EarlyStart early = EarlyStart.beginIfWindow(args);
        int code = run(args, early, System.getenv(), new PrintWriter(System.out, true, StandardCharsets.UTF_8),
            new PrintWriter(System.err, true, StandardCharsets.UTF_8));
        if (code != QiaoCommand.WINDOW_OPEN) {
            System.exit(code);
        }
    }

    /**
     * Runs one command line and returns its exit code ({@link QiaoCommand#WINDOW_OPEN} when a window now keeps
     * the program running). The global options are read first, so the settings and the language are known before
     * any command (or error message) runs.
     */
    public static int run(String[] args, Map<String, String> env, PrintWriter out, PrintWriter err) {
        return run(args, null, env, out, err);
    }

    static int run(String[] args, EarlyStart early, Map<String, String> env, PrintWriter out, PrintWriter err) {
        GlobalOptions global = new GlobalOptions();
        AppSettings settings;
        try {
            new CommandLine(global).setUnmatchedArgumentsAllowed(true).setUnmatchedOptionsArePositionalParams(true)
                .parseArgs(args);
            settings = AppSettings.resolve(new AppSettings.Overrides(global.dataDir(), global.jdbcUrl(),
                global.jdbcUser(), global.jdbcPassword(), global.locale(), global.demo()), env);
        } catch (RuntimeException e) {
            Messages chinese = new Messages(Messages.CHINESE);
            err.println(new CliErrors(chinese).describe(e));
            return CliErrors.BAD_ARGUMENTS;
        }
        AppContext context = new AppContext(settings, UserSession.forOperatingSystemUser());
        CommandLine commandLine = Commands.build(context, early, out, err);
        int code = commandLine.execute(args);
        if (code != QiaoCommand.WINDOW_OPEN) {
            context.close();
        }
        return code;
    }
}
