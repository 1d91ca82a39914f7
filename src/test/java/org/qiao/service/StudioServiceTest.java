// SPDX-License-Identifier: AGPL-3.0-or-later
package org.qiao.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import org.qiao.domain.FieldProblem;
import org.qiao.domain.QiaoException;
import org.qiao.domain.ValidationException;
import org.qiao.domain.cases.CaseNumberPattern;
import org.qiao.domain.user.PasswordHasher;
import org.qiao.domain.user.Role;
import org.qiao.store.Database;
import org.qiao.store.DatabaseConfig;
import org.qiao.store.ReferenceData;

/** Studio case-number patterns changed by an administrator: numbering goes on without a gap or a clash. */
class StudioServiceTest {

    @TempDir
    Path dataDir;

    private Database database;
    private UserSession session;
    private StudioService studios;
    private IntakeService intake;

    @BeforeEach
    void open() {
        session = new UserSession("admin.sarnai");
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

    private String storedPhone(long studioId) {
        return database.transactions().call(r -> r.studios().findById(studioId)).orElseThrow().getPhone();
    }

    @ParameterizedTest
    @ValueSource(strings = {"0477-8561234", "0471 6912345", "13904771234", "+86 (471) 691-2345", " 12345 "})
    void storesATelephoneTheCourtCanCall(String phone) {
        long studio = studios.add("四号工作室", null, "丁〔{year}〕{seq:4}号").getId();
        assertEquals(phone.strip(), studios.updatePhone(studio, phone).getPhone());
        assertEquals(phone.strip(), storedPhone(studio));
        assertEquals(phone.strip(), numbering(studio).phone());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "0477-856123x|studio.phone.shape", "电话 0477-8561234|studio.phone.shape", "0477+8561234|studio.phone.shape",
        "-- --|studio.phone.shape", "1234|studio.phone.length", "0477-8561234-8561234-8561234-12|studio.phone.length"})
    void refusesATelephoneInWordsAndKeepsTheOldOne(String phone, String key) {
        long studio = studios.add("五号工作室", null, "戊〔{year}〕{seq:4}号").getId();
        studios.updatePhone(studio, "0477-8561234");
        ValidationException e = assertThrows(ValidationException.class, () -> studios.updatePhone(studio, phone));
        assertEquals(List.of(key), e.problemsOf("phone").stream().map(FieldProblem::messageKey).toList());
        assertEquals("0477-8561234", storedPhone(studio), "nothing stored on refusal");
    }

    @Test
    void aBlankTelephoneClearsIt() {
        long studio = studios.add("六号工作室", null, "己〔{year}〕{seq:4}号").getId();
        studios.updatePhone(studio, "0477-8561234");
        assertNull(studios.updatePhone(studio, "   ").getPhone());
        assertNull(storedPhone(studio));
        assertEquals("", numbering(studio).phone());
    }

    @Test
    void onlyAnAdministratorSetsTheTelephone() {
        long studio = studios.add("七号工作室", null, "庚〔{year}〕{seq:4}号").getId();
        AuthService auth = new AuthService(database.transactions(), new PasswordHasher(1_000), session);
        auth.addAccountAsSystem("qiqige", "其其格", Role.MEDIATOR, "mediate-2026".toCharArray());
        auth.login("qiqige", "mediate-2026".toCharArray());
        assertEquals("auth.adminOnly", assertThrows(QiaoException.class,
            () -> studios.updatePhone(studio, "0477-8561234")).messageKey());
        assertNull(storedPhone(studio));
    }
}
