// SPDX-License-Identifier: AGPL-3.0-or-later
package org.qiao.ui;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Set;
import java.util.function.Predicate;

import org.qiao.app.AppContext;
import org.qiao.app.AppSettings;
import org.qiao.domain.cases.CaseSource;
import org.qiao.domain.cases.CaseStatus;
import org.qiao.domain.cases.LedgerFilter;
import org.qiao.domain.cases.LedgerRow;
import org.qiao.domain.cases.LedgerSort;
import org.qiao.domain.user.PasswordHasher;
import org.qiao.domain.user.Role;
import org.qiao.service.UserSession;

/** The real composition over a new embedded database in a temporary folder, with a fast password work factor. */
public final class TestDatabase {

    private TestDatabase() {
    }

    /** The mediator most tests act as: 其其格, user name {@value #MEDIATOR}, password {@value #MEDIATOR_PASSWORD}. */
    public static final String MEDIATOR = "qiqige";
    public static final String MEDIATOR_PASSWORD = "mediate-2026";

    public static AppContext open(Path dataDir, Locale locale) {
        AppSettings settings = new AppSettings(dataDir, null, null, null, locale, false);
        return new AppContext(settings, UserSession.forOperatingSystemUser(), new PasswordHasher(1_000));
    }

    /** A new Chinese database with the mediator 其其格 on file ({@link #MEDIATOR}), nobody signed in. */
    public static AppContext withMediator(Path dataDir) {
        AppContext opened = open(dataDir, Locale.SIMPLIFIED_CHINESE);
        opened.services().auth().addAccountAsSystem(MEDIATOR, "其其格", Role.MEDIATOR, MEDIATOR_PASSWORD.toCharArray());
        return opened;
    }

    /** A new Chinese database whose first administrator, 张海燕 ("admin", "steppe-2026"), is signed in. */
    public static AppContext withAdministrator(Path dataDir) {
        AppContext opened = open(dataDir, Locale.SIMPLIFIED_CHINESE);
        opened.services().auth().createFirstAdministrator("admin", "张海燕", "steppe-2026".toCharArray(),
            "steppe-2026".toCharArray());
        return opened;
    }

    /** Signs the mediator of {@link #withMediator} in. */
    public static void signInMediator(AppContext context) {
        context.services().auth().login(MEDIATOR, MEDIATOR_PASSWORD.toCharArray());
    }

    /**
     * Fills the database with the demo data (30 cases, seed 5) and moves the newest registered walk-in or hotline
     * case (union mediation, whose extension needs both parties) that also passes {@code also} on to ACCEPTED.
     * Call signed in.
     *
     * @return the case's number
     */
    public static String acceptedDemoCase(AppContext context, Predicate<LedgerRow> also) {
        context.services().demoData().generate(30, 5);
        String number = context.services().ledger().page(LedgerFilter.ALL.withStatuses(Set.of(CaseStatus.INTAKE)),
            LedgerSort.NEWEST_FIRST, 0, 30).rows().stream()
            .filter(row -> row.source() == CaseSource.WALK_IN || row.source() == CaseSource.HOTLINE_12351)
            .filter(also)
            .findFirst().orElseThrow().caseNumber();
        context.services().caseStatus().change(context.services().mediationClock().caseId(number),
            CaseStatus.ACCEPTED, null);
        return number;
    }
}
