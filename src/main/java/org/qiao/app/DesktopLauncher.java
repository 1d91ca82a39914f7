// SPDX-License-Identifier: AGPL-3.0-or-later
package org.qiao.app;

import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;

import javafx.application.Platform;
import javafx.stage.Stage;

import org.qiao.cli.QiaoCommand;
import org.qiao.service.DemoDatabase;
import org.qiao.service.Services;
import org.qiao.ui.DesktopApp;
import org.qiao.ui.FxBackgroundTasks;

/** Opens the desktop window on the JavaFX thread; with {@code --measure-startup} it reports timings and exits. */
final class DesktopLauncher {

    private DesktopLauncher() {
    }

    static int open(AppContext context, QiaoCommand.WindowRequest request, EarlyStart early) {
        // Dates and numbers in controls (the date picker) follow the interface language.
        Locale.setDefault(Locale.Category.FORMAT, context.settings().locale());
        FxBackgroundTasks background = new FxBackgroundTasks();
        Callable<Services> openServices = context.settings().demo()
            ? () -> new DemoDatabase(context.services()).prepare()
            : context::services;
        EarlyStart started = early != null ? early : EarlyStart.beginIfWindow(new String[0]);
        // Always on the JavaFX thread: when the toolkit is up before the command line is read, a plain thenRun
        // would run this on the calling thread.
        started.toolkit().thenRunAsync(() -> {
            Stage stage = new Stage();
            DesktopApp app = new DesktopApp(context.messages(), openServices,
                locale -> context.settings().savePreference(AppSettings.KEY_LOCALE, tag(locale)), background);
            if (context.settings().demo()) {
                String users = DemoDatabase.ACCOUNTS.stream().map(DemoDatabase.Account::username)
                    .collect(Collectors.joining(context.messages().get("list.separator")));
                app.setLoginNotice(context.messages().get("login.demoNotice", users, DemoDatabase.PASSWORD));
            }
            if (request.measureStartup()) {
                measure(stage, app);
            }
            stage.setOnHidden(event -> {
                // Off the JavaFX thread: let running work finish, then close the database. Not a daemon thread,
                // so the program ends only after the database is closed.
                Thread closer = new Thread(() -> {
                    background.close();
                    context.close();
                }, "qiao-shutdown");
                closer.start();
                Platform.exit();
            });
            app.start(stage, started.font());
        }, Platform::runLater).exceptionally(failure -> {
            // A window that cannot open must not leave a silent process behind.
            System.err.println(context.messages().get("error.unexpected", failure.getMessage()));
            failure.printStackTrace();
            System.exit(1);
            return null;
        });
        return QiaoCommand.WINDOW_OPEN;
    }

    private static String tag(Locale locale) {
        return Locale.ENGLISH.getLanguage().equals(locale.getLanguage()) ? "en" : "zh";
    }

    /**
     * Launch to window shown, and launch to the sign-in form ready (database open), in milliseconds since the
     * JVM started: {@code qiao bench startup} compares the first with a bare JavaFX window.
     */
    private static void measure(Stage stage, DesktopApp app) {
        long jvmStart = ManagementFactory.getRuntimeMXBean().getStartTime();
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        stage.setOnShown(event -> Platform.runLater(() ->
            out.println("window-shown-ms=" + (System.currentTimeMillis() - jvmStart))));
        app.readyProperty().addListener((obs, old, ready) -> {
            if (ready) {
                out.println("sign-in-ready-ms=" + (System.currentTimeMillis() - jvmStart));
                Platform.runLater(() -> System.exit(0));
            }
        });
    }
}
