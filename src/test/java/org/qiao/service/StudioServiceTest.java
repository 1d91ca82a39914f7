// SPDX-License-Identifier: AGPL-3.0-or-later
package org.qiao.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.qiao.domain.QiaoException;
import org.qiao.domain.cases.CaseNumberPattern;
import org.qiao.store.Database;
import org.qiao.store.DatabaseConfig;
import org.qiao.store.ReferenceData;

/** Studio case-number patterns changed by an administrator: numbering goes on without a gap or a clash. */
class StudioServiceTest {

    @TempDir
    Path dataDir;

    private Database database;
    private StudioService studios;
    private IntakeService intake;

    @BeforeEach
    void open() {
        UserSession session = new UserSession("admin.sarnai");
        database = Database.open(DatabaseConfig.embedded(dataDir), session::actorName);
        studios = new StudioService(database.transactions(), session);
        intake = new IntakeService(database.transactions(), session, ReferenceData.regions(), IntakeFixtures.CLOCK);
    }

    @AfterEach
    void close() {
        database.close();
    }

    private StudioService.Numbering numbering(long studioId) {
        return studios.numbering(2026).stream().filter(n -> n.studioId() == studioId).findFirst().orElseThrow();
    }

    @Test
    void aNewPatternGoesOnFromTheYearsLastNumber() {
        long studio = studios.add("乌拉特前旗诉调对接工作室", "150823", "乌前工调〔{year}〕{seq:4}号").getId();
        assertEquals(1, numbering(studio).nextSequence());
        intake.register(IntakeFixtures.form(studio, 1, 0));
        intake.register(IntakeFixtures.form(studio, 1, 0));
        StudioService.Numbering before = numbering(studio);
        assertEquals(3, before.nextSequence());
        assertEquals("乌前工调〔2026〕0003号", before.nextNumber(CaseNumberPattern.parse(before.pattern())));

        studios.updatePattern(studio, "乌前诉调〔{year}〕第{seq:5}号");

        assertEquals("乌前诉调〔{year}〕第{seq:5}号", numbering(studio).pattern());
        assertEquals("乌前诉调〔2026〕第00003号", intake.register(IntakeFixtures.form(studio, 1, 0)).caseNumber());
    }

    @Test
    void refusesThePatternOfAnotherStudio() {
        studios.add("东胜区工作室", "150602", "东工调〔{year}〕{seq:4}号");
        long other = studios.add("康巴什区工作室", "150603", "康工调〔{year}〕{seq:4}号").getId();
        QiaoException e = assertThrows(QiaoException.class,
            () -> studios.updatePattern(other, "东工调〔{year}〕{seq:4}号"));
        assertEquals("studio.pattern.taken", e.messageKey());
        assertEquals("康工调〔{year}〕{seq:4}号", numbering(other).pattern(), "nothing changed");
    }

    @Test
    void refusesAPatternWhoseNextNumberACaseAlreadyHas() {
        long first = studios.add("一号工作室", null, "甲〔{year}〕{seq:4}号").getId();
        long second = studios.add("二号工作室", null, "乙〔{year}〕{seq:4}号").getId();
        intake.register(IntakeFixtures.form(first, 1, 0));
        intake.register(IntakeFixtures.form(first, 1, 0));
        intake.register(IntakeFixtures.form(second, 1, 0));

        // Another text, the same number: 乙's next case would be 甲〔2026〕0002号, which 甲 gave already.
        QiaoException e = assertThrows(QiaoException.class,
            () -> studios.updatePattern(second, "甲〔{year}〕0{seq:3}号"));

        assertEquals("studio.pattern.clash", e.messageKey());
        assertEquals("甲〔2026〕0002号", e.args()[1]);
    }

    @Test
    void refusesAnInvalidPatternInWords() {
        long studio = studios.add("三号工作室", null, "丙〔{year}〕{seq:4}号").getId();
        assertEquals("studio.pattern.invalid", assertThrows(QiaoException.class,
            () -> studios.updatePattern(studio, "丙〔{year}〕号")).messageKey());
    }
}
