// SPDX-License-Identifier: AGPL-3.0-or-later
package org.qiao.app;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;

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
        if (early != null) {
            return openWindow(args, early, env, err);
        }
        GlobalOptions global = new GlobalOptions();
        AppSettings settings;
        try {
            new CommandLine(global).setUnmatchedArgumentsAllowed(true).setUnmatchedOptionsArePositionalParams(true)
                .parseArgs(args);
            settings = settings(global, env);
        } catch (RuntimeException e) {
            return badArguments(e, err);
        }
        AppContext context = new AppContext(settings, UserSession.forOperatingSystemUser());
        CommandLine commandLine = Commands.build(context, out, err);
        int code = commandLine.execute(args);
        if (code != QiaoCommand.WINDOW_OPEN) {
            context.close();
        }
        return code;
    }

    /**
     * A window run ({@link EarlyStart} saw no subcommand): one parse of the root command's options, while the
     * toolkit starts on its own thread, then the window.
     */
    private static int openWindow(String[] args, EarlyStart early, Map<String, String> env, PrintWriter err) {
        AtomicReference<AppContext> context = new AtomicReference<>();
        QiaoCommand root = new QiaoCommand(request -> DesktopLauncher.open(context.get(), request, early));
        try {
            // Parsed only, never printed: --help and --version are not window runs (EarlyStart), so no help bundle.
            new CommandLine(root).parseArgs(args);
            context.set(new AppContext(settings(root.global(), env), UserSession.forOperatingSystemUser()));
        } catch (RuntimeException e) {
            return badArguments(e, err);
        }
        return root.call();
    }

    private static AppSettings settings(GlobalOptions global, Map<String, String> env) {
        return AppSettings.resolve(new AppSettings.Overrides(global.dataDir(), global.jdbcUrl(), global.jdbcUser(),
            global.jdbcPassword(), global.locale(), global.demo()), env);
    }

    /** Before the settings are known the language is not either: such errors are in Chinese, the default. */
    private static int badArguments(RuntimeException e, PrintWriter err) {
        CliErrors errors = new CliErrors(new Messages(Messages.CHINESE));
        err.println(e instanceof CommandLine.ParameterException parameter
            ? errors.describeParameterError(parameter) : errors.describe(e));
        err.flush();
        return CliErrors.BAD_ARGUMENTS;
    }
}
