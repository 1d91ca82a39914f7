// SPDX-License-Identifier: AGPL-3.0-or-later
package org.qiao.app;

import java.util.Set;
import java.util.concurrent.CompletableFuture;

import javafx.application.Platform;

import org.qiao.ui.BundledFont;
import org.qiao.ui.DesktopApp;

/**
 * Start-up work that does not depend on the command line: when the arguments ask for the window, the JavaFX
 * toolkit, the theme and the bundled font are started on their own thread at once, while the command line and the
 * settings are read on the main thread. Start-up is then about as fast as a bare JavaFX window.
 */
final class EarlyStart {

    /**
     * Arguments that mean "no window": every subcommand of the root (a test compares this with the command tree) and
     * the informational options.
     */
    static final Set<String> NOT_A_WINDOW = Set.of("tools", "demo-data", "calendar", "users", "cases", "bench",
        "sessions", "payments", "handback", "handoff", "referrals", "print", "verify-document", "courts", "help",
        "--help", "-h", "--version", "-V");

    private final CompletableFuture<Void> toolkit = new CompletableFuture<>();
    private final CompletableFuture<String> font = new CompletableFuture<>();

    private EarlyStart() {
    }

    /** Begins the toolkit when {@code args} look like a window run; otherwise returns {@code null}. */
    static EarlyStart beginIfWindow(String[] args) {
        for (String arg : args) {
            if (NOT_A_WINDOW.contains(arg)) {
                return null;
            }
        }
        EarlyStart early = new EarlyStart();
        Thread thread = new Thread(early::run, "qiao-early-start");
        // Not a daemon: it keeps the program alive until the JavaFX thread (which then does) has started.
        thread.start();
        return early;
    }

    private void run() {
        try {
            Platform.startup(() -> {
                DesktopApp.applyTheme();
                toolkit.complete(null);
            });
            font.complete(BundledFont.load(AppSettings.defaultCacheDir(System.getenv())));
        } catch (RuntimeException | Error e) {
            toolkit.completeExceptionally(e);
            font.completeExceptionally(e);
        }
    }

    /** Completes on the JavaFX thread once the toolkit and the theme are ready. */
    CompletableFuture<Void> toolkit() {
        return toolkit;
    }

    /** The bundled font's family name, once loaded. */
    CompletableFuture<String> font() {
        return font;
    }
}
