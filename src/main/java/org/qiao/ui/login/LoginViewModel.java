// SPDX-License-Identifier: AGPL-3.0-or-later
package org.qiao.ui.login;

import java.util.Objects;
import java.util.concurrent.Callable;
import java.util.function.Consumer;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

import org.qiao.domain.user.User;
import org.qiao.service.Services;
import org.qiao.ui.BackgroundTasks;
import org.qiao.ui.ErrorText;

/**
 * The sign-in screen's state. The window shows at once while the database opens in the background; then it asks
 * for the first administrator (new database), for a login, or — after an administrator's reset — for a new password.
 * A rejected attempt keeps what was typed (the password fields excepted) and says why.
 */
public final class LoginViewModel {

    /** What the screen shows. */
    public enum Mode { OPENING, FAILED, SETUP, LOGIN, CHANGE_PASSWORD }

    private final Callable<Services> openServices;
    private final BackgroundTasks background;
    private final ErrorText errors;
    private final Consumer<Services> onSignedIn;

    private final ObjectProperty<Mode> mode = new SimpleObjectProperty<>(Mode.OPENING);
    private final StringProperty username = new SimpleStringProperty("");
    private final StringProperty displayName = new SimpleStringProperty("");
    private final StringProperty password = new SimpleStringProperty("");
    private final StringProperty confirmation = new SimpleStringProperty("");
    private final StringProperty newPassword = new SimpleStringProperty("");
    private final StringProperty newPasswordRepeat = new SimpleStringProperty("");
    private final StringProperty message = new SimpleStringProperty("");
    private final BooleanProperty busy = new SimpleBooleanProperty(false);
    private final StringProperty notice = new SimpleStringProperty("");

    private Services services;
    private String signedInPassword = "";

    public LoginViewModel(Callable<Services> openServices, BackgroundTasks background, ErrorText errors,
                          Consumer<Services> onSignedIn) {
        this.openServices = Objects.requireNonNull(openServices);
        this.background = Objects.requireNonNull(background);
        this.errors = Objects.requireNonNull(errors);
        this.onSignedIn = Objects.requireNonNull(onSignedIn);
    }

    /** Opens the database (once) and decides between first-administrator setup and login. */
    public void start() {
        mode.set(Mode.OPENING);
        message.set("");
        busy.set(true);
        background.submit(() -> {
            Services opened = services != null ? services : openServices.call();
            return new Opened(opened, opened.auth().needsFirstAdministrator());
        }, opened -> {
            services = opened.services();
            busy.set(false);
            mode.set(opened.firstStart() ? Mode.SETUP : Mode.LOGIN);
        }, failure -> {
            busy.set(false);
            message.set(errors.of(failure));
            mode.set(Mode.FAILED);
        });
    }

    private record Opened(Services services, boolean firstStart) {
    }

    /** Creates the first administrator from the setup form. */
    public void submitSetup() {
        if (busy.get() || mode.get() != Mode.SETUP) {
            return;
        }
        run(() -> services.auth().createFirstAdministrator(username.get(), displayName.get(),
            password.get().toCharArray(), confirmation.get().toCharArray()));
    }

    /** Signs in with the login form. */
    public void submitLogin() {
        if (busy.get() || mode.get() != Mode.LOGIN) {
            return;
        }
        String typed = password.get();
        run(() -> {
            User user = services.auth().login(username.get(), typed.toCharArray());
            signedInPassword = typed;
            return user;
        });
    }

    /** Sets the user's own new password after an administrator's reset. */
    public void submitPasswordChange() {
        if (busy.get() || mode.get() != Mode.CHANGE_PASSWORD) {
            return;
        }
        run(() -> {
            services.auth().changeOwnPassword(signedInPassword.toCharArray(), newPassword.get().toCharArray(),
                newPasswordRepeat.get().toCharArray());
            return services.auth().session().user().orElseThrow();
        });
    }

    private void run(Callable<User> attempt) {
        busy.set(true);
        message.set("");
        background.submit(attempt, user -> {
            busy.set(false);
            if (user.isMustChangePassword()) {
                mode.set(Mode.CHANGE_PASSWORD);
                return;
            }
            clearSecrets();
            onSignedIn.accept(services);
        }, failure -> {
            busy.set(false);
            password.set("");
            confirmation.set("");
            newPassword.set("");
            newPasswordRepeat.set("");
            message.set(errors.of(failure));
        });
    }

    /** Back to the login form after signing out, keeping the user name. */
    public void signedOut() {
        clearSecrets();
        message.set("");
        mode.set(services == null ? Mode.OPENING : Mode.LOGIN);
    }

    private void clearSecrets() {
        password.set("");
        confirmation.set("");
        newPassword.set("");
        newPasswordRepeat.set("");
        signedInPassword = "";
    }

    public ObjectProperty<Mode> modeProperty() {
        return mode;
    }

    public StringProperty usernameProperty() {
        return username;
    }

    public StringProperty displayNameProperty() {
        return displayName;
    }

    public StringProperty passwordProperty() {
        return password;
    }

    public StringProperty confirmationProperty() {
        return confirmation;
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

    /** A standing notice on the card, e.g. the demo accounts when the demo database is open. */
    public StringProperty noticeProperty() {
        return notice;
    }

    public BooleanProperty busyProperty() {
        return busy;
    }
}
