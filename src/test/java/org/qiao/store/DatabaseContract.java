// SPDX-License-Identifier: AGPL-3.0-or-later
package org.qiao.store;

import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;

/**
 * A store test class's database: started once for the class (H2 in a folder or a PostgreSQL server), with the real
 * migrations; tests share it, so each makes its own records with {@link #unique} names.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class DatabaseContract {

    protected static final AtomicInteger SERIAL = new AtomicInteger();

    protected final AtomicReference<String> currentUser = new AtomicReference<>("tester");
    protected Database database;
    protected Transactions tx;
    protected DatabaseConfig openedWith;

    /** Starts the database server if any and returns how to reach it. */
    protected abstract DatabaseConfig start() throws Exception;

    protected abstract void stop() throws Exception;

    @BeforeAll
    void openDatabase() throws Exception {
        openedWith = start();
        database = Database.open(openedWith, currentUser::get);
        tx = database.transactions();
    }

    @AfterAll
    void closeDatabase() throws Exception {
        if (database != null) {
            database.close();
        }
        stop();
    }

    protected static String unique(String prefix) {
        return prefix + "-" + SERIAL.incrementAndGet() + "-" + System.nanoTime() % 100_000;
    }
}
