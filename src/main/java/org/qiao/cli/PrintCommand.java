// SPDX-License-Identifier: AGPL-3.0-or-later
package org.qiao.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;
import java.util.concurrent.Callable;
import java.util.function.Supplier;

import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

import org.qiao.domain.QiaoException;
import org.qiao.i18n.Messages;
import org.qiao.service.AgreementService;
import org.qiao.service.HandBackService;
import org.qiao.service.HandoffDocuments;
import org.qiao.service.AgreementVersion;
import org.qiao.service.PaymentService;

/**
 * {@code qiao print}: every document the window prints, produced without it, one subcommand per document.
 * {@code agreement} writes a case's 调解协议书: the version named by {@code --agreement-version} (not
 * {@code --version}, which every command inherits to print the program version), else the signed version in
 * force, else the newest version — a draft then carries a "draft" mark on every page. {@code recovery-summary}
 * writes the 挽回经济损失情况 of a case, or of one worker (by resident ID) across every case that names them.
 * {@code handback-letter}, {@code judicial-confirmation}, {@code termination-notice}, {@code undisputed-facts} and
 * {@code session-records} write the papers a handed-back court referral goes with ({@link HandBackService#forCase}).
 */
@Command(name = "print", subcommands = {PrintCommand.AgreementPdf.class, PrintCommand.RecoverySummary.class,
    PrintCommand.HandBackLetter.class, PrintCommand.JudicialConfirmation.class, PrintCommand.TerminationNotice.class,
    PrintCommand.UndisputedFacts.class, PrintCommand.SessionRecords.class})
public final class PrintCommand {

    private final Messages messages;
    private final Supplier<AgreementService> agreements;
    private final Supplier<PaymentService> payments;
    private final Supplier<HandBackService> handBacks;

    public PrintCommand(Messages messages, Supplier<AgreementService> agreements, Supplier<PaymentService> payments,
        Supplier<HandBackService> handBacks) {
        this.messages = Objects.requireNonNull(messages);
        this.agreements = Objects.requireNonNull(agreements);
        this.payments = Objects.requireNonNull(payments);
        this.handBacks = Objects.requireNonNull(handBacks);
    }

    /** Writes {@code content} to {@code out}, creating its folder; a failure names the file. */
    static void write(Path out, byte[] content) {
        try {
            Path parent = out.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            Files.write(out, content);
        } catch (IOException e) {
            throw new QiaoException(e, "cli.print.cannotWrite", out.toString(), e.getMessage());
        }
    }

    /** A case's agreement as a PDF. */
    @Command(name = "agreement")
    static final class AgreementPdf implements Callable<Integer> {

        @ParentCommand private PrintCommand parent;
        @Spec private CommandSpec spec;

        @Option(names = "--case", paramLabel = "NUMBER", required = true, descriptionKey = "cli.help.option.print.case")
        String caseNumber;

        @Option(names = "--out", paramLabel = "FILE", required = true, descriptionKey = "cli.help.option.print.out")
        Path out;

        @Option(names = "--agreement-version", paramLabel = "N",
            descriptionKey = "cli.help.option.print.version")
        Integer version;

        @Override
        public Integer call() {
            AgreementService service = parent.agreements.get();
            long caseId = service.caseId(caseNumber);
            AgreementVersion chosen = version == null ? service.printable(caseId) : service.version(caseId, version);
            write(out, service.pdf(chosen.id()));
            PrintWriter printed = spec.commandLine().getOut();
            printed.println(parent.messages.get("cli.print.agreement.written", chosen.agreementNumber(),
                chosen.version(), parent.messages.get(chosen.status().messageKey()), out.toString()));
            printed.flush();
            return 0;
        }
    }

    /** The recovered-wage summary of a case or of one worker. */
    @Command(name = "recovery-summary")
    static final class RecoverySummary implements Callable<Integer> {

        @ParentCommand private PrintCommand parent;
        @Spec private CommandSpec spec;

        @ArgGroup(exclusive = true, multiplicity = "1")
        Subject subject;

        @Option(names = "--out", paramLabel = "FILE", required = true, descriptionKey = "cli.help.option.print.out")
        Path out;

        /** Exactly one of a case or a worker. */
        static final class Subject {
            @Option(names = "--case", paramLabel = "NUMBER", required = true,
                descriptionKey = "cli.help.option.print.case")
            String caseNumber;

            @Option(names = "--worker", paramLabel = "ID", required = true,
                descriptionKey = "cli.help.option.print.worker")
            String residentId;
        }

        @Override
        public Integer call() {
            PaymentService service = parent.payments.get();
            PaymentService.PrintedSummary summary = subject.caseNumber != null
                ? service.printRecoverySummaryForCase(subject.caseNumber)
                : service.printRecoverySummaryForResident(subject.residentId);
            write(out, summary.pdf());
            PrintWriter printed = spec.commandLine().getOut();
            printed.println(parent.messages.get("cli.print.recovery.written", summary.subject(), summary.sections(),
                summary.paid().toGroupedString(), summary.outstanding().toGroupedString(), out.toString()));
            printed.flush();
            return 0;
        }
    }

    /** One of the papers of a case's hand-back. */
    abstract static class HandBackPaper implements Callable<Integer> {

        @ParentCommand private PrintCommand parent;
        @Spec private CommandSpec spec;

        @Option(names = "--case", paramLabel = "NUMBER", required = true, descriptionKey = "cli.help.option.print.case")
        String caseNumber;

        @Option(names = "--out", paramLabel = "FILE", required = true, descriptionKey = "cli.help.option.print.out")
        Path out;

        abstract String kind();

        @Override
        public Integer call() {
            HandBackService service = parent.handBacks.get();
            HandoffDocuments.Named document = service.document(service.caseId(caseNumber), kind());
            write(out, document.content());
            PrintWriter printed = spec.commandLine().getOut();
            printed.println(parent.messages.get("cli.print.handback.written",
                parent.messages.get(HandBackService.labelKey(kind())), caseNumber.strip(), out.toString()));
            printed.flush();
            return 0;
        }
    }

    /** 调解情况复函. */
    @Command(name = "handback-letter")
    static final class HandBackLetter extends HandBackPaper {
        @Override
        String kind() {
            return HandBackService.HANDBACK_LETTER;
        }
    }

    /** 司法确认申请书. */
    @Command(name = "judicial-confirmation")
    static final class JudicialConfirmation extends HandBackPaper {
        @Override
        String kind() {
            return HandBackService.JUDICIAL_CONFIRMATION_APPLICATION;
        }
    }

    /** 调解终结告知书. */
    @Command(name = "termination-notice")
    static final class TerminationNotice extends HandBackPaper {
        @Override
        String kind() {
            return HandBackService.TERMINATION_NOTICE;
        }
    }

    /** 无争议事实记载. */
    @Command(name = "undisputed-facts")
    static final class UndisputedFacts extends HandBackPaper {
        @Override
        String kind() {
            return HandBackService.UNDISPUTED_FACTS;
        }
    }

    /** 调解记录. */
    @Command(name = "session-records")
    static final class SessionRecords extends HandBackPaper {
        @Override
        String kind() {
            return HandBackService.SESSION_RECORDS;
        }
    }
}
