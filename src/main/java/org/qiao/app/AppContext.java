// SPDX-License-Identifier: AGPL-3.0-or-later
package org.qiao.app;

import java.nio.file.Files;
import java.time.Clock;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;

import org.qiao.domain.QiaoException;
import org.qiao.domain.calendar.CalendarDay;
import org.qiao.domain.calendar.StatutoryCalendar;

import org.qiao.domain.user.PasswordHasher;
import org.qiao.i18n.Messages;
import org.qiao.service.AgreementService;
import org.qiao.service.AuthService;
import org.qiao.service.CaseStatusService;
import org.qiao.service.CalendarService;
import org.qiao.service.CaseLedgerService;
import org.qiao.service.CourtService;
import org.qiao.service.DemoDataService;
import org.qiao.service.DraftService;
import org.qiao.service.EvidenceService;
import org.qiao.service.HandBackService;
import org.qiao.service.HandoffService;
import org.qiao.service.IntakeService;
import org.qiao.service.MediationClockService;
import org.qiao.service.OverviewService;
import org.qiao.service.PaymentService;
import org.qiao.service.ReferralBoardService;
import org.qiao.service.ReferralService;
import org.qiao.service.Services;
import org.qiao.service.SessionService;
import org.qiao.service.StudioService;
import org.qiao.service.UserSession;
import org.qiao.store.AttachmentStore;
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
            var holidays = ReferenceData.holidays();
            database = Database.open(config, session::actorName);
            try {
                services = compose(database, holidays, config);
            } catch (RuntimeException | Error e) {
                // Never leave the database open behind a failed start: a retry would find it locked.
                close();
                throw e;
            }
        }
        return services;
    }

    private Services compose(Database opened, List<CalendarDay> holidays, DatabaseConfig config) {
        Transactions tx = opened.transactions();
        CalendarService calendar = new CalendarService(holidays, tx, session);
        // A person recognises the folder of an embedded database; a server is named by its URL.
        String where = settings.jdbcUrl() == null ? settings.dataDir().toString() : config.safeUrl();
        String description = messages.get(opened.isPostgres() ? "settings.database.server"
            : settings.demo() ? "settings.database.demo" : "settings.database.embedded", where);
        // Attachments sit next to the embedded database; with a server they go to the same folder on each
        // workstation unless the data folder is shared.
        AttachmentStore attachments = new AttachmentStore(settings.dataDir().resolve("attachments"));
        CaseStatusService caseStatus = new CaseStatusService(tx, calendar, session);
        IntakeService intake = new IntakeService(tx, session, ReferenceData.regions(), attachments);
        AgreementService agreements = new AgreementService(tx, session, caseStatus, messages);
        PaymentService payments = new PaymentService(tx, attachments, session, messages);
        ReferralService referrals = new ReferralService(tx, intake, calendar, attachments, Clock.systemDefaultZone());
        HandBackService handBacks = new HandBackService(tx, calendar, agreements, session, messages);
        return new Services(new AuthService(tx, hasher, session), new OverviewService(tx), new DemoDataService(tx),
            calendar, description, intake,
            caseStatus, new DraftService(tx),
            new EvidenceService(tx, attachments, session), new StudioService(tx, session),
            new CaseLedgerService(tx, session, calendar), new MediationClockService(tx, calendar, session),
            agreements,
            new SessionService(tx, session),
            payments,
            new CourtService(tx, session),
            referrals,
            handBacks,
            new ReferralBoardService(tx, calendar, Clock.systemDefaultZone()),
            // The package carries the hand-back's papers: the letter and, by outcome, the agreement with the
            // 司法确认申请书 or the 调解终结告知书 with the 无争议事实记载.
            new HandoffService(tx, session, intake, referrals, payments, attachments, handBacks, messages,
                Clock.systemDefaultZone()));
    }

    /**
     * The statutory calendar for a command that only computes dates: the database's (with years administrators
     * entered) when there is one to open, otherwise the schedules shipped with Qiao — a date calculation never
     * creates a database. {@code onFallback} hears why the database's calendar could not be used.
     */
    public StatutoryCalendar calendarForTools(Consumer<QiaoException> onFallback) {
        boolean embeddedMissing = settings.jdbcUrl() == null
            && !Files.exists(settings.dataDir().resolve(DatabaseConfig.EMBEDDED_FILE));
        if (!embeddedMissing) {
            try {
                return services().calendar().calendar();
            } catch (QiaoException e) {
                onFallback.accept(e);
            }
        }
        return ReferenceData.calendar();
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
