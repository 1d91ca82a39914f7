// SPDX-License-Identifier: AGPL-3.0-or-later
package org.qiao.ui;

import java.nio.file.Path;

import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.framework.junit5.ApplicationExtension;

import org.qiao.app.AppContext;

/**
 * The real window, headless, over a database in a temporary folder that each test class prepares; documents the
 * window opens or prints go to {@link #printer} instead of the system's viewer and printer.
 */
@Tag("ui")
@ExtendWith(ApplicationExtension.class)
abstract class WindowTest {

    @TempDir
    static Path dataDir;

    protected AppContext context;
    protected final FakeDocumentPrinter printer = new FakeDocumentPrinter();
    private FxBackgroundTasks background;

    /** The composition the window runs on, with whatever accounts the test needs. */
    protected abstract AppContext openContext(Path folder);

    /** Call from the test class's own {@code @Start} method: TestFX looks for it in the test class only. */
    protected void openWindow(Stage stage) {
        openWindow(stage, null);
    }

    /** As {@link #openWindow(Stage)}, with the window's dialogs answered by {@code dialogs} when it is given. */
    protected void openWindow(Stage stage, DialogService dialogs) {
        context = openContext(dataDir.resolve("db"));
        background = new FxBackgroundTasks();
        DesktopApp app = new DesktopApp(context.messages(), context::services, locale -> { }, background);
        app.setDocumentOutput(printer, dataDir.resolve("documents"));
        if (dialogs != null) {
            app.setDialogs(dialogs);
        }
        app.start(stage, dataDir.resolve("cache"));
    }

    @AfterEach
    void closeDatabase() {
        background.close();
        context.close();
    }
}
