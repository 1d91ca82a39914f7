// SPDX-License-Identifier: AGPL-3.0-or-later
package org.qiao.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.Test;
import org.qiao.domain.QiaoException;

/** The repository contract on a real PostgreSQL 14 (embedded binaries), started once for the class. */
class PostgresStoreTest extends StoreContract {

    private EmbeddedPostgres postgres;

    @Override
    protected DatabaseConfig start() throws Exception {
        postgres = EmbeddedPostgres.builder().start();
        return new DatabaseConfig(postgres.getJdbcUrl("postgres", "postgres"), "postgres", "postgres");
    }

    @Override
    protected void stop() throws Exception {
        if (postgres != null) {
            postgres.close();
        }
    }

    @Test
    void aWrongPasswordIsReportedAsALoginFailure() {
        // The embedded server trusts local connections, so a missing role stands in for a refused login.
        DatabaseConfig wrong = new DatabaseConfig(postgres.getJdbcUrl("nobody", "postgres"), "nobody", "wrong");
        QiaoException e = assertThrows(QiaoException.class, () -> Database.open(wrong, () -> "x"));
        assertEquals("store.login", e.messageKey());
    }
}
