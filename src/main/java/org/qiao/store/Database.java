// SPDX-License-Identifier: AGPL-3.0-or-later
package org.qiao.store;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.hibernate.SessionFactory;
import org.hibernate.boot.MetadataSources;
import org.hibernate.boot.registry.BootstrapServiceRegistry;
import org.hibernate.boot.registry.BootstrapServiceRegistryBuilder;
import org.hibernate.boot.registry.StandardServiceRegistry;
import org.hibernate.boot.registry.StandardServiceRegistryBuilder;
import org.hibernate.cfg.AvailableSettings;
import org.qiao.domain.QiaoException;
import org.qiao.domain.agreement.Agreement;
import org.qiao.domain.cases.CaseStatusChange;
import org.qiao.domain.cases.Claim;
import org.qiao.domain.cases.DisputeCase;
import org.qiao.domain.cases.Employer;
import org.qiao.domain.cases.Evidence;
import org.qiao.domain.cases.Studio;
import org.qiao.domain.cases.Worker;
import org.qiao.domain.court.Court;
import org.qiao.domain.court.Referral;
import org.qiao.domain.court.ReferralMaterial;
import org.qiao.domain.handoff.HandoffImport;
import org.qiao.domain.handoff.StudioKey;
import org.qiao.domain.handoff.TrustedKey;
import org.qiao.domain.mediation.MediationEvent;
import org.qiao.domain.mediation.MediationSession;
import org.qiao.domain.payment.FollowUp;
import org.qiao.domain.payment.Payment;
import org.qiao.domain.user.User;

/**
 * The open database: a connection pool, the schema brought up to date by Flyway, and Hibernate on top in validate
 * mode. Everything above the store reaches the data through {@link #transactions()}. Close it when the application
 * ends; closing releases the embedded database file for the next start.
 */
public final class Database implements AutoCloseable {

    /** The mapped classes, listed rather than scanned: start-up stays fast and the list is the schema's contents. */
    static final List<Class<?>> ENTITIES = List.of(User.class, Employer.class, Worker.class, DisputeCase.class,
        Claim.class, Studio.class, Evidence.class, CaseStatusChange.class, MediationEvent.class,
        Agreement.class,
        MediationSession.class,
        Payment.class, FollowUp.class,
        Court.class, Referral.class, ReferralMaterial.class,
        StudioKey.class, TrustedKey.class, HandoffImport.class);

    // H2 error codes (org.h2.api.ErrorCode), by number so nothing but the URL depends on H2.
    private static final int H2_DATABASE_ALREADY_OPEN = 90020;
    private static final int H2_URL_FORMAT_ERROR = 90046;
    private static final int H2_WRONG_USER_OR_PASSWORD = 28000;
    private static final int H2_FEATURE_NOT_SUPPORTED = 50100;
    private static final int H2_UNSUPPORTED_SETTING = 90113;

    private final DatabaseConfig config;
    private final HikariDataSource dataSource;
    private final SessionFactory sessionFactory;
    private final Transactions transactions;

    private Database(DatabaseConfig config, HikariDataSource dataSource, SessionFactory sessionFactory,
        AuditWriter audit) {
        this.config = config;
        this.dataSource = dataSource;
        this.sessionFactory = sessionFactory;
        this.transactions = new Transactions(sessionFactory, audit);
    }

    /**
     * Opens the database, creating or upgrading its schema.
     *
     * @param currentUser who is making changes, for the audit trail: the logged-in user in the window, e.g.
     *                    {@code cli:<os user>} on the command line; asked at every change
     * @throws QiaoException {@code store.locked} when another Qiao process has the embedded file open,
     *                       {@code store.url.invalid}, {@code store.unreachable}, {@code store.login},
     *                       {@code store.migration}, {@code store.schema} or {@code store.open.failed}; the URL in
     *                       the message never shows the password
     */
    public static Database open(DatabaseConfig config, Supplier<String> currentUser) {
        Objects.requireNonNull(config, "config");
        Objects.requireNonNull(currentUser, "currentUser");
        // Try one plain connection first: its SQLException says precisely what is wrong (locked file, bad URL,
        // wrong password) without the pool logging a stack trace. Holding it open while the pool starts keeps an
        // embedded database from being opened and closed twice.
        try (Connection probe = connect(config)) {
            HikariDataSource dataSource = pool(config);
            try {
                migrate(config, dataSource);
                repairInterruptedLoad(config, dataSource);
                AuditWriter audit = new AuditWriter(currentUser);
                SessionFactory sessionFactory = sessionFactory(config, dataSource, audit);
                return new Database(config, dataSource, sessionFactory, audit);
            } catch (RuntimeException e) {
                dataSource.close();
                throw e;
            }
        } catch (SQLException e) {
            throw new QiaoException(e, "store.open.failed", config.safeUrl(), e.getMessage());
        }
    }

    private static Connection connect(DatabaseConfig config) {
        try {
            return DriverManager.getConnection(config.jdbcUrl(), config.user(), config.password());
        } catch (SQLException e) {
            throw connectFailure(config, e);
        }
    }

    private static QiaoException connectFailure(DatabaseConfig config, SQLException e) {
        String url = config.safeUrl();
        String state = e.getSQLState() == null ? "" : e.getSQLState();
        if (config.isH2() && e.getErrorCode() == H2_DATABASE_ALREADY_OPEN) {
            return new QiaoException(e, "store.locked", databasePath(config));
        }
        if (state.equals("08001") && e.getMessage() != null && e.getMessage().startsWith("No suitable driver")
            || config.isH2() && (e.getErrorCode() == H2_URL_FORMAT_ERROR
                || e.getErrorCode() == H2_UNSUPPORTED_SETTING || e.getErrorCode() == H2_FEATURE_NOT_SUPPORTED)) {
            return new QiaoException(e, "store.url.invalid", url, e.getMessage());
        }
        if (state.equals("28P01") || state.equals("28000")
            || config.isH2() && e.getErrorCode() == H2_WRONG_USER_OR_PASSWORD) {
            return new QiaoException(e, "store.login", url, config.user());
        }
        if (state.startsWith("08")) {
            return new QiaoException(e, "store.unreachable", url, e.getMessage());
        }
        return new QiaoException(e, "store.open.failed", url, e.getMessage());
    }

    /** The file an H2 URL points at, for the "in use" message. */
    private static String databasePath(DatabaseConfig config) {
        String rest = config.jdbcUrl().substring("jdbc:h2:".length());
        rest = rest.startsWith("file:") ? rest.substring("file:".length()) : rest;
        int options = rest.indexOf(';');
        return (options < 0 ? rest : rest.substring(0, options)) + ".mv.db";
    }

    private static HikariDataSource pool(DatabaseConfig config) {
        HikariConfig hikari = new HikariConfig();
        hikari.setPoolName("qiao");
        hikari.setJdbcUrl(config.jdbcUrl());
        hikari.setUsername(config.user());
        hikari.setPassword(config.password());
        // A desktop needs few connections; the embedded database serialises writes anyway.
        hikari.setMaximumPoolSize(config.isH2() ? 4 : 8);
        hikari.setMinimumIdle(1);
        hikari.setConnectionTimeout(10_000);
        try {
            return new HikariDataSource(hikari);
        } catch (RuntimeException e) {
            throw new QiaoException(e, "store.open.failed", config.safeUrl(), rootMessage(e));
        }
    }

    private static void migrate(DatabaseConfig config, HikariDataSource dataSource) {
        try {
            Flyway.configure()
                .dataSource(dataSource)
                .locations("classpath:db/migration")
                .loggers("slf4j")
                .load()
                .migrate();
        } catch (FlywayException e) {
            throw new QiaoException(e, "store.migration", config.safeUrl(), rootMessage(e));
        }
    }

    /** Builds the indexes a bulk load left out if it was interrupted (see {@link CaseBulkLoader}). */
    private static void repairInterruptedLoad(DatabaseConfig config, HikariDataSource dataSource) {
        try (Connection connection = dataSource.getConnection()) {
            CaseBulkLoader.restoreDeferredIndexes(connection);
        } catch (SQLException e) {
            throw new QiaoException(e, "store.migration", config.safeUrl(), e.getMessage());
        }
    }

    private static SessionFactory sessionFactory(DatabaseConfig config, HikariDataSource dataSource,
        AuditWriter audit) {
        BootstrapServiceRegistry bootstrap = new BootstrapServiceRegistryBuilder()
            .applyIntegrator(new AuditIntegrator(audit))
            .build();
        StandardServiceRegistry registry = new StandardServiceRegistryBuilder(bootstrap)
            .applySetting(AvailableSettings.DATASOURCE, dataSource)
            .applySetting(AvailableSettings.HBM2DDL_AUTO, "validate")
            .applySetting(AvailableSettings.STATEMENT_BATCH_SIZE, 50)
            .applySetting(AvailableSettings.ORDER_INSERTS, true)
            .applySetting(AvailableSettings.ORDER_UPDATES, true)
            // Loads the workers and claims of a page of cases in a few queries instead of one per case.
            .applySetting(AvailableSettings.DEFAULT_BATCH_FETCH_SIZE, 64)
            // Enums are varchar columns in the portable migration, never a database enum type.
            .applySetting(AvailableSettings.PREFER_NATIVE_ENUM_TYPES, false)
            .build();
        try {
            MetadataSources sources = new MetadataSources(registry);
            ENTITIES.forEach(sources::addAnnotatedClass);
            return sources.buildMetadata().buildSessionFactory();
        } catch (jakarta.persistence.PersistenceException e) {
            StandardServiceRegistryBuilder.destroy(registry);
            throw new QiaoException(e, "store.schema", config.safeUrl(), rootMessage(e));
        }
    }

    static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
    }

    /** Runs work in transactions; the only way above the store to read or change data. */
    public Transactions transactions() {
        return transactions;
    }

    public boolean isPostgres() {
        return config.isPostgres();
    }

    /** The JDBC URL as configured, password parameters masked. */
    public String jdbcUrl() {
        return config.safeUrl();
    }

    @Override
    public void close() {
        try {
            sessionFactory.close();
        } finally {
            dataSource.close();
        }
    }
}
