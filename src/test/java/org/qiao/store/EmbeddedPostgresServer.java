// SPDX-License-Identifier: AGPL-3.0-or-later
package org.qiao.store;

import java.io.IOException;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/** A real PostgreSQL 14 from the embedded binaries, for the store contracts that run on both databases. */
final class EmbeddedPostgresServer {

    private EmbeddedPostgres postgres;

    DatabaseConfig start() throws IOException {
        postgres = EmbeddedPostgres.builder().start();
        return new DatabaseConfig(postgres.getJdbcUrl("postgres", "postgres"), "postgres", "postgres");
    }

    /** The URL of the server's {@code postgres} database as {@code user}. */
    String jdbcUrl(String user) {
        return postgres.getJdbcUrl(user, "postgres");
    }

    void stop() throws IOException {
        if (postgres != null) {
            postgres.close();
        }
    }
}
