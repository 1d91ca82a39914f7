// SPDX-License-Identifier: AGPL-3.0-or-later
package org.qiao.cli;

import java.io.PrintWriter;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Objects;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import org.qiao.domain.QiaoException;
import org.qiao.domain.calendar.Deadline;
import org.qiao.domain.calendar.DeadlineCalculator;
import org.qiao.domain.calendar.Period;
import org.qiao.domain.calendar.StatutoryCalendar;
import org.qiao.domain.identity.CreditCode;
import org.qiao.domain.identity.ResidentId;
import org.qiao.domain.identity.Sex;
import org.qiao.domain.money.AmountInWords;
import org.qiao.domain.money.Money;
import org.qiao.i18n.Messages;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code tools}: the domain rules on their own, for a mediator at a terminal and for scripts. Subcommands are
 * methods of this class, so they share its injected {@link Messages} and calendar without a factory.
 *
 * <p>Exit codes come straight out of {@link CommandLine#execute}: {@value #OK} done, {@value #INVALID} the identifier
 * checked is not valid (the reason on standard output), {@value #BAD_ARGUMENTS} an argument could not be read (one
 * localised line on standard error). Picocli's own parse errors (a missing option, an unknown subcommand) also give
 * {@value #BAD_ARGUMENTS}; {@link CliErrors} makes them one localised line.
 */
@Command(name = "tools", mixinStandardHelpOptions = true)
public final class ToolsCommand implements Callable<Integer> {

    public static final int OK = 0;
    public static final int INVALID = 1;
    public static final int BAD_ARGUMENTS = 2;

    private final Messages messages;
    private final Supplier<StatutoryCalendar> calendar;

    @Spec
    private CommandSpec spec;

    public ToolsCommand(Messages messages, Supplier<StatutoryCalendar> calendar) {
        this.messages = Objects.requireNonNull(messages, "messages");
        this.calendar = Objects.requireNonNull(calendar, "calendar");
    }

    /** Without a subcommand: the usage, as an argument error. */
    @Override
    public Integer call() {
        spec.commandLine().usage(err());
        return BAD_ARGUMENTS;
    }

    @Command(name = "amount-in-words")
    int amountInWords(
        @Parameters(paramLabel = "AMOUNT", descriptionKey = "cli.help.param.tools.amount") String amount) {
        try {
            out().println(AmountInWords.of(Money.parse(amount)));
            return OK;
        } catch (QiaoException e) {
            return badArguments(e);
        }
    }

    // 劳动争议调解仲裁法 art.14 and the other time limits: the rules themselves live in DeadlineCalculator.
    @Command(name = "deadline")
    int deadline(
        @Option(names = "--start", required = true, paramLabel = "DATE",
            descriptionKey = "cli.help.option.tools.start") String start,
        @Option(names = "--period", required = true, paramLabel = "PERIOD",
            descriptionKey = "cli.help.option.tools.period") String period) {
        try {
            LocalDate startDate = parseDate(start);
            Period length = Period.parse(period);
            Deadline deadline = new DeadlineCalculator(calendar.get()).due(startDate, length);
            out().println(deadline.due());
            for (Deadline.Warning warning : deadline.warnings()) {
                out().println(messages.get(warning.messageKey(), warning.args().toArray()));
            }
            return OK;
        } catch (QiaoException e) {
            return badArguments(e);
        }
    }

    @Command(name = "check-id")
    int checkId(@Parameters(paramLabel = "ID", descriptionKey = "cli.help.param.tools.id") String id) {
        try {
            ResidentId parsed = ResidentId.parse(id);
            out().println(messages.get("tools.checkId.valid", parsed.value(),
                messages.get(parsed.sex() == Sex.MALE ? "identity.sex.MALE" : "identity.sex.FEMALE"),
                parsed.birthDate().toString()));
            return OK;
        } catch (QiaoException e) {
            out().println(messages.get(e.messageKey(), e.args()));
            return INVALID;
        }
    }

    @Command(name = "check-credit-code")
    int checkCreditCode(
        @Parameters(paramLabel = "CODE", descriptionKey = "cli.help.param.tools.creditCode") String code) {
        try {
            CreditCode parsed = CreditCode.parse(code);
            out().println(messages.get("tools.checkCreditCode.valid", parsed.value()));
            return OK;
        } catch (QiaoException e) {
            out().println(messages.get(e.messageKey(), e.args()));
            return INVALID;
        }
    }

    private static LocalDate parseDate(String text) {
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            throw new QiaoException(e, "tools.error.date", text.strip());
        }
    }

    private int badArguments(QiaoException e) {
        err().println(messages.get(e.messageKey(), e.args()));
        return BAD_ARGUMENTS;
    }

    private PrintWriter out() {
        return spec.commandLine().getOut();
    }

    private PrintWriter err() {
        return spec.commandLine().getErr();
    }
}
