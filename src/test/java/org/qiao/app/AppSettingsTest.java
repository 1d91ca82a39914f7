// SPDX-License-Identifier: AGPL-3.0-or-later
package org.qiao.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AppSettingsTest {

    @TempDir
    Path home;

    private static AppSettings.Overrides cli(Path dataDir, String jdbcUrl, String locale, boolean demo) {
        return new AppSettings.Overrides(dataDir, jdbcUrl, null, null, locale, demo);
    }

    @Test
    void commandLineDataDirWinsOverQiaoHome() {
        Path fromCli = home.resolve("cli");
        AppSettings settings = AppSettings.resolve(cli(fromCli, null, null, false),
            Map.of("QIAO_HOME", home.resolve("env").toString()));
        assertEquals(fromCli, settings.dataDir());
    }

    @Test
    void qiaoHomeIsUsedWithoutCommandLineDataDir() {
        AppSettings settings = AppSettings.resolve(AppSettings.Overrides.none(),
            Map.of("QIAO_HOME", home.toString()));
        assertEquals(home, settings.dataDir());
        assertNull(settings.jdbcUrl(), "embedded database by default");
        assertEquals(Locale.SIMPLIFIED_CHINESE, settings.locale(), "Chinese by default");
    }

    @Test
    void settingsFileSuppliesServerAndLanguageButCommandLineWins() throws IOException {
        Files.writeString(home.resolve("qiao.properties"),
            "jdbc.url=jdbc:postgresql://studio/qiao\nlocale=en\n");
        AppSettings fromFile = AppSettings.resolve(cli(home, null, null, false), Map.of());
        assertEquals("jdbc:postgresql://studio/qiao", fromFile.jdbcUrl());
        assertEquals(Locale.ENGLISH, fromFile.locale());
        AppSettings overridden = AppSettings.resolve(cli(home, "jdbc:postgresql://other/qiao", "zh", false),
            Map.of());
        assertEquals("jdbc:postgresql://other/qiao", overridden.jdbcUrl());
        assertEquals(Locale.SIMPLIFIED_CHINESE, overridden.locale());
    }

    @Test
    void demoUsesItsOwnEmbeddedDatabaseEvenWhenAServerIsConfigured() throws IOException {
        Files.writeString(home.resolve("qiao.properties"), "jdbc.url=jdbc:postgresql://studio/qiao\n");
        AppSettings demo = AppSettings.resolve(cli(home, null, null, true), Map.of());
        assertEquals(home.resolve("demo"), demo.dataDir());
        assertNull(demo.jdbcUrl());
    }

    @Test
    void savedLanguageIsReadAtTheNextStartAndKeepsOtherSettings() throws IOException {
        Files.writeString(home.resolve("qiao.properties"), "jdbc.user=qiao\n");
        AppSettings.resolve(cli(home, null, null, false), Map.of()).savePreference(AppSettings.KEY_LOCALE, "en");
        AppSettings next = AppSettings.resolve(cli(home, null, null, false), Map.of());
        assertEquals(Locale.ENGLISH, next.locale());
        assertEquals("qiao", next.jdbcUser());
    }

    @Test
    void linuxDataFolderFollowsXdg() {
        if (!System.getProperty("os.name").toLowerCase(Locale.ROOT).contains("linux")) {
            return;
        }
        assertEquals(Path.of("/x/data/qiao"), AppSettings.defaultDataDir(Map.of("XDG_DATA_HOME", "/x/data")));
        assertTrue(AppSettings.defaultDataDir(Map.of()).endsWith(Path.of(".local", "share", "qiao")));
    }
}
