// SPDX-License-Identifier: AGPL-3.0-or-later
package org.qiao.store;

import java.nio.file.Path;
import java.util.Locale;
import org.qiao.domain.QiaoException;
import org.qiao.i18n.Messages;

/**
 * Another Qiao process for {@link H2StoreTest}: opens the embedded database in the given folder and reports what
 * happened the way the application would, as words and an exit code. With a second argument (a case number) it
 * stores that case and then dies at once, like a crash or a killed process: no shutdown hooks, no close.
 */
public final class SecondWindowMain {

    static final int OPENED = 0;
    static final int REFUSED = 3;
    static final int CRASHED = 9;

    private SecondWindowMain() {
    }

    public static void main(String[] args) {
        if (args.length > 1) {
            Database database = Database.open(DatabaseConfig.embedded(Path.of(args[0])), () -> "crash");
            database.transactions().run(r -> r.cases().save(StoreContract.newCase(args[1], 1)));
            System.out.println("committed");
            Runtime.getRuntime().halt(CRASHED);
        }
        try (Database database = Database.open(DatabaseConfig.embedded(Path.of(args[0])), () -> "second")) {
            System.out.println("opened, cases: " + database.transactions().call(r -> r.cases().count()));
            System.exit(OPENED);
        } catch (QiaoException e) {
            System.out.println(e.messageKey() + ": " + new Messages(Locale.ENGLISH).get(e.messageKey(), e.args()));
            System.exit(REFUSED);
        }
    }
}
