// SPDX-License-Identifier: AGPL-3.0-or-later
package org.qiao.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.Objects;
import java.util.concurrent.Callable;
import java.util.function.Supplier;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

import org.qiao.domain.court.ReferralType;
import org.qiao.i18n.Messages;
import org.qiao.service.CourtService;
import org.qiao.service.ReferralBoardService;
import org.qiao.service.ReferralBoardService.BoardFilter;
import org.qiao.service.ReferralBoardService.BoardRow;
import org.qiao.service.ReferralBoardService.CourtCounts;

/**
 * {@code qiao referrals}: oversight of court referrals on the command line, over the same service as the window's
 * 诉调对接 section. {@code board} prints the referral board (with {@code --out} it also writes the
 * 诉调对接案件期限管控表 PDF); {@code counts} prints a month's figures per court.
 */
@Command(name = "referrals", subcommands = {ReferralsCommand.BoardCommand.class, ReferralsCommand.Counts.class})
public final class ReferralsCommand {

    private final Messages messages;
    private final Supplier<ReferralBoardService> board;
    private final Supplier<CourtService> courts;

    public ReferralsCommand(Messages messages, Supplier<ReferralBoardService> board, Supplier<CourtService> courts) {
        this.messages = Objects.requireNonNull(messages);
        this.board = Objects.requireNonNull(board);
        this.courts = Objects.requireNonNull(courts);
    }

    /** The referral board, most urgent first. */
    @Command(name = "board")
    static final class BoardCommand implements Callable<Integer> {

        @ParentCommand private ReferralsCommand parent;
        @Spec private CommandSpec spec;

        @Option(names = "--court", paramLabel = "CODE", descriptionKey = "cli.help.option.referrals.court")
        String court;

        @Option(names = "--month", paramLabel = "YYYY-MM", descriptionKey = "cli.help.option.referrals.month")
        String month;

        @Option(names = "--all", descriptionKey = "cli.help.option.referrals.all")
        boolean all;

        @Option(names = "--out", paramLabel = "FILE", descriptionKey = "cli.help.option.referrals.out")
        Path out;

        @Override
        public Integer call() {
            Messages m = parent.messages;
            String code = court == null ? null : parent.courtCode(court);
            BoardFilter filter = new BoardFilter(code, month == null ? null : parent.month(month), all);
            ReferralBoardService service = parent.board.get();
            ReferralBoardService.Board board = service.board(filter);
            PrintWriter printed = spec.commandLine().getOut();
            for (BoardRow row : board.rows()) {
                printed.println(m.get("cli.referrals.row", row.caseNumber(), row.courtName(), row.courtCaseNumber(),
                    m.get(ReferralBoardService.shortTypeKey(row.type())), ReferralBoardService.parties(m, row),
                    row.signedForDate().toString(), row.mediationDue() == null ? "—" : row.mediationDue().toString(),
                    left(m, row), m.get(row.status().messageKey()),
                    row.mediator() == null ? m.get("ledger.mediator.none") : row.mediator()));
            }
            printed.println(m.get("cli.referrals.total", board.rows().size(), board.overdueCount()));
            if (out != null) {
                PrintCommand.write(out, service.deadlineSheetPdf(filter));
                printed.println(m.get("cli.referrals.written", out.toString()));
            }
            printed.flush();
            return 0;
        }
    }

    /** A month's figures per court. */
    @Command(name = "counts")
    static final class Counts implements Callable<Integer> {

        @ParentCommand private ReferralsCommand parent;
        @Spec private CommandSpec spec;

        @Option(names = "--month", paramLabel = "YYYY-MM", required = true,
            descriptionKey = "cli.help.option.referrals.month")
        String month;

        @Override
        public Integer call() {
            Messages m = parent.messages;
            ReferralBoardService.MonthCounts counts = parent.board.get().countsByCourtAndMonth(parent.month(month));
            PrintWriter out = spec.commandLine().getOut();
            out.println(m.get("cli.referrals.counts.head", counts.month().toString(), counts.asOf().toString()));
            for (CourtCounts court : counts.courts()) {
                out.println(line(m, court.courtName() + "（" + court.courtCode() + "）", court));
            }
            out.println(line(m, m.get("cli.referrals.counts.total"), counts.total()));
            out.flush();
            return 0;
        }

        private static String line(Messages m, String name, CourtCounts c) {
            return m.get("cli.referrals.counts.line", name, c.received(ReferralType.DELEGATED),
                c.received(ReferralType.ENTRUSTED), c.received(ReferralType.INVITED), c.handedBackSuccess(),
                c.handedBackFailure(), c.outcomesRecorded(), c.openAtMonthEnd(), c.overdueAtMonthEnd());
        }
    }

    private static String left(Messages m, BoardRow row) {
        Integer days = row.workingDaysLeft();
        if (row.overdue()) {
            return m.get("board.left.overdue", days == null ? 0 : -days);
        }
        return days == null ? "—" : days == 0 ? m.get("board.left.today") : m.get("board.left.days", days);
    }

    /** The court named by its code (内0602) or its full name. */
    private String courtCode(String given) {
        String text = given.strip();
        return courts.get().all().stream()
            .filter(c -> c.getCode().equals(text) || c.getName().equals(text))
            .map(c -> c.getCode()).findFirst()
            .orElseThrow(() -> new BadArgumentException(messages.get("cli.referrals.court.unknown", text)));
    }

    private YearMonth month(String given) {
        try {
            return YearMonth.parse(given.strip());
        } catch (DateTimeParseException e) {
            throw new BadArgumentException(messages.get("cli.referrals.month.invalid", given));
        }
    }
}
