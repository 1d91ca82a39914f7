// SPDX-License-Identifier: AGPL-3.0-or-later
package org.qiao.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.Callable;
import java.util.function.Supplier;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

import org.qiao.domain.handoff.TrustedKey;
import org.qiao.i18n.Messages;
import org.qiao.service.HandoffReport;
import org.qiao.service.HandoffService;

/**
 * {@code qiao handoff}: the signed exchange package with the courts (docs/handoff-format.md). {@code export} writes a
 * referral case's package, {@code verify} checks one without changing anything, {@code import} checks and imports
 * one (again: nothing changes), {@code public-key} writes the studio's public key for a court, {@code trust} accepts
 * a court's (or another studio's) key, {@code untrust} retires one and {@code keys} lists them. Each prints one line
 * (a line a key for {@code keys}); a refused package exits with 1 and says which check failed.
 */
@Command(name = "handoff", subcommands = {HandoffCommand.Export.class, HandoffCommand.Verify.class,
    HandoffCommand.Import.class, HandoffCommand.PublicKey.class, HandoffCommand.Trust.class,
    HandoffCommand.Untrust.class, HandoffCommand.Keys.class})
public final class HandoffCommand {

    private final Messages messages;
    private final Supplier<HandoffService> handoffs;

    public HandoffCommand(Messages messages, Supplier<HandoffService> handoffs) {
        this.messages = Objects.requireNonNull(messages);
        this.handoffs = Objects.requireNonNull(handoffs);
    }

    private static int say(CommandSpec spec, String line) {
        PrintWriter out = spec.commandLine().getOut();
        out.println(line);
        out.flush();
        return 0;
    }

    /** A case's package. */
    @Command(name = "export")
    static final class Export implements Callable<Integer> {

        @ParentCommand private HandoffCommand parent;
        @Spec private CommandSpec spec;

        @Option(names = "--case", paramLabel = "NUMBER", required = true,
            descriptionKey = "cli.help.option.handoff.case")
        String caseNumber;

        @Option(names = "--out", paramLabel = "FILE", required = true, descriptionKey = "cli.help.option.handoff.out")
        Path out;

        @Override
        public Integer call() {
            HandoffService service = parent.handoffs.get();
            HandoffService.Exported exported = service.export(service.caseId(caseNumber), out);
            return say(spec, parent.messages.get("cli.handoff.exported", parent.messages.get(
                exported.kind().messageKey()), exported.caseNumber(), exported.files(), exported.file().toString()));
        }
    }

    /** Checks a package. */
    @Command(name = "verify")
    static final class Verify implements Callable<Integer> {

        @ParentCommand private HandoffCommand parent;
        @Spec private CommandSpec spec;

        @Parameters(paramLabel = "FILE", descriptionKey = "cli.help.param.handoff.file")
        Path file;

        @Override
        public Integer call() {
            HandoffReport report = parent.handoffs.get().verify(file);
            return say(spec, parent.messages.get("cli.handoff.verified", parent.messages.get(
                report.kind().messageKey()), report.senderName() == null ? "" : report.senderName(),
                report.signerName(), report.courtCaseNumber(), report.files().size()));
        }
    }

    /** Checks and imports a package. */
    @Command(name = "import")
    static final class Import implements Callable<Integer> {

        @ParentCommand private HandoffCommand parent;
        @Spec private CommandSpec spec;

        @Parameters(paramLabel = "FILE", descriptionKey = "cli.help.param.handoff.file")
        Path file;

        @Override
        public Integer call() {
            HandoffService.Imported imported = parent.handoffs.get().importPackage(file);
            return say(spec, parent.messages.get(imported.alreadyImported() ? "cli.handoff.alreadyImported"
                : "cli.handoff.imported", imported.caseNumber(), parent.messages.get(imported.kind().messageKey()),
                imported.courtCaseNumber()));
        }
    }

    /** Writes the studio's public key. */
    @Command(name = "public-key")
    static final class PublicKey implements Callable<Integer> {

        @ParentCommand private HandoffCommand parent;
        @Spec private CommandSpec spec;

        @Option(names = "--out", paramLabel = "FILE", required = true,
            descriptionKey = "cli.help.option.handoff.keyOut")
        Path out;

        @Override
        public Integer call() {
            HandoffService.PublicKeyText key = parent.handoffs.get().writePublicKey(out);
            return say(spec, parent.messages.get("cli.handoff.publicKey", out.toString(), key.fingerprint()));
        }
    }

    /** Trusts another party's public key. */
    @Command(name = "trust")
    static final class Trust implements Callable<Integer> {

        @ParentCommand private HandoffCommand parent;
        @Spec private CommandSpec spec;

        @Parameters(paramLabel = "FILE", descriptionKey = "cli.help.param.handoff.key")
        Path file;

        @Option(names = "--name", paramLabel = "NAME", required = true,
            descriptionKey = "cli.help.option.handoff.name")
        String name;

        @Override
        public Integer call() {
            TrustedKey key = parent.handoffs.get().trust(file, name);
            return say(spec, parent.messages.get("cli.handoff.trusted", key.getOwnerName(), key.getFingerprint()));
        }
    }

    /** Stops trusting a key. */
    @Command(name = "untrust")
    static final class Untrust implements Callable<Integer> {

        @ParentCommand private HandoffCommand parent;
        @Spec private CommandSpec spec;

        @Option(names = "--fingerprint", paramLabel = "F", required = true,
            descriptionKey = "cli.help.option.handoff.fingerprint")
        String fingerprint;

        @Override
        public Integer call() {
            TrustedKey key = parent.handoffs.get().untrust(fingerprint);
            return say(spec, parent.messages.get("cli.handoff.untrusted", key.getOwnerName(), key.getFingerprint()));
        }
    }

    /** Lists the trusted keys. */
    @Command(name = "keys")
    static final class Keys implements Callable<Integer> {

        private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

        @ParentCommand private HandoffCommand parent;
        @Spec private CommandSpec spec;

        @Override
        public Integer call() {
            List<TrustedKey> keys = parent.handoffs.get().trustedKeys();
            if (keys.isEmpty()) {
                return say(spec, parent.messages.get("cli.handoff.keys.none"));
            }
            StringBuilder lines = new StringBuilder();
            for (TrustedKey key : keys) {
                if (lines.length() > 0) {
                    lines.append(System.lineSeparator());
                }
                String trusted = parent.messages.get("cli.handoff.keys.line", key.getFingerprint(), key.getOwnerName(),
                    WHEN.format(key.getAddedAt()), key.getAddedBy());
                lines.append(key.isInForce() ? trusted : parent.messages.get("cli.handoff.keys.retired", trusted,
                    WHEN.format(key.getRetiredAt()), key.getRetiredBy()));
            }
            return say(spec, lines.toString());
        }
    }
}
