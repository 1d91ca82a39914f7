// SPDX-License-Identifier: AGPL-3.0-or-later
package org.qiao.ui;

import java.nio.file.Path;
import java.util.Locale;

import org.qiao.app.AppContext;
import org.qiao.app.AppSettings;
import org.qiao.domain.user.PasswordHasher;
import org.qiao.service.UserSession;

/** The real composition over a new embedded database in a temporary folder, with a fast password work factor. */
public final class TestDatabase {

    private TestDatabase() {
    }

    public static AppContext open(Path dataDir, Locale locale) {
        AppSettings settings = new AppSettings(dataDir, null, null, null, locale, false);
        return new AppContext(settings, UserSession.forOperatingSystemUser(), new PasswordHasher(1_000));
    }
}
