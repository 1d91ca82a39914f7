// SPDX-License-Identifier: AGPL-3.0-or-later
package org.qiao.store;

import java.nio.file.Path;
import java.util.Locale;
import org.qiao.domain.QiaoException;
import org.qiao.i18n.Messages;

/**
 * A second Qiao process for {@link H2StoreTest}: opens the embedded database in the given folder and reports what
 * happened the way the application would, as words and an exit code.
 */
public final class SecondWindowMain {

    static final int OPENED = 0;
    static final int REFUSED = 3;

    private SecondWindowMain() {
    }

    public static void main(String[] args) {
        try (Database database = Database.open(DatabaseConfig.embedded(Path.of(args[0])), () -> "second")) {
            System.out.println("opened, cases: " + database.transactions().call(r -> r.cases().count()));
            System.exit(OPENED);
        } catch (QiaoException e) {
            System.out.println(e.messageKey() + ": " + new Messages(Locale.ENGLISH).get(e.messageKey(), e.args()));
            System.exit(REFUSED);
        }
    }
}
