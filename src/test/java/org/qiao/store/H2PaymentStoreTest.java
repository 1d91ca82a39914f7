// SPDX-License-Identifier: AGPL-3.0-or-later
package org.qiao.store;

import java.nio.file.Files;

/** The payment tables on the embedded H2 file database. */
class H2PaymentStoreTest extends PaymentStoreContract {

    @Override
    protected DatabaseConfig start() throws Exception {
        return DatabaseConfig.embedded(Files.createTempDirectory("qiao-h2-payment-"));
    }

    @Override
    protected void stop() {
        // the temporary directory is left to the OS
    }
}
