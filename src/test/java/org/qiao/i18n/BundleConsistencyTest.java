// SPDX-License-Identifier: AGPL-3.0-or-later
package org.qiao.i18n;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import org.qiao.app.CommandTree;
import org.qiao.domain.calendar.DayKind;
import org.qiao.domain.agreement.AgreementStatus;
import org.qiao.domain.cases.CaseSource;
import org.qiao.domain.cases.CaseStatus;
import org.qiao.domain.cases.ConflictVerdict;
import org.qiao.domain.cases.DisputeCategory;
import org.qiao.domain.cases.WorkerGroup;
import org.qiao.domain.court.CourtLevel;
import org.qiao.domain.court.CourtOutcome;
import org.qiao.domain.court.HandBackKind;
import org.qiao.domain.court.HandBackReason;
import org.qiao.domain.court.MaterialKind;
import org.qiao.domain.court.ReferralStatus;
import org.qiao.domain.court.ReferralType;
import org.qiao.domain.handoff.PackageKind;
import org.qiao.domain.payment.FollowUpMethod;
import org.qiao.domain.payment.InstalmentAllocation;
import org.qiao.domain.payment.NextStep;
import org.qiao.domain.payment.PaymentMethod;
import org.qiao.domain.user.Role;
import org.qiao.service.ReferralBoardService;
import org.qiao.service.ConflictFinding;
import org.qiao.ui.main.Section;

/**
 * Chinese and English carry the same keys; every key the code or an FXML file asks for exists; every key in the
 * bundles is used somewhere. Keys built at run time from an enum ({@code "role." + role.name()}) are listed here
 * as families, so a new enum value without its text fails this test. So are the keys picocli looks up itself for
 * the command-line help: its fixed heading and standard-option keys, and one description per command.
 */
class BundleConsistencyTest {

    private static final Path MAIN = Path.of("src/main");
    private static final Pattern FXML_KEY = Pattern.compile("\"%([A-Za-z0-9_.-]+)\"");
    private static final Pattern CODE_KEY = Pattern.compile(
        "(?:QiaoException\\((?:[a-z]+, )?|messages\\.get\\(|get\\(|descriptionKey = )"
            + "\"([a-z][A-Za-z0-9]*(?:\\.[A-Za-z0-9-]+)+)\"");
    private static final Pattern LITERAL = Pattern.compile("\"([a-z][A-Za-z0-9]*(?:\\.[A-Za-z0-9_-]+)+)\"");

    /**
     * Picocli's own keys for the usage help, which no Qiao source names: the section headings and the descriptions
     * of the standard {@code --help} and {@code --version} options (their descriptionKey is fixed inside picocli).
     */
    private static final Set<String> PICOCLI_KEYS = Set.of("usage.synopsisHeading", "usage.synopsisSubcommandLabel",
        "usage.parameterListHeading", "usage.optionListHeading", "usage.commandListHeading",
        "mixinStandardHelpOptions.help", "mixinStandardHelpOptions.version");

    private static Properties load(String name) throws IOException {
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(MAIN.resolve("resources/org/qiao/i18n/" + name),
            StandardCharsets.UTF_8)) {
            properties.load(reader);
        }
        return properties;
    }

    private static Set<String> keys(Properties properties) {
        return properties.stringPropertyNames().stream().collect(Collectors.toCollection(TreeSet::new));
    }

    private static String sources(String glob) throws IOException {
        try (Stream<Path> files = Files.walk(MAIN)) {
            return files.filter(p -> p.getFileSystem().getPathMatcher("glob:" + glob).matches(p.getFileName()))
                .map(BundleConsistencyTest::read).collect(Collectors.joining("\n"));
        }
    }

    private static String read(Path path) {
        try {
            return Files.readString(path, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Set<String> matches(Pattern pattern, String text) {
        Set<String> found = new TreeSet<>();
        Matcher matcher = pattern.matcher(text);
        while (matcher.find()) {
            found.add(matcher.group(1));
        }
        return found;
    }

    /** Keys built from enum values at run time, and the keys picocli asks for. */
    private static Set<String> families() {
        Set<String> keys = new TreeSet<>(PICOCLI_KEYS);
        // @Command has no descriptionKey: picocli reads a command's description from
        // "<qualified command name>.usage.description", so each command in the real tree asks for one.
        CommandTree.qualifiedNames().forEach(command -> keys.add(command + ".usage.description"));
        Arrays.stream(DayKind.values()).forEach(v -> keys.add("cli.calendar.kind." + v.name()));
        Arrays.stream(Role.values()).forEach(v -> keys.add(v.messageKey()));
        Arrays.stream(CaseStatus.values()).forEach(v -> keys.add(v.messageKey()));
        Arrays.stream(CaseSource.values()).forEach(v -> keys.add(v.messageKey()));
        Arrays.stream(DisputeCategory.values()).forEach(v -> keys.add(v.messageKey()));
        Arrays.stream(WorkerGroup.values()).forEach(v -> keys.add(v.messageKey()));
        Arrays.stream(ConflictVerdict.values()).forEach(v -> keys.add(v.messageKey()));
        Arrays.stream(AgreementStatus.values()).forEach(v -> keys.add(v.messageKey()));
        Arrays.stream(ConflictFinding.Kind.values()).forEach(v -> keys.add(v.messageKey()));
        Arrays.stream(PaymentMethod.values()).forEach(v -> keys.add(v.messageKey()));
        Arrays.stream(FollowUpMethod.values()).forEach(v -> keys.add(v.messageKey()));
        Arrays.stream(InstalmentAllocation.State.values()).forEach(v -> keys.add(v.messageKey()));
        Arrays.stream(NextStep.values()).forEach(v -> keys.add(v.messageKey()));
        Arrays.stream(CourtLevel.values()).forEach(v -> keys.add(v.messageKey()));
        Arrays.stream(ReferralType.values()).forEach(v -> keys.add(v.messageKey()));
        Arrays.stream(MaterialKind.values()).forEach(v -> keys.add(v.messageKey()));
        Arrays.stream(HandBackKind.values()).forEach(v -> keys.add(v.messageKey()));
        Arrays.stream(HandBackReason.values()).forEach(v -> keys.add(v.messageKey()));
        Arrays.stream(CourtOutcome.values()).forEach(v -> keys.add(v.messageKey()));
        Arrays.stream(ReferralStatus.values()).forEach(v -> keys.add(v.messageKey()));
        Arrays.stream(ReferralType.values()).forEach(v -> keys.add(ReferralBoardService.shortTypeKey(v)));
        Arrays.stream(PackageKind.values()).forEach(v -> keys.add(v.messageKey()));
        Arrays.stream(NextStep.values()).forEach(v -> keys.add(v.shortKey()));
        for (Section section : Section.values()) {
            keys.add(section.labelKey());
            if (!section.isBuilt()) {
                keys.add("notBuilt." + section.id());
            }
        }
        return keys;
    }

    @Test
    void chineseAndEnglishHaveTheSameKeys() throws IOException {
        Set<String> chinese = keys(load("messages.properties"));
        Set<String> english = keys(load("messages_en.properties"));
        Set<String> onlyChinese = new TreeSet<>(chinese);
        onlyChinese.removeAll(english);
        Set<String> onlyEnglish = new TreeSet<>(english);
        onlyEnglish.removeAll(chinese);
        assertEquals(Set.of(), onlyChinese, "keys missing from messages_en.properties");
        assertEquals(Set.of(), onlyEnglish, "keys missing from messages.properties");
    }

    @Test
    void everyKeyTheCodeAsksForExists() throws IOException {
        Set<String> chinese = keys(load("messages.properties"));
        Set<String> asked = new TreeSet<>(matches(FXML_KEY, sources("*.fxml")));
        asked.addAll(matches(CODE_KEY, sources("*.java")));
        asked.addAll(families());
        asked.removeAll(chinese);
        assertEquals(Set.of(), asked, "keys used but not in the bundles");
    }

    @Test
    void everyKeyInTheBundlesIsUsed() throws IOException {
        Set<String> used = new TreeSet<>(matches(FXML_KEY, sources("*.fxml")));
        used.addAll(matches(LITERAL, sources("*.java")));
        used.addAll(families());
        Set<String> unused = keys(load("messages.properties"));
        unused.removeAll(used);
        assertEquals(Set.of(), unused, "keys in the bundles that nothing uses");
    }

    @Test
    void noValueIsEmptyOrUntranslated() throws IOException {
        Properties chinese = load("messages.properties");
        List<String> empty = chinese.stringPropertyNames().stream()
            .filter(k -> chinese.getProperty(k).isBlank()).sorted().toList();
        assertTrue(empty.isEmpty(), "empty texts: " + empty);
    }
}
