// SPDX-License-Identifier: AGPL-3.0-or-later
package org.qiao.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.qiao.domain.QiaoException;
import org.qiao.domain.audit.AuditEntry;
import org.qiao.domain.user.PasswordHasher;
import org.qiao.domain.user.Role;
import org.qiao.domain.user.User;
import org.qiao.domain.user.UserRef;
import org.qiao.store.Database;
import org.qiao.store.DatabaseConfig;

/** Accounts on a real embedded database: first administrator, sign-in, the administrator's user management. */
class AuthServiceTest {

    @TempDir
    Path dataDir;

    private Database database;
    private UserSession session;
    private AuthService auth;

    @BeforeEach
    void openDatabase() {
        session = UserSession.forOperatingSystemUser();
        database = Database.open(DatabaseConfig.embedded(dataDir), session::actorName);
        // A low work factor keeps the test fast; PasswordHasherTest covers the production factor.
        auth = new AuthService(database.transactions(), new PasswordHasher(1_000), session);
    }

    @AfterEach
    void closeDatabase() {
        database.close();
    }

    private static char[] pw(String text) {
        return text.toCharArray();
    }

    private static String key(Runnable action) {
        return assertThrows(QiaoException.class, action::run).messageKey();
    }

    @Test
    void aNewDatabaseAsksForTheFirstAdministratorAndSignsThemIn() {
        assertTrue(auth.needsFirstAdministrator());
        User admin = auth.createFirstAdministrator("admin", "巴特尔·朝鲁", pw("steppe-2026"), pw("steppe-2026"));
        assertEquals(Role.ADMINISTRATOR, admin.getRole());
        assertFalse(admin.isMustChangePassword(), "the administrator chose this password");
        assertFalse(auth.needsFirstAdministrator());
        assertTrue(session.hasRole(Role.ADMINISTRATOR));
        assertEquals("admin", session.actorName());
    }

    @Test
    void refusesASecondFirstAdministrator() {
        auth.createFirstAdministrator("admin", "", pw("steppe-2026"), pw("steppe-2026"));
        assertEquals("auth.setup.alreadyDone",
            key(() -> auth.createFirstAdministrator("other", "", pw("steppe-2026"), pw("steppe-2026"))));
    }

    @Test
    void storesOnlyASaltedHashNeverThePassword() {
        User admin = auth.createFirstAdministrator("admin", "", pw("steppe-2026"), pw("steppe-2026"));
        assertFalse(admin.getPasswordHash().contains("steppe-2026"));
        assertTrue(admin.getPasswordHash().startsWith("pbkdf2-sha256$"));
        List<AuditEntry> audit = database.transactions().call(r -> r.audit().latest(50));
        assertTrue(audit.stream().noneMatch(e -> e.changes().contains(admin.getPasswordHash())));
        assertTrue(audit.stream().anyMatch(e -> "os:".regionMatches(0, e.username(), 0, 3)),
            "the first administrator is created by the operating-system user");
    }

    @Test
    void rejectsWeakOrMismatchedPasswordsAndBadUserNames() {
        assertEquals("auth.password.tooShort", key(() -> auth.createFirstAdministrator("admin", "", pw("short"),
            pw("short"))));
        assertEquals("auth.password.mismatch", key(() -> auth.createFirstAdministrator("admin", "",
            pw("steppe-2026"), pw("steppe-2027"))));
        assertEquals("auth.username.invalid", key(() -> auth.createFirstAdministrator("a b", "",
            pw("steppe-2026"), pw("steppe-2026"))));
        assertEquals("auth.password.sameAsUsername", key(() -> auth.createFirstAdministrator("administrator", "",
            pw("Administrator"), pw("Administrator"))));
        assertTrue(auth.needsFirstAdministrator(), "nothing was stored");
    }

    @Test
    void signsInWithTheRightPasswordOnlyAndSaysTheSameForUnknownUsers() {
        auth.createFirstAdministrator("admin", "", pw("steppe-2026"), pw("steppe-2026"));
        auth.logout();
        assertEquals("auth.login.failed", key(() -> auth.login("admin", pw("wrong-password"))));
        assertEquals("auth.login.failed", key(() -> auth.login("nobody", pw("steppe-2026"))));
        assertEquals("auth.login.empty", key(() -> auth.login("", pw(""))));
        User signedIn = auth.login("admin", pw("steppe-2026"));
        assertTrue(signedIn.getLastLoginAt() != null);
    }

    @Test
    void onlyAnAdministratorAddsUsersAndResetsPasswords() {
        auth.createFirstAdministrator("admin", "", pw("steppe-2026"), pw("steppe-2026"));
        User added = auth.addUser("qiqige", "其其格", Role.MEDIATOR, pw("mediate-2026"), pw("mediate-2026"));
        assertTrue(added.isMustChangePassword(), "a password the administrator chose is changed at first sign-in");
        assertEquals("auth.user.exists", key(() -> auth.addUser("qiqige", "", Role.LAWYER, pw("mediate-2026"),
            pw("mediate-2026"))));
        auth.logout();
        auth.login("qiqige", pw("mediate-2026"));
        assertEquals("auth.adminOnly", key(() -> auth.addUser("x1", "", Role.LAWYER, pw("lawyer-2026"),
            pw("lawyer-2026"))));
        assertEquals("auth.adminOnly", key(() -> auth.resetPassword("admin", pw("taken-over"), pw("taken-over"))));
        assertEquals("auth.adminOnly", key(auth::users));
    }

    @Test
    void aFirstAdministratorClaimedByAnotherWorkstationMeanwhileIsRefusedInWords() {
        // What the second of two workstations setting up a new server at the same moment meets: the claim is
        // taken although it saw no account (store contract: the second claim waits and then fails).
        database.transactions().run(r -> r.users().claimSetup(AuthService.FIRST_ADMINISTRATOR));
        assertTrue(auth.needsFirstAdministrator());
        assertEquals("auth.setup.alreadyDone",
            key(() -> auth.createFirstAdministrator("admin", "", pw("steppe-2026"), pw("steppe-2026"))));
        assertEquals(0, auth.usersAsSystem().size(), "nothing of the refused transaction is kept");
    }

    @Test
    void anyoneSignedInSeesTheMediatorsByNameAndNobodyElse() {
        auth.createFirstAdministrator("admin", "", pw("steppe-2026"), pw("steppe-2026"));
        auth.addAccountAsSystem("qiqige", "其其格", Role.MEDIATOR, pw("mediate-2026"));
        auth.addAccountAsSystem("bater", "巴特尔", Role.MEDIATOR, pw("mediate-2026"));
        auth.addAccountAsSystem("lilaw", "李律师", Role.LAWYER, pw("lawyer-2026"));
        auth.addAccountAsSystem("wulan", "乌兰", Role.SUPERVISOR, pw("oversee-2026"));
        auth.logout();
        assertEquals("auth.notSignedIn", key(auth::mediators));

        auth.login("wulan", pw("oversee-2026"));
        assertEquals(List.of("巴特尔", "其其格"), auth.mediators().stream().map(UserRef::displayName).toList(),
            "mediators only, in pinyin order (ba before qi)");
    }

    @Test
    void aResetPasswordMustBeChangedAtTheNextSignIn() {
        auth.createFirstAdministrator("admin", "", pw("steppe-2026"), pw("steppe-2026"));
        auth.addUser("wang", "王建国", Role.LAWYER, pw("lawyer-2026"), pw("lawyer-2026"));
        auth.resetPassword("wang", pw("temporary-1"), pw("temporary-1"));
        auth.logout();
        assertEquals("auth.login.failed", key(() -> auth.login("wang", pw("lawyer-2026"))));
        User wang = auth.login("wang", pw("temporary-1"));
        assertTrue(wang.isMustChangePassword());
        assertTrue(session.user().isEmpty(), "not signed in before the new password is chosen");
        assertEquals("auth.adminOnly", key(auth::users));
        assertEquals("auth.password.currentWrong",
            key(() -> auth.changeOwnPassword(pw("nope-nope"), pw("own-secret-9"), pw("own-secret-9"))));
        auth.changeOwnPassword(pw("temporary-1"), pw("own-secret-9"), pw("own-secret-9"));
        auth.logout();
        assertFalse(auth.login("wang", pw("own-secret-9")).isMustChangePassword());
    }

    @Test
    void aResetAdministratorHasNoAdministratorRightsBeforeChoosingANewPassword() {
        auth.createFirstAdministrator("admin", "", pw("steppe-2026"), pw("steppe-2026"));
        auth.addUser("admin2", "", Role.ADMINISTRATOR, pw("temporary-1"), pw("temporary-1"));
        auth.logout();
        auth.login("admin2", pw("temporary-1"));
        assertFalse(session.hasRole(Role.ADMINISTRATOR));
        assertEquals("auth.adminOnly", key(() -> auth.resetPassword("admin", pw("taken-over"), pw("taken-over"))));
        auth.changeOwnPassword(pw("temporary-1"), pw("own-secret-9"), pw("own-secret-9"));
        assertTrue(session.hasRole(Role.ADMINISTRATOR));
    }

    @Test
    void aStrongerWorkFactorRehashesAtSignIn() {
        auth.createFirstAdministrator("admin", "", pw("steppe-2026"), pw("steppe-2026"));
        AuthService stronger = new AuthService(database.transactions(), new PasswordHasher(2_000), session);
        User signedIn = stronger.login("admin", pw("steppe-2026"));
        assertTrue(signedIn.getPasswordHash().startsWith("pbkdf2-sha256$2000$"));
    }

    @Test
    void namesAccountsByDisplayNameAndSaysWhenTwoShareOne() {
        auth.addAccountAsSystem("qiqige", "其其格", Role.MEDIATOR, pw("mediate-2026"));
        auth.addAccountAsSystem("wangli", "王丽", Role.MEDIATOR, pw("mediate-2026"));
        auth.addAccountAsSystem("wangli2", "王丽", Role.LAWYER, pw("mediate-2026"));

        var names = auth.names(java.util.Set.of("qiqige", "wangli", "os:root"));

        assertEquals(new AuthService.PersonName("qiqige", "其其格", false), names.get("qiqige"));
        assertEquals(new AuthService.PersonName("wangli", "王丽", true), names.get("wangli"));
        assertEquals(2, names.size(), "an actor with no account is left out: " + names);
    }
}
