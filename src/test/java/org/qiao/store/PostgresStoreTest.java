// SPDX-License-Identifier: AGPL-3.0-or-later
package org.qiao.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.qiao.domain.QiaoException;

/** The repository contract on a real PostgreSQL 14 (embedded binaries), started once for the class. */
class PostgresStoreTest extends StoreContract {

    private final EmbeddedPostgresServer postgres = new EmbeddedPostgresServer();

    @Override
    protected DatabaseConfig start() throws Exception {
        return postgres.start();
    }

    @Override
    protected void stop() throws Exception {
        postgres.stop();
    }

    @Test
    void aWrongPasswordIsReportedAsALoginFailure() {
        // The embedded server trusts local connections, so a missing role stands in for a refused login.
        DatabaseConfig wrong = new DatabaseConfig(postgres.jdbcUrl("nobody"), "nobody", "wrong");
        QiaoException e = assertThrows(QiaoException.class, () -> Database.open(wrong, () -> "x"));
        assertEquals("store.login", e.messageKey());
    }
}
