// SPDX-License-Identifier: AGPL-3.0-or-later
package org.qiao.cli;

import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.Objects;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import org.qiao.domain.FieldProblem;
import org.qiao.domain.ValidationException;
import org.qiao.domain.court.CourtOutcome;
import org.qiao.domain.court.HandBackReason;
import org.qiao.i18n.Messages;
import org.qiao.service.HandBackService;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code qiao handback}: a court referral's hand-back on the command line, over the same service as the case page.
 * {@code success} and {@code failure} hand it back, {@code applied} records the day the parties applied for judicial
 * confirmation, {@code outcome} what the court did, {@code show} where it stands. Each prints the referral afterwards;
 * a refused field is named by its option.
 */
@Command(name = "handback", subcommands = {HandBackCommand.Success.class, HandBackCommand.Failure.class,
    HandBackCommand.Applied.class, HandBackCommand.Outcome.class, HandBackCommand.Show.class})
public final class HandBackCommand {

    private final Messages messages;
    private final Supplier<HandBackService> handBacks;

    public HandBackCommand(Messages messages, Supplier<HandBackService> handBacks) {
        this.messages = Objects.requireNonNull(messages);
        this.handBacks = Objects.requireNonNull(handBacks);
    }

    /** What every subcommand shares: the case, and printing the referral or the refused fields. */
    abstract static class CaseCommand implements Callable<Integer> {

        @ParentCommand HandBackCommand parent;
        @Spec CommandSpec spec;

        @Option(names = "--case", paramLabel = "NUMBER", required = true, descriptionKey = "cli.help.option.print.case")
        String caseNumber;

        abstract HandBackService.View run(HandBackService service, long caseId);

        @Override
        public Integer call() {
            HandBackService service = parent.handBacks.get();
            long caseId = service.caseId(caseNumber);
            try {
                print(spec.commandLine().getOut(), parent.messages, run(service, caseId));
                return 0;
            } catch (ValidationException invalid) {
                PrintWriter err = spec.commandLine().getErr();
                for (FieldProblem problem : invalid.problems()) {
                    err.println(parent.messages.get("cli.handback.problem", "--" + problem.field(),
                        parent.messages.get(problem.messageKey(), problem.args())));
                }
                err.flush();
                return CliErrors.FAILED;
            }
        }
    }

    /** Hands back a case with a signed agreement. */
    @Command(name = "success")
    static final class Success extends CaseCommand {

        @Option(names = "--date", paramLabel = "DATE", descriptionKey = "cli.help.option.handback.date")
        LocalDate date;

        @Option(names = "--note", paramLabel = "TEXT", descriptionKey = "cli.help.option.handback.note")
        String note;

        @Override
        HandBackService.View run(HandBackService service, long caseId) {
            return service.handBackSuccess(caseId, null, date != null ? date : LocalDate.now(), note);
        }
    }

    /** Hands back a case without agreement. */
    @Command(name = "failure")
    static final class Failure extends CaseCommand {

        @Option(names = "--reason", paramLabel = "R", required = true,
            descriptionKey = "cli.help.option.handback.reason")
        HandBackReason reason;

        @Option(names = "--facts", paramLabel = "TEXT", required = true,
            descriptionKey = "cli.help.option.handback.facts")
        String facts;

        @Option(names = "--date", paramLabel = "DATE", descriptionKey = "cli.help.option.handback.date")
        LocalDate date;

        @Option(names = "--note", paramLabel = "TEXT", descriptionKey = "cli.help.option.handback.note")
        String note;

        @Override
        HandBackService.View run(HandBackService service, long caseId) {
            return service.handBackFailure(caseId, null, reason, date != null ? date : LocalDate.now(), facts, note);
        }
    }

    /** Records the day the parties applied for judicial confirmation. */
    @Command(name = "applied")
    static final class Applied extends CaseCommand {

        @Option(names = "--date", paramLabel = "DATE", required = true,
            descriptionKey = "cli.help.option.handback.appliedDate")
        LocalDate date;

        @Override
        HandBackService.View run(HandBackService service, long caseId) {
            return service.recordConfirmationApplied(caseId, null, date);
        }
    }

    /** Records what the court did. */
    @Command(name = "outcome")
    static final class Outcome extends CaseCommand {

        @Option(names = "--outcome", paramLabel = "O", required = true,
            descriptionKey = "cli.help.option.handback.outcome")
        CourtOutcome outcome;

        @Option(names = "--number", paramLabel = "NUMBER", descriptionKey = "cli.help.option.handback.number")
        String number;

        @Option(names = "--date", paramLabel = "DATE", descriptionKey = "cli.help.option.handback.outcomeDate")
        LocalDate date;

        @Option(names = "--note", paramLabel = "TEXT", descriptionKey = "cli.help.option.handback.note")
        String note;

        @Override
        HandBackService.View run(HandBackService service, long caseId) {
            return service.recordOutcome(caseId, null, outcome, number, date != null ? date : LocalDate.now(), note);
        }
    }

    /** Where the referral stands. */
    @Command(name = "show")
    static final class Show extends CaseCommand {

        @Override
        HandBackService.View run(HandBackService service, long caseId) {
            return service.view(caseId);
        }
    }

    /** The referral, its hand-back, the confirmation window and the court's outcome, a line each. */
    static void print(PrintWriter out, Messages m, HandBackService.View v) {
        out.println(m.get("cli.handback.referral", v.caseNumber(), v.courtName(), v.courtCaseNumber(),
            m.get(v.type().messageKey()), v.judgeName(), v.signedForDate().toString()));
        out.println(m.get("cli.handback.status", m.get(v.status().messageKey()), m.get(v.caseStatus().messageKey())));
        if (v.handedBack()) {
            out.println(m.get("cli.handback.handedBack", v.handedBackDate().toString(),
                m.get(v.handBackReason().messageKey())));
        }
        if (v.undisputedFacts() != null) {
            out.println(m.get("cli.handback.facts", v.undisputedFacts()));
        }
        if (v.handBackNote() != null) {
            out.println(m.get("cli.handback.note", v.handBackNote()));
        }
        v.window().ifPresent(w -> out.println(w.applied()
            ? m.get("cli.handback.window.applied", w.agreementNumber(), w.due().toString(), w.appliedDate().toString())
            : m.get("cli.handback.window", w.agreementNumber(), w.agreementSigned().toString(), w.due().toString(),
                w.daysLeft())));
        if (v.outcome() != null) {
            out.println(m.get("cli.handback.outcome", m.get(v.outcome().messageKey()),
                v.outcomeNumber() == null ? "" : v.outcomeNumber(), v.outcomeDate().toString()));
        }
        out.flush();
    }
}
