// SPDX-License-Identifier: AGPL-3.0-or-later
package org.qiao.ui.settings;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.stream.Collectors;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import org.qiao.domain.user.Role;
import org.qiao.domain.user.User;
import org.qiao.i18n.Messages;
import org.qiao.service.AuthService;
import org.qiao.service.CalendarService;
import org.qiao.ui.BackgroundTasks;
import org.qiao.ui.DialogService;
import org.qiao.ui.ErrorText;

/**
 * Settings: the interface language (applied at the next start), where the data lives, the holiday schedules the
 * deadlines use, and — for administrators — the user accounts (add a user, reset a password) and entering a new
 * year's holiday schedule.
 */
public final class SettingsViewModel {

    /** A row of the user table, with texts already in the user's language. */
    public record UserRow(String username, String displayName, String role, String state, String lastLogin) {
    }

    private final AuthService auth;
    private final CalendarService calendar;
    private final Messages messages;
    private final Consumer<Locale> saveLocale;
    private final BackgroundTasks background;
    private final ErrorText errors;
    private final DialogService dialogs;

    private final ObjectProperty<Locale> language;
    private final StringProperty languageNote = new SimpleStringProperty("");
    private final String databaseDescription;
    private final boolean administrator;

    private final ObservableList<UserRow> users = FXCollections.observableArrayList();
    private final StringProperty newUsername = new SimpleStringProperty("");
    private final StringProperty newDisplayName = new SimpleStringProperty("");
    private final ObjectProperty<Role> newRole = new SimpleObjectProperty<>(Role.MEDIATOR);
    private final StringProperty newPassword = new SimpleStringProperty("");
    private final StringProperty newPasswordRepeat = new SimpleStringProperty("");
    private final StringProperty message = new SimpleStringProperty("");
    private final BooleanProperty messageIsError = new SimpleBooleanProperty(false);
    private final BooleanProperty busy = new SimpleBooleanProperty(false);
    private final StringProperty scheduleYears = new SimpleStringProperty("");

    public SettingsViewModel(AuthService auth, CalendarService calendar, String databaseDescription,
                             Messages messages, Consumer<Locale> saveLocale, BackgroundTasks background,
                             ErrorText errors, DialogService dialogs) {
        this.auth = Objects.requireNonNull(auth);
        this.calendar = Objects.requireNonNull(calendar);
        this.databaseDescription = Objects.requireNonNull(databaseDescription);
        this.messages = Objects.requireNonNull(messages);
        this.saveLocale = Objects.requireNonNull(saveLocale);
        this.background = Objects.requireNonNull(background);
        this.errors = Objects.requireNonNull(errors);
        this.dialogs = Objects.requireNonNull(dialogs);
        this.language = new SimpleObjectProperty<>(messages.locale());
        this.administrator = auth.session().hasRole(Role.ADMINISTRATOR);
    }

    public List<Locale> languages() {
        return List.of(Messages.CHINESE, Locale.ENGLISH);
    }

    public String languageName(Locale locale) {
        return messages.get(Locale.ENGLISH.equals(locale) ? "settings.language.en" : "settings.language.zh");
    }

    /** Stores the chosen language (in the background: it writes the settings file); it applies at the next start. */
    public void chooseLanguage(Locale locale) {
        if (locale == null || locale.equals(language.get())) {
            return;
        }
        background.submit(() -> {
            saveLocale.accept(locale);
            return locale;
        }, saved -> {
            language.set(saved);
            languageNote.set(messages.get("settings.language.saved", languageName(saved)));
        }, failure -> languageNote.set(errors.of(failure)));
    }

    public boolean isAdministrator() {
        return administrator;
    }

    public String databaseDescription() {
        return databaseDescription;
    }

    /** Lists the years whose holiday schedule is known, and which were entered here rather than shipped. */
    public void loadScheduleYears() {
        background.submit(calendar::scheduleYears, years -> scheduleYears.set(describe(years)), this::fail);
    }

    private String describe(List<CalendarService.ScheduleYear> years) {
        String separator = messages.get("list.separator");
        String list = years.stream().map(year -> messages.get(year.source() == CalendarService.Source.ENTERED
            ? "settings.calendar.year.entered" : "settings.calendar.year.shipped", String.valueOf(year.year())))
            .collect(Collectors.joining(separator));
        return messages.get("settings.calendar.years", list);
    }

    /**
     * Enters a year's schedule from a CSV file the administrator chooses (the State Council notice, typed in the
     * shipped format). A file with a bad line stores nothing, and the message names the line.
     */
    public void importSchedule() {
        dialogs.chooseFileToOpen(messages.get("settings.calendar.import.title"),
            messages.get("settings.calendar.import.filter"), "*.csv").ifPresent(file ->
                background.submit(() -> calendar.importSchedule(file, null), stored -> {
                    inform(messages.get("calendar.import.done", stored.year(),
                        stored.daysOff(), stored.workdays()));
                    loadScheduleYears();
                }, this::fail));
    }

    public StringProperty scheduleYearsProperty() {
        return scheduleYears;
    }

    public void loadUsers() {
        if (!administrator) {
            return;
        }
        background.submit(auth::users, this::showUsers, this::fail);
    }

    private void showUsers(List<User> list) {
        users.setAll(list.stream().map(this::row).toList());
    }

    private UserRow row(User user) {
        String state = messages.get(!user.isActive() ? "settings.users.state.inactive"
            : user.isMustChangePassword() ? "settings.users.state.mustChange" : "settings.users.state.active");
        String lastLogin = user.getLastLoginAt() == null ? messages.get("settings.users.never")
            : user.getLastLoginAt().withNano(0).toString().replace('T', ' ');
        return new UserRow(user.getUsername(), user.getDisplayName(), messages.get(user.getRole().messageKey()),
            state, lastLogin);
    }

    /** Adds the account typed into the form; a rejected form keeps everything but the passwords. */
    public void addUser() {
        if (busy.get()) {
            return;
        }
        busy.set(true);
        // Read the form here, on the JavaFX thread; the work below runs on another.
        String username = newUsername.get();
        String displayName = newDisplayName.get();
        Role role = newRole.get();
        char[] password = newPassword.get().toCharArray();
        char[] repeat = newPasswordRepeat.get().toCharArray();
        background.submit(() -> {
            try {
                return auth.addUser(username, displayName, role, password, repeat);
            } finally {
                Arrays.fill(password, '\0');
                Arrays.fill(repeat, '\0');
            }
        },
            created -> {
                busy.set(false);
                newUsername.set("");
                newDisplayName.set("");
                newPassword.set("");
                newPasswordRepeat.set("");
                inform(messages.get("settings.users.added", created.getUsername()));
                loadUsers();
            }, failure -> {
                busy.set(false);
                newPassword.set("");
                newPasswordRepeat.set("");
                fail(failure);
            });
    }

    /** Asks for a new password for {@code username} and stores it; the user must change it at next login. */
    public void resetPassword(String username) {
        if (username == null) {
            inform(messages.get("settings.users.chooseFirst"));
            return;
        }
        dialogs.askNewPassword(messages.get("settings.users.reset.title"),
            messages.get("settings.users.reset.prompt", username)).ifPresent(answer -> {
                char[] first = answer[0];
                char[] second = answer[1];
                background.submit(() -> {
                    try {
                        auth.resetPassword(username, first, second);
                        return username;
                    } finally {
                        Arrays.fill(first, '\0');
                        Arrays.fill(second, '\0');
                    }
                }, done -> {
                    inform(messages.get("settings.users.reset.done", done));
                    loadUsers();
                }, this::fail);
            });
    }

    private void inform(String text) {
        messageIsError.set(false);
        message.set(text);
    }

    private void fail(Throwable failure) {
        messageIsError.set(true);
        message.set(errors.of(failure));
    }

    public ObjectProperty<Locale> languageProperty() {
        return language;
    }

    public StringProperty languageNoteProperty() {
        return languageNote;
    }

    public ObservableList<UserRow> users() {
        return users;
    }

    public StringProperty newUsernameProperty() {
        return newUsername;
    }

    public StringProperty newDisplayNameProperty() {
        return newDisplayName;
    }

    public ObjectProperty<Role> newRoleProperty() {
        return newRole;
    }

    public StringProperty newPasswordProperty() {
        return newPassword;
    }

    public StringProperty newPasswordRepeatProperty() {
        return newPasswordRepeat;
    }

    public StringProperty messageProperty() {
        return message;
    }

    public BooleanProperty messageIsErrorProperty() {
        return messageIsError;
    }

    public BooleanProperty busyProperty() {
        return busy;
    }

    public String roleName(Role role) {
        return messages.get(role.messageKey());
    }
}
