// SPDX-License-Identifier: AGPL-3.0-or-later
package org.qiao.ui;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.qiao.domain.QiaoException;

class DocumentOutputTest {

    @TempDir
    Path dir;

    private final FakeDocumentPrinter printer = new FakeDocumentPrinter();

    @Test
    void replacesCharactersNoFileSystemTakes() {
        assertEquals("东工调_2026__1_2_号.pdf", DocumentOutput.fileName("东工调/2026: 1*2?号"));
        assertEquals("a_b_c_d_e_f_g.pdf", DocumentOutput.fileName("a\\b<c>d|e\"f\tg"));
        assertEquals("挽回经济损失情况-东劳调〔2026〕12号.pdf", DocumentOutput.fileName("挽回经济损失情况-东劳调〔2026〕12号"));
    }

    @Test
    void writesTheFileIntoANewFolderAndOpensOrPrintsIt() throws Exception {
        Path folder = dir.resolve("documents");
        byte[] pdf = {'%', 'P', 'D', 'F'};
        Path opened = new DocumentOutput(printer, folder).deliver("案/1", pdf, DocumentOutput.Delivery.OPEN);
        assertEquals(folder.resolve("案_1.pdf"), opened);
        assertArrayEquals(pdf, Files.readAllBytes(opened));
        assertEquals(List.of(opened), printer.opened);
        assertTrue(printer.printed.isEmpty());

        new DocumentOutput(printer, folder).deliver("案/1", pdf, DocumentOutput.Delivery.PRINT);
        assertEquals(List.of(opened), printer.printed);
    }

    @Test
    void theFileStaysWhenNothingCanOpenIt() {
        printer.noViewer = true;
        DocumentOutput output = new DocumentOutput(printer, dir);
        QiaoException refused = assertThrows(QiaoException.class,
            () -> output.deliver("summary", new byte[] {1}, DocumentOutput.Delivery.OPEN));
        assertEquals("printing.viewer.none", refused.messageKey());
        assertTrue(Files.exists(dir.resolve("summary.pdf")));
    }
}
