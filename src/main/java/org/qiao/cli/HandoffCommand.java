// SPDX-License-Identifier: AGPL-3.0-or-later
package org.qiao.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
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
 * a court's (or another studio's) key. Each prints one line; a refused package exits with 1 and says which check
 * failed.
 */
@Command(name = "handoff", subcommands = {HandoffCommand.Export.class, HandoffCommand.Verify.class,
    HandoffCommand.Import.class, HandoffCommand.PublicKey.class, HandoffCommand.Trust.class})
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
}
