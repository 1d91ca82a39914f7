// SPDX-License-Identifier: AGPL-3.0-or-later
package org.qiao.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.qiao.domain.FieldProblem;
import org.qiao.domain.QiaoException;
import org.qiao.domain.ValidationException;
import org.qiao.domain.audit.AuditEntry;
import org.qiao.domain.court.Court;
import org.qiao.domain.court.CourtLevel;
import org.qiao.domain.court.ReferralType;
import org.qiao.domain.user.PasswordHasher;
import org.qiao.domain.user.Role;
import org.qiao.i18n.Messages;
import org.qiao.store.AttachmentStore;
import org.qiao.store.Database;
import org.qiao.store.DatabaseConfig;
import org.qiao.store.ReferenceData;
import org.qiao.store.Transactions;

/** The court list kept by an administrator: checked, audited, retired courts take no new referrals. */
class CourtServiceTest {

    @TempDir
    Path dataDir;

    private Database database;
    private Transactions tx;
    private AuthService auth;
    private CourtService courts;

    @BeforeEach
    void open() {
        UserSession session = UserSession.forOperatingSystemUser();
        database = Database.open(DatabaseConfig.embedded(dataDir), session::actorName);
        tx = database.transactions();
        auth = new AuthService(tx, new PasswordHasher(1_000), session);
        auth.createFirstAdministrator("admin", "张海燕", "steppe-2026".toCharArray(), "steppe-2026".toCharArray());
        courts = new CourtService(tx, session);
    }

    @AfterEach
    void close() {
        database.close();
    }

    private static CourtService.CourtEntry entry(String code, String name, CourtLevel level) {
        return new CourtService.CourtEntry(code, name, level, "150602", "0477-8581234", "鄂尔多斯市东胜区");
    }

    private static Map<String, String> problems(ValidationException e) {
        return e.problems().stream().collect(Collectors.toMap(FieldProblem::field, FieldProblem::messageKey,
            (a, b) -> a));
    }

    @Test
    void theShippedListHasTheBasicAndIntermediateCourts() {
        List<Court> active = courts.active();
        assertEquals(116, active.size());
        Court dongsheng = courts.byCode("内0602");
        assertEquals("鄂尔多斯市东胜区人民法院", dongsheng.getName());
        assertEquals(CourtLevel.BASIC, dongsheng.getLevel());
    }

    @Test
    void anAdministratorAddsACourtAndTheChangeIsAudited() {
        Court added = courts.add(new CourtService.CourtEntry(" 内71 ", " 呼和浩特铁路运输中级法院 ", CourtLevel.SPECIAL,
            "", " 0471-1234567 ", null));
        assertEquals("内71", added.getCode());
        assertEquals("呼和浩特铁路运输中级法院", added.getName());
        assertEquals("0471-1234567", added.getPhone());
        assertEquals(null, added.getRegionCode());
        assertTrue(added.isActive());
        assertEquals(117, courts.active().size());
        List<AuditEntry> audit = tx.call(r -> r.audit().forEntity("Court", added.getId()));
        assertEquals(1, audit.size());
        assertEquals("INSERT", audit.get(0).action());
        assertEquals("admin", audit.get(0).username());
    }

    @Test
    void onlyAnAdministratorChangesTheList() {
        auth.addAccountAsSystem("qiqige", "其其格", Role.MEDIATOR, "mediate-2026".toCharArray());
        auth.logout();
        auth.login("qiqige", "mediate-2026".toCharArray());
        long dongsheng = courts.byCode("内0602").getId();
        for (Runnable change : List.<Runnable>of(
            () -> courts.add(entry("内0699", "某某旗人民法院", CourtLevel.BASIC)),
            () -> courts.update(dongsheng, 0, entry("内0602", "东胜区人民法院", CourtLevel.BASIC)),
            () -> courts.retire(dongsheng),
            () -> courts.reactivate(dongsheng))) {
            QiaoException e = assertThrows(QiaoException.class, change::run);
            assertEquals("auth.adminOnly", e.messageKey());
        }
        assertEquals("鄂尔多斯市东胜区人民法院", courts.byCode("内0602").getName());
        assertTrue(courts.byCode("内0602").isActive());
        assertEquals(116, courts.all().size());
    }

    @Test
    void everyProblemIsReportedOnItsField() {
        ValidationException e = assertThrows(ValidationException.class, () -> courts.add(
            new CourtService.CourtEntry("内06", " ", null, "15060", "1".repeat(31), "址".repeat(301))));
        assertEquals(Map.of("level", "court.level.required", "name", "court.name.required",
            "regionCode", "court.region.shape", "phone", "field.tooLong.field", "address", "field.tooLong.field",
            "code", "court.code.taken"), problems(e));
        assertEquals(116, courts.all().size(), "nothing stored");
    }

    @Test
    void theCodeHasTheShapeOfTheLevel() {
        assertEquals("court.code.shape", problems(assertThrows(ValidationException.class,
            () -> courts.add(entry("蒙0699", "某旗人民法院", CourtLevel.BASIC)))).get("code"));
        assertEquals("court.code.shape", problems(assertThrows(ValidationException.class,
            () -> courts.add(entry("内069", "某旗人民法院", CourtLevel.BASIC)))).get("code"));
        assertEquals("court.code.level.BASIC", problems(assertThrows(ValidationException.class,
            () -> courts.add(entry("内69", "某旗人民法院", CourtLevel.BASIC)))).get("code"));
        assertEquals("court.code.level.INTERMEDIATE", problems(assertThrows(ValidationException.class,
            () -> courts.add(entry("内", "某市中级人民法院", CourtLevel.INTERMEDIATE)))).get("code"));
        assertEquals("court.code.level.HIGH", problems(assertThrows(ValidationException.class,
            () -> courts.add(entry("内01", "某高级人民法院", CourtLevel.HIGH)))).get("code"));
        assertEquals("court.code.required", problems(assertThrows(ValidationException.class,
            () -> courts.add(entry("", "某旗人民法院", CourtLevel.BASIC)))).get("code"));
    }

    @Test
    void namesAndCodesAreUniqueButACourtKeepsItsOwn() {
        Court dongsheng = courts.byCode("内0602");
        ValidationException e = assertThrows(ValidationException.class,
            () -> courts.add(entry("内0699", "鄂尔多斯市东胜区人民法院", CourtLevel.BASIC)));
        assertEquals(Map.of("name", "court.name.taken"), problems(e));
        e = assertThrows(ValidationException.class, () -> courts.update(dongsheng.getId(),
            dongsheng.getVersion(), entry("内0603", "鄂尔多斯市东胜区人民法院", CourtLevel.BASIC)));
        assertEquals(Map.of("code", "court.code.taken"), problems(e));

        Court changed = courts.update(dongsheng.getId(), dongsheng.getVersion(), new CourtService.CourtEntry("内0602",
            "鄂尔多斯市东胜区人民法院", CourtLevel.BASIC, "150602", "0477-8581234", "鄂尔多斯市东胜区天骄路"));
        assertEquals("0477-8581234", changed.getPhone());
        assertEquals("鄂尔多斯市东胜区天骄路", courts.byCode("内0602").getAddress());
        List<AuditEntry> audit = tx.call(r -> r.audit().forEntity("Court", dongsheng.getId()));
        assertEquals("UPDATE", audit.get(audit.size() - 1).action());
        assertTrue(audit.get(audit.size() - 1).changes().contains("0477-8581234"), audit.toString());
    }

    @Test
    void anEditOfACourtSomeoneChangedSinceItWasReadIsRefusedWithNothingChanged() {
        Court seen = courts.byCode("内0602");
        Court first = courts.update(seen.getId(), seen.getVersion(), new CourtService.CourtEntry("内0602",
            seen.getName(), CourtLevel.BASIC, null, "0477-1111111", null));
        assertTrue(first.getVersion() > seen.getVersion());

        QiaoException stale = assertThrows(QiaoException.class, () -> courts.update(seen.getId(), seen.getVersion(),
            new CourtService.CourtEntry("内0602", seen.getName(), CourtLevel.BASIC, null, "0477-2222222", null)));

        assertEquals("court.changed", stale.messageKey());
        assertEquals("鄂尔多斯市东胜区人民法院刚刚被其他人修改过，您的修改没有保存。请重新选择该法院，核对后再改。",
            new Messages(Locale.SIMPLIFIED_CHINESE).get(stale.messageKey(), stale.args()));
        Court now = courts.byCode("内0602");
        assertEquals("0477-1111111", now.getPhone());
        assertEquals(first.getVersion(), now.getVersion());
        assertEquals(1, tx.call(r -> r.audit().forEntity("Court", seen.getId())).size());
    }

    @Test
    void aRetiredCourtTakesNoNewReferralsButKeepsItsOldOnes() {
        AttachmentStore attachments = new AttachmentStore(dataDir.resolve("attachments"));
        UserSession session = new UserSession("mediator.gerel");
        IntakeService intake = new IntakeService(tx, session, ReferenceData.regions(), IntakeFixtures.CLOCK,
            attachments);
        ReferralService referrals = new ReferralService(tx, intake, new CalendarService(ReferenceData.holidays(), tx,
            session), attachments, IntakeFixtures.CLOCK);
        ReferralService.Registration first = referrals.register(ReferralFixtures.form(tx, ReferralType.DELEGATED,
            java.time.LocalDate.of(2026, 3, 9), 1), null);
        Court dongsheng = courts.byCode("内0602");

        courts.retire(dongsheng.getId());

        assertFalse(courts.byCode("内0602").isActive());
        assertFalse(courts.active().stream().anyMatch(c -> c.getCode().equals("内0602")));
        assertTrue(courts.all().stream().anyMatch(c -> c.getCode().equals("内0602")));
        assertEquals("court.alreadyRetired", assertThrows(QiaoException.class,
            () -> courts.retire(dongsheng.getId())).messageKey());
        ValidationException refused = assertThrows(ValidationException.class, () -> referrals.register(
            ReferralFixtures.form(tx, ReferralType.DELEGATED, java.time.LocalDate.of(2026, 3, 9), 1), null));
        assertEquals("referral.court.retired", problems(refused).get("courtId"));
        assertEquals(dongsheng.getId(), tx.call(r -> r.referrals().findById(first.referralId())).orElseThrow()
            .getCourt().getId());

        courts.reactivate(dongsheng.getId());
        assertTrue(courts.byCode("内0602").isActive());
        assertEquals("court.alreadyActive", assertThrows(QiaoException.class,
            () -> courts.reactivate(dongsheng.getId())).messageKey());
        List<AuditEntry> audit = tx.call(r -> r.audit().forEntity("Court", dongsheng.getId()));
        assertEquals(2, audit.size());
        assertTrue(audit.get(0).changes().contains("active"), audit.toString());
    }
}
