// SPDX-License-Identifier: AGPL-3.0-or-later
package org.qiao.ui.login;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.qiao.app.AppContext;
import org.qiao.domain.QiaoException;
import org.qiao.domain.user.Role;
import org.qiao.service.Services;
import org.qiao.ui.ErrorText;
import org.qiao.ui.SynchronousBackgroundTasks;
import org.qiao.ui.TestDatabase;

class LoginViewModelTest {

    @TempDir
    Path dataDir;

    private AppContext context;
    private final AtomicReference<Services> signedIn = new AtomicReference<>();

    @BeforeEach
    void open() {
        context = TestDatabase.open(dataDir, Locale.SIMPLIFIED_CHINESE);
    }

    @AfterEach
    void close() {
        context.close();
    }

    private LoginViewModel viewModel() {
        return new LoginViewModel(context::services, new SynchronousBackgroundTasks(),
            new ErrorText(context.messages()), signedIn::set);
    }

    private static void fill(LoginViewModel vm, String user, String name, String password, String confirmation) {
        vm.usernameProperty().set(user);
        vm.displayNameProperty().set(name);
        vm.passwordProperty().set(password);
        vm.confirmationProperty().set(confirmation);
    }

    @Test
    void aNewDatabaseAsksForTheFirstAdministrator() {
        LoginViewModel vm = viewModel();
        assertEquals(LoginViewModel.Mode.OPENING, vm.modeProperty().get());
        vm.start();
        assertEquals(LoginViewModel.Mode.SETUP, vm.modeProperty().get());
        assertFalse(vm.busyProperty().get());
    }

    @Test
    void aRejectedSetupKeepsTheNamesClearsThePasswordsAndSaysWhy() {
        LoginViewModel vm = viewModel();
        vm.start();
        fill(vm, "admin", "巴特尔·朝鲁", "steppe-2026", "steppe-2027");
        vm.submitSetup();
        assertEquals("两次输入的密码不一致。", vm.messageProperty().get());
        assertEquals("admin", vm.usernameProperty().get());
        assertEquals("巴特尔·朝鲁", vm.displayNameProperty().get());
        assertEquals("", vm.passwordProperty().get());
        assertNull(signedIn.get());

        fill(vm, "admin", "巴特尔·朝鲁", "steppe-2026", "steppe-2026");
        vm.submitSetup();
        assertSame(context.services(), signedIn.get());
        assertEquals("", vm.passwordProperty().get(), "no password stays in memory after sign-in");
    }

    @Test
    void afterAnAdministratorsResetTheUserChoosesANewPasswordBeforeEnteringTheApp() {
        Services services = context.services();
        services.auth().createFirstAdministrator("admin", "", "steppe-2026".toCharArray(),
            "steppe-2026".toCharArray());
        services.auth().addUser("qiqige", "其其格", Role.MEDIATOR, "temporary-1".toCharArray(),
            "temporary-1".toCharArray());
        services.auth().logout();

        LoginViewModel vm = viewModel();
        vm.start();
        assertEquals(LoginViewModel.Mode.LOGIN, vm.modeProperty().get());
        vm.usernameProperty().set("qiqige");
        vm.passwordProperty().set("temporary-1");
        vm.submitLogin();
        assertEquals(LoginViewModel.Mode.CHANGE_PASSWORD, vm.modeProperty().get());
        assertNull(signedIn.get(), "not in the app before the new password is set");

        vm.newPasswordProperty().set("own-secret-9");
        vm.newPasswordRepeatProperty().set("own-secret-8");
        vm.submitPasswordChange();
        assertEquals("两次输入的密码不一致。", vm.messageProperty().get());
        vm.newPasswordProperty().set("own-secret-9");
        vm.newPasswordRepeatProperty().set("own-secret-9");
        vm.submitPasswordChange();
        assertSame(services, signedIn.get());
    }

    @Test
    void aDatabaseThatCannotOpenSaysWhyAndCanBeRetried() {
        AtomicInteger attempts = new AtomicInteger();
        LoginViewModel vm = new LoginViewModel(() -> {
            if (attempts.incrementAndGet() == 1) {
                throw new QiaoException("store.locked", "/data/qiao.mv.db");
            }
            return context.services();
        }, new SynchronousBackgroundTasks(), new ErrorText(context.messages()), signedIn::set);
        vm.start();
        assertEquals(LoginViewModel.Mode.FAILED, vm.modeProperty().get());
        assertTrue(vm.messageProperty().get().contains("/data/qiao.mv.db"), vm.messageProperty().get());
        vm.start();
        assertEquals(LoginViewModel.Mode.SETUP, vm.modeProperty().get());
        assertEquals("", vm.messageProperty().get());
    }
}
