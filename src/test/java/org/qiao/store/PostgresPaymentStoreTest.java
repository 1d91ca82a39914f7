// SPDX-License-Identifier: AGPL-3.0-or-later
package org.qiao.store;


/** The payment tables on a real PostgreSQL 14 (embedded binaries). */
class PostgresPaymentStoreTest extends PaymentStoreContract {

    private final EmbeddedPostgresServer postgres = new EmbeddedPostgresServer();

    @Override
    protected DatabaseConfig start() throws Exception {
        return postgres.start();
    }

    @Override
    protected void stop() throws Exception {
        postgres.stop();
    }
}
