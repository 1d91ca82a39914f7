// SPDX-License-Identifier: AGPL-3.0-or-later
package org.qiao.ui.handoff;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.qiao.app.AppContext;
import org.qiao.i18n.Messages;
import org.qiao.service.HandoffService;
import org.qiao.service.ReferralFixtures;
import org.qiao.ui.FakeDialogService;
import org.qiao.ui.SynchronousBackgroundTasks;
import org.qiao.ui.TestDatabase;

/**
 * The export and import controls' ViewModels without a window: the file choosers and the confirmation answered by
 * a fake, the work run at once.
 */
class HandoffControlsTest {

    @TempDir
    Path sender;

    @TempDir
    Path receiver;

    @TempDir
    Path files;

    private final Messages messages = new Messages(Locale.SIMPLIFIED_CHINESE);
    private final FakeDialogService dialogs = new FakeDialogService();
    private AppContext studio;
    private AppContext other;
    private long caseId;
    private String caseNumber;

    @BeforeEach
    void twoStudios() {
        studio = TestDatabase.open(sender, Locale.SIMPLIFIED_CHINESE);
        other = TestDatabase.open(receiver, Locale.SIMPLIFIED_CHINESE);
        var registered = studio.services().referrals().register(
            ReferralFixtures.form(studio.services(), LocalDate.now().minusDays(2)), null);
        caseId = registered.caseId();
        caseNumber = registered.caseNumber();
    }

    @AfterEach
    void close() {
        studio.close();
        other.close();
    }

    private Path exported() {
        HandoffExportViewModel export = new HandoffExportViewModel(studio.services().handoffs(), dialogs,
            new SynchronousBackgroundTasks(), messages);
        export.setCase(caseId, caseNumber);
        dialogs.saveFiles.add(files.resolve("移交包"));
        export.export();
        Path zip = files.resolve("移交包.zip");
        assertTrue(Files.isRegularFile(zip));
        assertEquals("已导出转介（法院→调解室）（0 个文件）：" + zip, export.messageProperty().get());
        return zip;
    }

    @Test
    void exportWritesTheChosenFileWithItsExtension() {
        exported();
        assertEquals(List.of(), dialogs.shown);
    }

    @Test
    void exportWithoutACaseDoesNothing() {
        HandoffExportViewModel export = new HandoffExportViewModel(studio.services().handoffs(), dialogs,
            new SynchronousBackgroundTasks(), messages);
        export.setCase(null, null);
        assertTrue(!export.availableProperty().get());
        dialogs.saveFiles.add(files.resolve("none.zip"));
        export.export();
        assertTrue(Files.notExists(files.resolve("none.zip")));
    }

    @Test
    void importShowsWhatThePackageCarriesAndImportsOnConfirmation() throws Exception {
        Path zip = exported();
        other.services().handoffs().trust(Files.writeString(files.resolve("studio.pub"),
            studio.services().handoffs().publicKey().pem()), "东胜区调解室");
        List<HandoffService.Imported> seen = new ArrayList<>();
        HandoffImportViewModel importer = new HandoffImportViewModel(other.services().handoffs(), dialogs,
            new SynchronousBackgroundTasks(), messages, seen::add);

        dialogs.files.add(zip);
        dialogs.confirmations.add(false);
        importer.importPackage();
        assertEquals("未导入。", importer.messageProperty().get());
        assertTrue(seen.isEmpty());
        String confirmation = dialogs.shown.get(0);
        assertTrue(confirmation.contains("类型：转介（法院→调解室）\n"), confirmation);
        assertTrue(confirmation.contains("签名者：东胜区调解室\n"), confirmation);
        assertTrue(confirmation.contains("法院：鄂尔多斯市东胜区人民法院\n"), confirmation);

        dialogs.files.add(zip);
        importer.importPackage();
        assertEquals(1, seen.size());
        assertEquals("已导入为案件 " + seen.get(0).caseNumber() + "（法院案号 " + seen.get(0).courtCaseNumber()
            + "）。", importer.messageProperty().get());

        dialogs.files.add(zip);
        importer.importPackage();
        assertEquals(1, seen.size());
        assertTrue(importer.messageProperty().get().startsWith("此移交包已导入过"), importer.messageProperty().get());
    }

    @Test
    void aPackageFromAnUnknownKeyIsRefusedWithTheCheckThatFailed() {
        Path zip = exported();
        HandoffImportViewModel importer = new HandoffImportViewModel(other.services().handoffs(), dialogs,
            new SynchronousBackgroundTasks(), messages, imported -> { });
        dialogs.files.add(zip);
        importer.importPackage();
        assertTrue(importer.messageProperty().get().startsWith("此移交包由未知的密钥签名（指纹 "),
            importer.messageProperty().get());
        assertEquals(List.of(importer.messageProperty().get()), dialogs.shown);
        assertTrue(!importer.runningProperty().get());
    }
}
