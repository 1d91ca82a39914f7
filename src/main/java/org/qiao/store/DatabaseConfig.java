// SPDX-License-Identifier: AGPL-3.0-or-later
package org.qiao.store;

import java.nio.file.Path;
import java.util.Objects;

/**
 * Where the data lives: the embedded H2 file in the user's data folder by default, or a PostgreSQL server for a
 * studio with several workstations.
 *
 * @param jdbcUrl  a {@code jdbc:h2:} or {@code jdbc:postgresql:} URL
 * @param user     the database user
 * @param password the database password; never shown in messages
 */
public record DatabaseConfig(String jdbcUrl, String user, String password) {

    /**
     * H2 options of the embedded database, each for a reason.
     * <ul>
     * <li>{@code WRITE_DELAY=0}: H2 2.x writes committed changes to the file in the background up to 500 ms later
     * by default; 0 makes every commit write through before it returns, so a crash of the application (or a
     * power cut after the operating system wrote its cache) loses no committed work.</li>
     * <li>{@code FILE_LOCK=FS}: the operating system's file lock, released by the OS when a process dies, so a
     * crashed Qiao leaves no stale lock behind; a second process is refused at once instead of waiting.</li>
     * </ul>
     * A second Qiao process on the same file is refused with {@code store.locked} (see {@link Database#open});
     * sharing one database between processes or workstations is what the PostgreSQL setting is for. H2's
     * {@code AUTO_SERVER} would share it but opens a listening TCP port on the desktop (firewall prompts), and the
     * second window breaks when the first one closes.
     */
    public static final String EMBEDDED_OPTIONS = ";WRITE_DELAY=0;FILE_LOCK=FS";
    /** The file of the embedded database inside the data folder. */
    public static final String EMBEDDED_FILE = "qiao.mv.db";

    public DatabaseConfig {
        Objects.requireNonNull(jdbcUrl, "jdbcUrl");
        user = user == null ? "" : user;
        password = password == null ? "" : password;
    }

    /** The embedded H2 database {@code <dataDir>/qiao} (file {@code qiao.mv.db}), user {@code qiao}. */
    public static DatabaseConfig embedded(Path dataDir) {
        Path base = dataDir.toAbsolutePath().normalize().resolve("qiao");
        return new DatabaseConfig("jdbc:h2:file:" + base + EMBEDDED_OPTIONS, "qiao", "");
    }

    public boolean isH2() {
        return jdbcUrl.startsWith("jdbc:h2:");
    }

    public boolean isPostgres() {
        return jdbcUrl.startsWith("jdbc:postgresql:");
    }

    /** The URL with any password parameter masked, for messages and logs. */
    public String safeUrl() {
        return jdbcUrl.replaceAll("(?i)(password=)[^&;]*", "$1***");
    }

    @Override
    public String toString() {
        return "DatabaseConfig[" + safeUrl() + ", user=" + user + "]";
    }
}
