// SPDX-License-Identifier: AGPL-3.0-or-later
package org.qiao.ui.settings;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.qiao.app.AppContext;
import org.qiao.domain.user.Role;
import org.qiao.service.Services;
import org.qiao.ui.ErrorText;
import org.qiao.ui.FakeDialogService;
import org.qiao.ui.SynchronousBackgroundTasks;
import org.qiao.ui.TestDatabase;

class SettingsViewModelTest {

    @TempDir
    Path dataDir;

    private AppContext context;
    private Services services;
    private final FakeDialogService dialogs = new FakeDialogService();
    private final List<Locale> savedLocales = new ArrayList<>();

    @BeforeEach
    void signInAsAdministrator() {
        context = TestDatabase.withAdministrator(dataDir);
        services = context.services();
    }

    @AfterEach
    void close() {
        context.close();
    }

    private SettingsViewModel viewModel() {
        return new SettingsViewModel(services.auth(), services.calendar(), "db", context.messages(),
            savedLocales::add, new SynchronousBackgroundTasks(), new ErrorText(context.messages()), dialogs);
    }

    @Test
    void addsAUserWhoMustChangeThePasswordAtFirstSignIn() {
        SettingsViewModel vm = viewModel();
        vm.loadUsers();
        vm.newUsernameProperty().set("qiqige");
        vm.newDisplayNameProperty().set("其其格");
        vm.newRoleProperty().set(Role.MEDIATOR);
        vm.newPasswordProperty().set("mediate-2026");
        vm.newPasswordRepeatProperty().set("mediate-2026");
        vm.addUser();
        assertFalse(vm.messageIsErrorProperty().get(), vm.messageProperty().get());
        assertEquals(List.of("admin", "qiqige"), vm.users().stream().map(SettingsViewModel.UserRow::username)
            .toList());
        assertEquals("待本人修改密码", vm.users().get(1).state());
        assertEquals("", vm.newUsernameProperty().get(), "the form is cleared for the next user");
    }

    @Test
    void aRejectedUserKeepsWhatWasTypedButThePasswords() {
        SettingsViewModel vm = viewModel();
        vm.newUsernameProperty().set("qiqige");
        vm.newDisplayNameProperty().set("其其格");
        vm.newPasswordProperty().set("short");
        vm.newPasswordRepeatProperty().set("short");
        vm.addUser();
        assertTrue(vm.messageIsErrorProperty().get());
        assertEquals("密码至少需要 8 位。", vm.messageProperty().get());
        assertEquals("qiqige", vm.newUsernameProperty().get());
        assertEquals("其其格", vm.newDisplayNameProperty().get());
        assertEquals("", vm.newPasswordProperty().get());
    }

    @Test
    void resetsTheChosenUsersPassword() {
        services.auth().addUser("wang", "王建国", Role.LAWYER, "lawyer-2026".toCharArray(),
            "lawyer-2026".toCharArray());
        SettingsViewModel vm = viewModel();
        dialogs.passwords.add(new char[][] {"temporary-1".toCharArray(), "temporary-1".toCharArray()});
        vm.resetPassword("wang");
        assertEquals("已重置用户“wang”的密码。", vm.messageProperty().get());
        services.auth().logout();
        assertTrue(services.auth().login("wang", "temporary-1".toCharArray()).isMustChangePassword());
    }

    @Test
    void entersANewYearsHolidayScheduleFromAFile() throws IOException {
        Path file = dataDir.resolve("2027.csv");
        Files.writeString(file, "date,kind,name\n2027-02-06,off,春节\n2027-02-07,off,春节\n2027-02-20,workday,春节\n");
        dialogs.files.add(file);
        SettingsViewModel vm = viewModel();
        vm.loadScheduleYears();
        assertFalse(vm.scheduleYearsProperty().get().contains("2027"));
        vm.importSchedule();
        assertEquals("已录入 2027 年节假日安排：放假 2 天，调休上班 1 天。", vm.messageProperty().get());
        assertTrue(vm.scheduleYearsProperty().get().contains("2027 年（本单位录入）"),
            vm.scheduleYearsProperty().get());
    }

    @Test
    void aMediatorManagesNoUsersAndEntersNoSchedule() throws IOException {
        services.auth().addAccountAsSystem("qiqige", "其其格", Role.MEDIATOR, "mediate-2026".toCharArray());
        services.auth().logout();
        services.auth().login("qiqige", "mediate-2026".toCharArray());
        SettingsViewModel vm = viewModel();
        assertFalse(vm.isAdministrator());
        Path file = dataDir.resolve("2027.csv");
        Files.writeString(file, "date,kind,name\n2027-10-01,off,国庆节\n");
        dialogs.files.add(file);
        vm.importSchedule();
        assertEquals("只有系统管理员可以进行此操作。", vm.messageProperty().get());
    }

    @Test
    void choosingEnglishIsSavedForTheNextStart() {
        SettingsViewModel vm = viewModel();
        vm.chooseLanguage(Locale.ENGLISH);
        assertEquals(List.of(Locale.ENGLISH), savedLocales);
        assertEquals("已选择“English”，下次启动时生效。", vm.languageNoteProperty().get());
    }
}
