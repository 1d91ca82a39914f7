// SPDX-License-Identifier: AGPL-3.0-or-later
package org.qiao.service;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.qiao.domain.QiaoException;
import org.qiao.domain.cases.Evidence;
import org.qiao.store.AttachmentStore;
import org.qiao.store.Database;
import org.qiao.store.DatabaseConfig;
import org.qiao.store.ReferenceData;

/** Evidence files looked at before attaching, and opened afterwards through a checked copy. */
class EvidenceServiceTest {

    @TempDir
    Path dataDir;

    private Database database;
    private EvidenceService evidence;
    private long caseId;

    @BeforeEach
    void open() {
        UserSession session = new UserSession("mediator.gerel");
        database = Database.open(DatabaseConfig.embedded(dataDir.resolve("db")), session::actorName);
        evidence = new EvidenceService(database.transactions(), new AttachmentStore(dataDir.resolve("attachments")),
            session, IntakeFixtures.CLOCK, dataDir.resolve("viewing"));
        IntakeService intake = new IntakeService(database.transactions(), session, ReferenceData.regions(),
            IntakeFixtures.CLOCK);
        long studio = new StudioService(database.transactions(), session).add("证据工作室", null,
            "证〔{year}〕{seq:4}号").getId();
        caseId = intake.register(IntakeFixtures.form(studio, 1, 0)).caseId();
    }

    @AfterEach
    void close() {
        database.close();
    }

    @Test
    void inspectingAFileGivesItsNameSizeAndHashWithoutStoringIt() throws Exception {
        Path file = Files.writeString(dataDir.resolve("考勤表.pdf"), "abc");
        EvidenceService.FileFacts facts = evidence.inspect(file);
        assertEquals("考勤表.pdf", facts.fileName());
        assertEquals(3, facts.size());
        // SHA-256 of "abc" (FIPS 180-2 example).
        assertEquals("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad", facts.sha256());
        assertFalse(Files.exists(dataDir.resolve("attachments").resolve(facts.sha256())));
        assertEquals("evidence.file.unreadable", assertThrows(QiaoException.class,
            () -> evidence.inspect(dataDir.resolve("不存在.pdf"))).messageKey());
    }

    @Test
    void opensACopyUnderTheOriginalNameAndRefusesAChangedFile() throws Exception {
        Path file = Files.write(dataDir.resolve("现场照片.jpg"), new byte[] {7, 8, 9});
        Evidence attached = evidence.attach(caseId, file, "现场");

        Path copy = evidence.copyForViewing(attached.getId());
        assertEquals("现场照片.jpg", copy.getFileName().toString());
        assertArrayEquals(new byte[] {7, 8, 9}, Files.readAllBytes(copy));
        assertFalse(copy.startsWith(dataDir.resolve("attachments")), "the viewer never gets the stored original");

        Files.write(dataDir.resolve("attachments").resolve(attached.getSha256()), new byte[] {7, 8, 0});
        QiaoException changed = assertThrows(QiaoException.class, () -> evidence.copyForViewing(attached.getId()));
        assertEquals("evidence.file.corrupted", changed.messageKey());
        assertEquals("现场照片.jpg", changed.args()[0], "named as the mediator knows it");
    }
}
