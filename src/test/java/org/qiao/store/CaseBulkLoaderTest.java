// SPDX-License-Identifier: AGPL-3.0-or-later
package org.qiao.store;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The one-scan check of a foreign key added back after a load, on a scratch in-memory H2 schema. */
class CaseBulkLoaderTest {

    private static final String KEY = "alter table child add constraint fk_child_parent foreign key (parent_id) "
        + "references parent (id)";

    private Connection connection;

    @BeforeEach
    void open() throws SQLException {
        connection = DriverManager.getConnection("jdbc:h2:mem:bulk-loader-" + System.nanoTime(), "sa", "");
        try (Statement statement = connection.createStatement()) {
            statement.execute("create table parent (id bigint primary key)");
            statement.execute("create table child (id bigint primary key, parent_id bigint)");
        }
    }

    @AfterEach
    void close() throws SQLException {
        connection.close();
    }

    @ParameterizedTest(name = "parents {0}, children refer to {1}: {2}")
    @CsvSource(delimiter = ';', value = {
        // Gapless parents: the range decides.
        "1,2,3; 1,3,3; true",
        "1,2,3; 1,4; false",
        "1,2,3; 0; false",
        // A gap: each child looks its parent up.
        "1,3,7; 3,7,1; true",
        "1,3,7; 1,2; false",
        "1,3,7; 5; false",
        // Children without a parent value refer to nothing.
        "1,2; null,2; true",
        "'';   null; true",
        "'';   1; false",
    })
    void findsEveryChildWithoutItsParent(String parents, String children, boolean valid) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            if (!parents.isEmpty()) {
                for (String id : parents.split(",")) {
                    statement.execute("insert into parent values (" + id.strip() + ")");
                }
            }
            int id = 0;
            for (String parent : children.split(",")) {
                statement.execute("insert into child values (" + ++id + ", " + parent.strip() + ")");
            }
        }
        assertEquals(valid, CaseBulkLoader.allRowsReferToAParent(connection, KEY));
    }

    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {
        "alter table child add constraint fk_a foreign key (parent_id, id) references parent (id, id)",
        "alter table child add constraint fk_a foreign key (parent_id) references parent (id) on delete cascade",
    })
    void leavesKeysItCannotTellAboutToTheDatabase(String definition) throws SQLException {
        assertEquals(false, CaseBulkLoader.allRowsReferToAParent(connection, definition));
    }
}
