// SPDX-License-Identifier: AGPL-3.0-or-later
package org.qiao.ui.handoff;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Locale;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.qiao.app.AppContext;
import org.qiao.i18n.Messages;
import org.qiao.service.ReferralFixtures;
import org.qiao.service.ReferralService;
import org.qiao.ui.FakeDialogService;
import org.qiao.ui.SynchronousBackgroundTasks;
import org.qiao.ui.TestDatabase;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The two controls in a window: their buttons start the export and the import, their labels say what happened. */
@Tag("ui")
@ExtendWith(ApplicationExtension.class)
class HandoffControlsUiTest {

    @TempDir
    static Path folder;

    private static AppContext studio;
    private static ReferralService.Registration referral;
    private final FakeDialogService dialogs = new FakeDialogService();

    /** The database work before the window: {@code @Start} runs on the JavaFX thread under a time limit. */
    @BeforeAll
    static void aReferral() {
        studio = TestDatabase.open(folder.resolve("db"), Locale.SIMPLIFIED_CHINESE);
        referral = studio.services().referrals().register(ReferralFixtures.form(studio.services(), LocalDate.now()),
            null);
    }

    @Start
    void start(Stage stage) {
        Messages messages = studio.messages();
        HandoffExportViewModel export = new HandoffExportViewModel(studio.services().handoffs(), dialogs,
            new SynchronousBackgroundTasks(), messages);
        export.setCase(referral.caseId(), referral.caseNumber());
        HandoffImportViewModel importer = new HandoffImportViewModel(studio.services().handoffs(), dialogs,
            new SynchronousBackgroundTasks(), messages, imported -> { });
        stage.setScene(new Scene(new VBox(8, new HandoffExportControl(export, messages),
            new HandoffImportControl(importer, messages)), 900, 200));
        stage.show();
    }

    @AfterAll
    static void close() {
        studio.close();
    }

    @Test
    void theButtonsExportAndCheckThePackage(FxRobot robot) {
        Path zip = folder.resolve("package.zip");
        dialogs.saveFiles.add(zip);
        robot.clickOn("#handoffExportButton");
        assertTrue(Files.isRegularFile(zip));
        assertTrue(robot.lookup("#handoffExportMessage").queryAs(Label.class).getText().endsWith(zip.toString()));

        // The studio's own package names a court case number it already registered: refused, with that reason.
        dialogs.files.add(zip);
        robot.clickOn("#handoffImportButton");
        String message = robot.lookup("#handoffImportMessage").queryAs(Label.class).getText();
        assertTrue(message.startsWith("移交包中的案件信息不能登记：法院案号 "), message);
        assertTrue(message.endsWith("（清单字段 courtCaseNumber）"), message);
        assertEquals(message, dialogs.shown.get(dialogs.shown.size() - 1));
    }
}
