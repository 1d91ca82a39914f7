// SPDX-License-Identifier: AGPL-3.0-or-later
package org.qiao.store;

import java.nio.file.Files;

/** The intake tables on the embedded H2 file database. */
class H2IntakeStoreTest extends IntakeStoreContract {

    @Override
    protected DatabaseConfig start() throws Exception {
        return DatabaseConfig.embedded(Files.createTempDirectory("qiao-h2-intake-"));
    }

    @Override
    protected void stop() {
        // the temporary directory is left to the OS
    }
}
