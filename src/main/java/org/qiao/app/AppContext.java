// SPDX-License-Identifier: AGPL-3.0-or-later
package org.qiao.app;

import java.util.Objects;

import org.qiao.domain.user.PasswordHasher;
import org.qiao.i18n.Messages;
import org.qiao.service.AuthService;
import org.qiao.service.CalendarService;
import org.qiao.service.CaseLedgerService;
import org.qiao.service.DemoDataService;
import org.qiao.service.OverviewService;
import org.qiao.service.Services;
import org.qiao.service.UserSession;
import org.qiao.store.Database;
import org.qiao.store.DatabaseConfig;
import org.qiao.store.ReferenceData;
import org.qiao.store.Transactions;

/**
 * The composition root: the one place that builds the database, the services and their collaborators. Both faces
 * (window and command line) get what they need from here; nothing else creates services or looks them up.
 * The database is opened on first use, so commands that need none start at once.
 */
public final class AppContext implements AutoCloseable {

    private final AppSettings settings;
    private final Messages messages;
    private final UserSession session;
    private final PasswordHasher hasher;
    private Database database;
    private Services services;

    public AppContext(AppSettings settings, UserSession session) {
        this(settings, session, new PasswordHasher());
    }

    /** With another password work factor: tests use a low one to stay fast. */
    public AppContext(AppSettings settings, UserSession session, PasswordHasher hasher) {
        this.settings = Objects.requireNonNull(settings);
        this.session = Objects.requireNonNull(session);
        this.hasher = Objects.requireNonNull(hasher);
        this.messages = new Messages(settings.locale());
    }

    public AppSettings settings() {
        return settings;
    }

    public Messages messages() {
        return messages;
    }

    /** The services over the configured database, opening it (and migrating its schema) on first call. */
    public synchronized Services services() {
        if (services == null) {
            DatabaseConfig config = settings.jdbcUrl() == null
                ? DatabaseConfig.embedded(settings.dataDir())
                : new DatabaseConfig(settings.jdbcUrl(), settings.jdbcUser(), settings.jdbcPassword());
            database = Database.open(config, session::actorName);
            Transactions tx = database.transactions();
            CalendarService calendar = new CalendarService(ReferenceData.holidays(), tx, session);
            // A person recognises the folder of an embedded database; a server is named by its URL.
            String where = settings.jdbcUrl() == null ? settings.dataDir().toString() : config.safeUrl();
            String description = messages.get(database.isPostgres() ? "settings.database.server"
                : settings.demo() ? "settings.database.demo" : "settings.database.embedded", where);
            services = new Services(new AuthService(tx, hasher, session), new OverviewService(tx),
                new DemoDataService(tx), calendar, new CaseLedgerService(tx, session), description);
        }
        return services;
    }

    @Override
    public synchronized void close() {
        if (database != null) {
            database.close();
            database = null;
            services = null;
        }
    }
}
