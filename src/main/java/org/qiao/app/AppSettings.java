// SPDX-License-Identifier: AGPL-3.0-or-later
package org.qiao.app;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;

import org.qiao.domain.QiaoException;
import org.qiao.i18n.Messages;

/**
 * Where Qiao keeps its data and which database it talks to. Resolved once at start-up from, in order of precedence:
 * the command line, the environment ({@code QIAO_HOME}), the settings file {@code qiao.properties} in the data
 * folder, and the platform's user data folder.
 *
 * @param dataDir folder of the embedded database, settings and attachments
 * @param jdbcUrl a server database (PostgreSQL) to use instead of the embedded one, or {@code null}
 * @param locale the user-interface and document language
 * @param demo whether this is the separate demo database
 */
public record AppSettings(Path dataDir, String jdbcUrl, String jdbcUser, String jdbcPassword, Locale locale,
                          boolean demo) {

    public static final String SETTINGS_FILE = "qiao.properties";
    public static final String KEY_JDBC_URL = "jdbc.url";
    public static final String KEY_JDBC_USER = "jdbc.user";
    public static final String KEY_JDBC_PASSWORD = "jdbc.password";
    public static final String KEY_LOCALE = "locale";

    /** What the command line said; {@code null} means "not given". */
    public record Overrides(Path dataDir, String jdbcUrl, String jdbcUser, String jdbcPassword, String locale,
                            boolean demo) {

        public static Overrides none() {
            return new Overrides(null, null, null, null, null, false);
        }
    }

    /** Applies the precedence rules; reads {@code qiao.properties} if present. */
    public static AppSettings resolve(Overrides cli, Map<String, String> env) {
        Path base = cli.dataDir() != null ? cli.dataDir()
            : env.get("QIAO_HOME") != null && !env.get("QIAO_HOME").isBlank() ? Path.of(env.get("QIAO_HOME"))
            : defaultDataDir(env);
        base = base.toAbsolutePath().normalize();
        Properties file = readSettings(base);
        Path dataDir = cli.demo() ? base.resolve("demo") : base;
        // The demo database is always the embedded one, so a demo can never touch a studio's server.
        String url = cli.demo() ? null : firstNonBlank(cli.jdbcUrl(), file.getProperty(KEY_JDBC_URL));
        String user = firstNonBlank(cli.jdbcUser(), file.getProperty(KEY_JDBC_USER));
        String password = firstNonBlank(cli.jdbcPassword(), file.getProperty(KEY_JDBC_PASSWORD));
        Locale locale = Messages.parseLocale(firstNonBlank(cli.locale(), file.getProperty(KEY_LOCALE)));
        return new AppSettings(dataDir, url, user, password, locale, cli.demo());
    }

    /** The platform's per-user data folder: XDG on Linux, %APPDATA% on Windows, Application Support on macOS. */
    static Path defaultDataDir(Map<String, String> env) {
        String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
        Path home = Path.of(System.getProperty("user.home"));
        if (os.contains("win")) {
            String appData = env.get("APPDATA");
            return (appData != null ? Path.of(appData) : home.resolve("AppData").resolve("Roaming")).resolve("Qiao");
        }
        if (os.contains("mac")) {
            return home.resolve("Library").resolve("Application Support").resolve("Qiao");
        }
        String xdg = env.get("XDG_DATA_HOME");
        return (xdg != null && !xdg.isBlank() ? Path.of(xdg) : home.resolve(".local").resolve("share")).resolve("qiao");
    }

    /**
     * The platform's per-user cache folder, for copies that only speed things up (the extracted font): XDG on
     * Linux, %LOCALAPPDATA% on Windows, Caches on macOS. Deleting it loses nothing.
     */
    public static Path defaultCacheDir(Map<String, String> env) {
        String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
        Path home = Path.of(System.getProperty("user.home"));
        if (os.contains("win")) {
            String local = env.get("LOCALAPPDATA");
            return (local != null ? Path.of(local) : home.resolve("AppData").resolve("Local")).resolve("Qiao")
                .resolve("cache");
        }
        if (os.contains("mac")) {
            return home.resolve("Library").resolve("Caches").resolve("Qiao");
        }
        String xdg = env.get("XDG_CACHE_HOME");
        return (xdg != null && !xdg.isBlank() ? Path.of(xdg) : home.resolve(".cache")).resolve("qiao");
    }

    /** The settings folder: the base data folder, also for the demo (its settings are the user's settings). */
    public Path settingsFile() {
        return (demo ? dataDir.getParent() : dataDir).resolve(SETTINGS_FILE);
    }

    /**
     * Stores one preference (e.g. the language) in {@code qiao.properties}, keeping the others. The file also holds
     * the database settings, so it is written beside and then moved into place: a crash never leaves half a file.
     */
    public void savePreference(String key, String value) {
        Path file = settingsFile();
        Properties properties = readSettings(file.getParent());
        properties.setProperty(key, value);
        try {
            Files.createDirectories(file.getParent());
            Path partial = Files.createTempFile(file.getParent(), SETTINGS_FILE, ".part");
            try (OutputStream out = Files.newOutputStream(partial)) {
                properties.store(out, "Qiao settings");
            }
            Files.move(partial, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new QiaoException(e, "settings.saveFailed", file);
        }
    }

    private static Properties readSettings(Path dir) {
        Properties properties = new Properties();
        Path file = dir.resolve(SETTINGS_FILE);
        if (Files.isRegularFile(file)) {
            try (InputStream in = Files.newInputStream(file)) {
                properties.load(in);
            } catch (IOException e) {
                throw new QiaoException(e, "settings.readFailed", file);
            }
        }
        return properties;
    }

    private static String firstNonBlank(String... values) {
        for (String value : values) {
            if (value != null && !value.isBlank()) {
                return value.strip();
            }
        }
        return null;
    }

    @Override
    public String toString() {
        // Never the password.
        return "AppSettings[dataDir=" + dataDir + ", jdbcUrl=" + jdbcUrl + ", locale=" + locale + ", demo=" + demo
            + "]";
    }
}
