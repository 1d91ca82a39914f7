// SPDX-License-Identifier: AGPL-3.0-or-later
package org.qiao.store;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/** The intake tables on a real PostgreSQL 14 (embedded binaries), where two workstations number at once. */
class PostgresIntakeStoreTest extends IntakeStoreContract {

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
}
