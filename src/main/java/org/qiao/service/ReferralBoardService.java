// SPDX-License-Identifier: AGPL-3.0-or-later
package org.qiao.service;

import java.io.ByteArrayOutputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import org.qiao.document.DeadlineSheetDocument;
import org.qiao.document.DeadlineSheetPdf;
import org.qiao.domain.calendar.StatutoryCalendar;
import org.qiao.domain.cases.LedgerRow;
import org.qiao.domain.cases.Studio;
import org.qiao.domain.court.HandBackKind;
import org.qiao.domain.court.ReferralLine;
import org.qiao.domain.court.ReferralStatus;
import org.qiao.domain.court.ReferralType;
import org.qiao.i18n.Messages;
import org.qiao.store.Transactions;

/**
 * Oversight of court referrals (诉调对接): the referral board — every referral the studio holds (or all of them)
 * with its mediation deadline and the working days left, most urgent first — its printed form, the
 * 诉调对接案件期限管控表, and the monthly counts per court. A referral is overdue when its case's mediation deadline
 * (which already honours extensions and suspensions) has passed and the studio has not handed the file back: the
 * court's period (《关于人民法院特邀调解的规定》 art.27) is for returning the file, whatever the case's own status.
 */
public final class ReferralBoardService {

    /**
     * Which referrals the board lists.
     *
     * @param courtCode the court's code, or {@code null} for every court
     * @param month     the month the studio signed for them, or {@code null} for any
     * @param all       also the referrals already handed back
     */
    public record BoardFilter(String courtCode, YearMonth month, boolean all) {

        /** Every referral the studio still holds. */
        public static final BoardFilter HELD = new BoardFilter(null, null, false);
    }

    /**
     * One referral on the board.
     *
     * @param mediationDue    the case's mediation deadline, or {@code null} when none runs
     * @param workingDaysLeft working days from today to the deadline (0: due today), negative when overdue (by how
     *                        many working days), or {@code null} when the file went back or no deadline runs
     * @param overdue         the deadline passed while the studio holds the file
     * @param mediator        the mediator's display name, or {@code null}
     */
    public record BoardRow(long caseId, String caseNumber, String courtCode, String courtName, String courtCaseNumber,
                           ReferralType type, String firstWorker, int workerCount, String employer,
                           LocalDate signedForDate, LocalDate mediationDue, Integer workingDaysLeft, boolean overdue,
                           ReferralStatus status, String mediator) {
    }

    /** The board as of {@code today}. */
    public record Board(LocalDate today, List<BoardRow> rows) {

        public Board {
            rows = List.copyOf(rows);
        }

        public long overdueCount() {
            return rows.stream().filter(BoardRow::overdue).count();
        }
    }

    /**
     * One court's referrals in a month.
     *
     * @param received          signed for in the month, by type
     * @param handedBackSuccess handed back in the month after an agreement
     * @param handedBackFailure handed back in the month without one
     * @param outcomesRecorded  court outcomes dated in the month
     * @param openAtMonthEnd    held by the studio at the end of the month (or today, in the current month)
     * @param overdueAtMonthEnd of those, the ones whose deadline had passed by then
     */
    public record CourtCounts(String courtCode, String courtName, Map<ReferralType, Integer> received,
                              int handedBackSuccess, int handedBackFailure, int outcomesRecorded, int openAtMonthEnd,
                              int overdueAtMonthEnd) {

        public CourtCounts {
            EnumMap<ReferralType, Integer> copy = new EnumMap<>(ReferralType.class);
            for (ReferralType type : ReferralType.values()) {
                copy.put(type, received.getOrDefault(type, 0));
            }
            received = Collections.unmodifiableMap(copy);
        }

        public int received(ReferralType type) {
            return received.get(type);
        }

        public int receivedTotal() {
            return received.values().stream().mapToInt(Integer::intValue).sum();
        }
    }

    /** The counts of a month, a court per line by code (courts with nothing to count left out), and their sums. */
    public record MonthCounts(YearMonth month, LocalDate asOf, List<CourtCounts> courts) {

        public MonthCounts {
            courts = List.copyOf(courts);
        }

        /** The sums over every court. */
        public CourtCounts total() {
            Map<ReferralType, Integer> received = new EnumMap<>(ReferralType.class);
            int success = 0;
            int failure = 0;
            int outcomes = 0;
            int open = 0;
            int overdue = 0;
            for (CourtCounts court : courts) {
                court.received().forEach((type, n) -> received.merge(type, n, Integer::sum));
                success += court.handedBackSuccess();
                failure += court.handedBackFailure();
                outcomes += court.outcomesRecorded();
                open += court.openAtMonthEnd();
                overdue += court.overdueAtMonthEnd();
            }
            return new CourtCounts("", "", received, success, failure, outcomes, open, overdue);
        }
    }

    private final Transactions tx;
    private final CalendarService calendar;
    private final Clock clock;
    /** The sheet is a court document: always Chinese, whatever the screen's language. */
    private final Messages documents = new Messages(Messages.CHINESE);

    public ReferralBoardService(Transactions tx, CalendarService calendar, Clock clock) {
        this.tx = Objects.requireNonNull(tx);
        this.calendar = Objects.requireNonNull(calendar);
        this.clock = Objects.requireNonNull(clock);
    }

    /**
     * The referrals {@code filter} names, most urgent first: those the studio holds by deadline (the most overdue
     * first, those without a running deadline after them), then those handed back, the latest first.
     */
    public Board board(BoardFilter filter) {
        Objects.requireNonNull(filter, "filter");
        LocalDate today = LocalDate.now(clock);
        LocalDate from = filter.month() == null ? null : filter.month().atDay(1);
        LocalDate to = filter.month() == null ? null : filter.month().atEndOfMonth();
        List<ReferralLine> lines = tx.call(r -> r.referrals().lines(filter.courtCode(), from, to, !filter.all()));
        StatutoryCalendar days = calendar.calendar();
        lines.sort(URGENCY);
        List<BoardRow> rows = new ArrayList<>(lines.size());
        for (ReferralLine line : lines) {
            rows.add(row(line, today, days));
        }
        return new Board(today, rows);
    }

    private static final Comparator<ReferralLine> URGENCY = Comparator
        .comparing((ReferralLine l) -> l.handBackKind() != null)
        .thenComparing(l -> l.handBackKind() == null ? l.caseRow().mediationDue() : null,
            Comparator.nullsLast(Comparator.naturalOrder()))
        .thenComparing(ReferralLine::handedBackDate, Comparator.nullsLast(Comparator.reverseOrder()))
        .thenComparing(ReferralLine::signedForDate)
        .thenComparing(l -> l.caseRow().caseNumber());

    private static BoardRow row(ReferralLine line, LocalDate today, StatutoryCalendar days) {
        LedgerRow c = line.caseRow();
        LocalDate due = c.mediationDue();
        Integer left = null;
        boolean overdue = false;
        if (line.handBackKind() == null && due != null) {
            overdue = due.isBefore(today);
            left = overdue ? -days.workingDaysAfter(due, today) : days.workingDaysAfter(today, due);
        }
        return new BoardRow(c.id(), c.caseNumber(), line.courtCode(), line.courtName(), line.courtCaseNumber(),
            line.type(), c.firstWorkerName(), c.workerCount(), c.employerName(), line.signedForDate(), due, left,
            overdue, line.status(), c.mediatorName());
    }

    /**
     * Per court, what happened to referrals in {@code month}: received by type, handed back, court outcomes, and
     * how many the studio held and how many of those were overdue at the month's end (today, in a month not over).
     */
    public MonthCounts countsByCourtAndMonth(YearMonth month) {
        Objects.requireNonNull(month, "month");
        LocalDate first = month.atDay(1);
        LocalDate today = LocalDate.now(clock);
        LocalDate end = month.atEndOfMonth().isBefore(today) ? month.atEndOfMonth() : today;
        List<ReferralLine> lines = tx.call(r -> r.referrals().linesActiveIn(first, month.atEndOfMonth()));
        Map<String, Tally> courts = new TreeMap<>();
        for (ReferralLine line : lines) {
            Tally tally = courts.computeIfAbsent(line.courtCode(), code -> new Tally(line.courtName()));
            if (month.equals(YearMonth.from(line.signedForDate()))) {
                tally.received.merge(line.type(), 1, Integer::sum);
            }
            if (line.handedBackDate() != null && month.equals(YearMonth.from(line.handedBackDate()))) {
                if (line.handBackKind() == HandBackKind.SUCCESS) {
                    tally.success++;
                } else {
                    tally.failure++;
                }
            }
            if (line.outcomeDate() != null && month.equals(YearMonth.from(line.outcomeDate()))) {
                tally.outcomes++;
            }
            if (line.heldOn(end)) {
                tally.open++;
                LocalDate due = line.caseRow().mediationDue();
                // At the end of the month's last day a deadline on that day has passed; today it has not yet.
                if (due != null && (end.equals(today) ? due.isBefore(today) : !due.isAfter(end))) {
                    tally.overdue++;
                }
            }
        }
        List<CourtCounts> counts = new ArrayList<>();
        courts.forEach((code, t) -> {
            if (!t.isEmpty()) {
                counts.add(new CourtCounts(code, t.name, t.received, t.success, t.failure, t.outcomes, t.open,
                    t.overdue));
            }
        });
        return new MonthCounts(month, end, counts);
    }

    /** A court's figures as they are counted. */
    private static final class Tally {
        private final String name;
        private final Map<ReferralType, Integer> received = new EnumMap<>(ReferralType.class);
        private int success;
        private int failure;
        private int outcomes;
        private int open;
        private int overdue;

        Tally(String name) {
            this.name = name;
        }

        boolean isEmpty() {
            return received.isEmpty() && success + failure + outcomes + open == 0;
        }
    }

    /** The 诉调对接案件期限管控表 of the referrals {@code filter} names, as plain data in Chinese. */
    public DeadlineSheetDocument deadlineSheet(BoardFilter filter) {
        Board board = board(filter);
        String studio = tx.call(r -> r.studios().findDefault().map(Studio::getName).orElse(Studio.DEFAULT_NAME));
        String court = filter.courtCode() == null ? documents.get("board.pdf.allCourts")
            : tx.call(r -> r.courts().findByCode(filter.courtCode()).map(c -> c.getName())
                .orElse(filter.courtCode()));
        String month = filter.month() == null ? documents.get("board.pdf.allMonths")
            : documents.get("board.pdf.monthValue", filter.month().getYear(), filter.month().getMonthValue());
        String scope = documents.get(filter.all() ? "board.pdf.scope.all" : "board.pdf.scope.held");
        List<DeadlineSheetDocument.Line> lines = new ArrayList<>();
        for (BoardRow row : board.rows()) {
            lines.add(new DeadlineSheetDocument.Line(row.courtName(), row.courtCaseNumber(), row.caseNumber(),
                documents.get(shortTypeKey(row.type())), parties(documents, row), row.signedForDate(),
                row.mediationDue(), row.workingDaysLeft(), row.overdue(), documents.get(row.status().messageKey()),
                row.mediator() == null ? documents.get("ledger.mediator.none") : row.mediator()));
        }
        return new DeadlineSheetDocument(studio, court, month, scope, board.today(), lines);
    }

    /** {@link #deadlineSheet} as a PDF. */
    public byte[] deadlineSheetPdf(BoardFilter filter) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new DeadlineSheetPdf(documents).render(deadlineSheet(filter), out);
        return out.toByteArray();
    }

    /** The bundle key of a referral type's short name (委派), for narrow columns. */
    public static String shortTypeKey(ReferralType type) {
        return "board.type." + type.name();
    }

    /** The parties in short, as lists show them: 王秀兰等3人 / 某某公司. */
    public static String parties(Messages messages, BoardRow row) {
        String workers = row.firstWorker() == null ? "" : row.workerCount() <= 1 ? row.firstWorker()
            : messages.get("ledger.workers", row.firstWorker(), row.workerCount());
        return messages.get("board.parties", workers, row.employer());
    }
}
