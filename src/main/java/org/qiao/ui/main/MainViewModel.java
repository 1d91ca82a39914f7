// SPDX-License-Identifier: AGPL-3.0-or-later
package org.qiao.ui.main;

import java.util.Objects;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;

import org.qiao.domain.user.User;
import org.qiao.i18n.Messages;

/** The main window's state: the signed-in user and the section on show. */
public final class MainViewModel {

    private final ObjectProperty<Section> section = new SimpleObjectProperty<>(Section.DASHBOARD);
    private final ReadOnlyStringWrapper userLine = new ReadOnlyStringWrapper();
    private final ReadOnlyStringWrapper databaseLine = new ReadOnlyStringWrapper();
    private final Runnable signOut;

    public MainViewModel(User user, String databaseDescription, Messages messages, Runnable signOut) {
        this.signOut = Objects.requireNonNull(signOut);
        userLine.set(messages.get("main.user", user.getDisplayName(), user.getUsername(),
            messages.get(user.getRole().messageKey())));
        databaseLine.set(databaseDescription);
    }

    public ObjectProperty<Section> sectionProperty() {
        return section;
    }

    public void show(Section target) {
        section.set(Objects.requireNonNull(target));
    }

    public ReadOnlyStringProperty userLineProperty() {
        return userLine.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty databaseLineProperty() {
        return databaseLine.getReadOnlyProperty();
    }

    public void signOut() {
        signOut.run();
    }
}
