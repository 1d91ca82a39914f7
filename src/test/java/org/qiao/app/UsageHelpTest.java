// SPDX-License-Identifier: AGPL-3.0-or-later
package org.qiao.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.Reader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** {@code --help} of every command in the chosen language: Chinese by default, English with {@code --locale en}. */
class UsageHelpTest {

    /** Words that any English sentence of the help has and no Chinese one does (option names aside). */
    private static final Pattern ENGLISH_WORDS = Pattern.compile("\\b(?:the|and|or|of|for|to|a|an|with|from|then)\\b",
        Pattern.CASE_INSENSITIVE);
    private static final Pattern HAN = Pattern.compile("\\p{IsHan}");

    @TempDir
    Path dataDir;

    private String help(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        List<String> all = new ArrayList<>(List.of("--data-dir", dataDir.toString()));
        all.addAll(Arrays.asList(args));
        all.add("--help");
        int code = Main.run(all.toArray(String[]::new), Map.of(), new PrintWriter(out, true),
            new PrintWriter(err, true));
        assertEquals(0, code, err.toString());
        assertEquals("", err.toString());
        return out.toString();
    }

    /** The command paths below {@code qiao}, as typed: {@code ""}, {@code "tools"}, {@code "tools deadline"}. */
    static Stream<String> commands() {
        return CommandTree.qualifiedNames().stream().map(name -> name.replaceFirst("^qiao\\.?", "").replace('.', ' '));
    }

    private static String[] words(String command) {
        return command.isEmpty() ? new String[0] : command.split(" ");
    }

    /** The English texts of the usage help: what must not show in the Chinese help. */
    private static List<String> englishHelpTexts() throws IOException {
        Properties english = new Properties();
        try (Reader reader = Files.newBufferedReader(
            Path.of("src/main/resources/org/qiao/i18n/messages_en.properties"), StandardCharsets.UTF_8)) {
            english.load(reader);
        }
        return english.stringPropertyNames().stream()
            .filter(key -> key.startsWith("cli.help.") || key.startsWith("usage.")
                || key.startsWith("mixinStandardHelpOptions.") || key.endsWith(".usage.description"))
            .map(key -> english.getProperty(key).replace("%n", "").strip())
            .toList();
    }

    @Test
    void helpIsChineseByDefault() {
        String help = help();
        assertTrue(help.startsWith("用法：qiao "), help);
        assertTrue(help.contains("劳动争议调解与工会法律援助"), help);
        assertTrue(help.contains("数据文件夹"), help);
        assertTrue(help.contains("显示本帮助信息并退出。"), help);
        assertTrue(help.contains("选项："), help);
        assertTrue(help.contains("命令："), help);
        assertTrue(help.contains("法定节假日安排。"), "subcommands listed with their descriptions: " + help);
    }

    @Test
    void helpIsEnglishWithLocaleOption() {
        String help = help("--locale", "en");
        assertTrue(help.startsWith("Usage: qiao "), help);
        assertTrue(help.contains("Data folder (default: $QIAO_HOME, else the user's"),
            "picocli prints the raw value: a plain apostrophe, no MessageFormat quoting: " + help);
        assertTrue(help.contains("Show this help message and exit."), help);
        assertTrue(help.contains("Commands:"), help);
        assertTrue(help.contains("Statutory holiday schedules."), help);
    }

    @Test
    void deadlineHelpDescribesItsOptionsInTheChosenLanguage() {
        String chinese = help("tools", "deadline");
        assertTrue(chinese.contains("输出期限的最后一天"), chinese);
        assertTrue(chinese.contains("收到之日，格式 yyyy-MM-dd"), chinese);
        assertTrue(chinese.contains("期限：15d（日）、10wd（工作日）、3m（月）或 1y（年）"), chinese);

        String english = help("--locale", "en", "tools", "deadline");
        assertTrue(english.contains("Print the last day of a time limit"), english);
        assertTrue(english.contains("Day of receipt, yyyy-MM-dd"), english);
        assertTrue(english.contains("15d (days), 10wd (working days)"), english);
    }

    @Test
    void aCommandWithParametersListsThemUnderAChineseHeading() {
        String help = help("calendar", "add-year");
        assertTrue(help.contains("参数："), help);
        assertTrue(help.contains("CSV 文件"), help);
    }

    @ParameterizedTest(name = "qiao {0} --help")
    @MethodSource("commands")
    void everyCommandsChineseHelpHasNoEnglishText(String command) throws IOException {
        String help = help(words(command));
        assertFalse(ENGLISH_WORDS.matcher(help).find(), help);
        for (String english : englishHelpTexts()) {
            assertFalse(help.contains(english), "\"" + english + "\" in: " + help);
        }
    }

    @ParameterizedTest(name = "qiao --locale en {0} --help")
    @MethodSource("commands")
    void everyCommandsEnglishHelpHasNoChineseText(String command) {
        List<String> args = new ArrayList<>(List.of("--locale", "en"));
        args.addAll(Arrays.asList(words(command)));
        String help = help(args.toArray(String[]::new));
        assertFalse(HAN.matcher(help.replace("连心桥", "")).find(), "only the product's name is Chinese: " + help);
        assertTrue(help.startsWith("Usage: qiao"), help);
    }
}
