// SPDX-License-Identifier: AGPL-3.0-or-later
package org.qiao.service;

import java.util.List;
import java.util.Objects;

import org.qiao.domain.user.Role;

/**
 * The demo database ({@code qiao --demo}): on first use it gets one documented account per role and a few hundred
 * realistic cases, so a newcomer can try every screen without typing anything in first. The accounts are listed
 * in the README; they exist only in the demo database.
 */
public final class DemoDatabase {

    /** Cases created in a new demo database. */
    public static final int CASES = 400;
    /** The fixed seed, so every demo database shows the same cases. */
    public static final long SEED = 2026;
    /** The password of every demo account. */
    public static final String PASSWORD = "qiao-demo";

    /** A documented demo account. */
    public record Account(String username, String displayName, Role role) {
    }

    public static final List<Account> ACCOUNTS = List.of(
        new Account("admin", "张海燕", Role.ADMINISTRATOR),
        new Account("mediator", "其其格", Role.MEDIATOR),
        // 𠮷 (U+20BB7, outside the BMP) is a real surname: the demo shows that such names display as typed.
        new Account("lawyer", "𠮷祥云", Role.LAWYER),
        new Account("supervisor", "巴特尔·朝鲁", Role.SUPERVISOR));

    private final Services services;

    public DemoDatabase(Services services) {
        this.services = Objects.requireNonNull(services);
    }

    /** Fills a new demo database; an already prepared one is left as it is. Returns the services for chaining. */
    public Services prepare() {
        if (services.auth().needsFirstAdministrator()) {
            for (Account account : ACCOUNTS) {
                services.auth().addAccountAsSystem(account.username(), account.displayName(), account.role(),
                    PASSWORD.toCharArray());
            }
        }
        if (services.overview().overview().totalCases() == 0) {
            services.demoData().generate(CASES, SEED);
        }
        return services;
    }
}
