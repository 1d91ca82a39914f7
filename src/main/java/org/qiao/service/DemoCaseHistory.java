// SPDX-License-Identifier: AGPL-3.0-or-later
package org.qiao.service;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Random;
import org.qiao.domain.calendar.DeadlineCalculator;
import org.qiao.domain.calendar.StatutoryCalendar;
import org.qiao.domain.cases.CaseSource;
import org.qiao.domain.cases.CaseStatus;
import org.qiao.domain.cases.CaseTransitions;
import org.qiao.domain.cases.MediationPeriod;

/**
 * When a demo case was received and how it reached its status, relative to the moment of generation, so that the
 * ledger and the case page look like a studio's: finished cases spread over the past {@value #HISTORY_DAYS} days,
 * open ones received in the last weeks, a few ({@value #OVERDUE_PERCENT}% of those whose mediation period runs)
 * past their deadline, and a timeline of every status change through the allowed transitions
 * ({@link CaseTransitions}), as {@link CaseStatusService} would have recorded it, on working days in office hours.
 */
final class DemoCaseHistory {

    /** How far back finished cases go: three years. */
    static final int HISTORY_DAYS = 3 * 365;
    /** The share of accepted and in-mediation cases generated past their mediation deadline, in percent. */
    static final int OVERDUE_PERCENT = 5;

    private static final LocalTime OPENS = LocalTime.of(8, 30);
    private static final LocalTime CLOSES = LocalTime.of(17, 30);

    // Reasons as a mediator would type them (data, not user-interface labels), for the changes that need one.
    private static final String[] NOT_ACCEPTED = {"不属于劳动争议调解受理范围", "同一争议已由劳动人事争议仲裁委员会立案受理",
        "申请人未能提供存在劳动关系的初步证据", "已超过仲裁时效，已告知申请人可咨询工会法律援助"};
    private static final String[] WITHDRAWN = {"双方自行和解，申请人撤回调解申请", "用人单位已支付拖欠工资，申请人撤回申请",
        "申请人决定直接申请劳动仲裁，撤回调解申请"};
    private static final String CLOSED_PERFORMED = "调解协议已履行完毕，结案";
    private static final String CLOSED_ON_SIGNING = "调解协议签订时当场履行完毕，结案";
    private static final String CLOSED_FAILED = "调解不成，已告知申请人依法申请劳动仲裁，结案";
    private static final String CLOSED_HANDED_BACK = "已退回人民法院依法处理，结案";

    /** A status change: {@code from} is {@code null} for the registration. */
    record Step(CaseStatus from, CaseStatus to, LocalDateTime at, String reason) {
    }

    /**
     * A case's timeline, oldest first, and the dates the case itself carries: accepted (null if never), its
     * mediation deadline (null if never accepted) and closed (null unless its status is final).
     */
    record Timeline(List<Step> steps, LocalDate accepted, LocalDate mediationDue, LocalDate closed) {
    }

    private final StatutoryCalendar calendar;
    private final DeadlineCalculator deadlines;
    private final LocalDateTime now;
    /** The last day a change can have happened on: today once the office has opened, otherwise yesterday. */
    private final LocalDate lastDay;

    DemoCaseHistory(StatutoryCalendar calendar, LocalDateTime now) {
        this.calendar = Objects.requireNonNull(calendar);
        this.deadlines = new DeadlineCalculator(calendar);
        this.now = Objects.requireNonNull(now);
        this.lastDay = now.toLocalTime().isBefore(OPENS) ? now.toLocalDate().minusDays(1) : now.toLocalDate();
    }

    /** The day a case now in {@code status} was received: a working day where the calendar allows. */
    LocalDate received(Random random, CaseStatus status, CaseSource source) {
        int period = MediationPeriod.forSource(source, false).amount();
        boolean overdue = random.nextInt(100) < OVERDUE_PERCENT;
        int daysBack = switch (status) {
            // Registered, acceptance not yet decided: a few days at most.
            case INTAKE -> random.nextInt(4);
            case ACCEPTED -> overdue ? period + 1 + random.nextInt(20) : 1 + random.nextInt(7);
            case IN_MEDIATION -> overdue ? period + 1 + random.nextInt(20) : 2 + random.nextInt(period - 2);
            case AGREEMENT_SIGNED -> 3 + random.nextInt(58);
            case MEDIATION_FAILED -> 5 + random.nextInt(56);
            case PERFORMING -> 10 + random.nextInt(111);
            case HANDED_BACK -> 15 + random.nextInt(HISTORY_DAYS - 15);
            case NOT_ACCEPTED, WITHDRAWN, CLOSED -> 5 + random.nextInt(HISTORY_DAYS - 5);
        };
        LocalDate day = lastDay.minusDays(daysBack);
        // Moving forward never makes a running case overdue; a long holiday up to today keeps its rest day.
        LocalDate working = nextWorkingDay(day);
        return working.isAfter(lastDay) ? day : working;
    }

    /** The timeline of a case received on {@code received} that is now in {@code status}. */
    Timeline timeline(Random random, CaseStatus status, CaseSource source, LocalDate received) {
        CaseStatus[] path = path(random, status);
        LocalDate due = path.length > 1 && path[1] == CaseStatus.ACCEPTED
            ? deadlines.due(received, MediationPeriod.forSource(source, false)).due() : null;
        LocalDate[] days = new LocalDate[path.length];
        days[0] = received;
        LocalDate accepted = null;
        for (int i = 1; i < path.length; i++) {
            int gap = gapDays(random, path[i - 1], path[i], days[i - 1], due);
            LocalDate day = nextWorkingDay(days[i - 1].plusDays(gap));
            days[i] = day.isAfter(lastDay) ? lastDay : day;
            if (path[i] == CaseStatus.ACCEPTED) {
                accepted = days[i];
            }
        }
        LocalDateTime[] times = times(random, days);
        List<Step> steps = new ArrayList<>(path.length);
        for (int i = 0; i < path.length; i++) {
            CaseStatus to = path[i];
            steps.add(new Step(i == 0 ? null : path[i - 1], to, times[i],
                CaseTransitions.requiresReason(to) ? reason(random, to, path[i - 1]) : null));
        }
        LocalDate closed = CaseTransitions.isFinal(status) ? days[path.length - 1] : null;
        return new Timeline(steps, accepted, due, closed);
    }

    /** The statuses a case went through to {@code status}, starting with its registration. */
    private static CaseStatus[] path(Random random, CaseStatus status) {
        CaseStatus intake = CaseStatus.INTAKE;
        CaseStatus accepted = CaseStatus.ACCEPTED;
        CaseStatus mediating = CaseStatus.IN_MEDIATION;
        CaseStatus signed = CaseStatus.AGREEMENT_SIGNED;
        CaseStatus failed = CaseStatus.MEDIATION_FAILED;
        return switch (status) {
            case INTAKE -> new CaseStatus[] {intake};
            case ACCEPTED, NOT_ACCEPTED -> new CaseStatus[] {intake, status};
            case IN_MEDIATION -> new CaseStatus[] {intake, accepted, mediating};
            case WITHDRAWN -> random.nextBoolean() ? new CaseStatus[] {intake, accepted, status}
                : new CaseStatus[] {intake, accepted, mediating, status};
            case AGREEMENT_SIGNED, MEDIATION_FAILED -> new CaseStatus[] {intake, accepted, mediating, status};
            case PERFORMING -> new CaseStatus[] {intake, accepted, mediating, signed, status};
            case HANDED_BACK -> new CaseStatus[] {intake, accepted, mediating, failed, status};
            case CLOSED -> {
                int roll = random.nextInt(100);
                if (roll < 40) {
                    yield new CaseStatus[] {intake, accepted, mediating, signed, status};
                }
                if (roll < 75) {
                    yield new CaseStatus[] {intake, accepted, mediating, signed, CaseStatus.PERFORMING, status};
                }
                yield roll < 90 ? new CaseStatus[] {intake, accepted, mediating, failed, status}
                    : new CaseStatus[] {intake, accepted, mediating, failed, CaseStatus.HANDED_BACK, status};
            }
        };
    }

    /** Calendar days from the change to {@code from} until the change to {@code to}. */
    private static int gapDays(Random random, CaseStatus from, CaseStatus to, LocalDate since, LocalDate due) {
        return switch (to) {
            case ACCEPTED -> random.nextInt(3);
            case NOT_ACCEPTED -> 1 + random.nextInt(5);
            case IN_MEDIATION, PERFORMING -> random.nextInt(4);
            case WITHDRAWN -> 1 + random.nextInt(10);
            case HANDED_BACK -> 1 + random.nextInt(7);
            case AGREEMENT_SIGNED, MEDIATION_FAILED -> {
                // Most mediations end within their statutory period, some a little after it.
                int left = (int) Math.max(1, ChronoUnit.DAYS.between(since, due));
                yield random.nextInt(10) < 9 ? 1 + random.nextInt(left) : left + 1 + random.nextInt(10);
            }
            case CLOSED -> switch (from) {
                case PERFORMING -> 7 + random.nextInt(84);
                case MEDIATION_FAILED -> 1 + random.nextInt(10);
                case HANDED_BACK -> 3 + random.nextInt(28);
                default -> random.nextInt(6);
            };
            case INTAKE -> 0;
        };
    }

    /** A time in office hours on each day, in order; up to now on today. */
    private LocalDateTime[] times(Random random, LocalDate[] days) {
        LocalDateTime[] times = new LocalDateTime[days.length];
        for (int from = 0; from < days.length; ) {
            int to = from;
            while (to < days.length && days[to].equals(days[from])) {
                to++;
            }
            LocalTime end = days[from].equals(now.toLocalDate()) && now.toLocalTime().isBefore(CLOSES)
                ? now.toLocalTime() : CLOSES;
            int window = (int) Math.max(1, ChronoUnit.SECONDS.between(OPENS, end));
            int[] seconds = new int[to - from];
            for (int i = 0; i < seconds.length; i++) {
                seconds[i] = random.nextInt(window);
            }
            Arrays.sort(seconds);
            for (int i = from; i < to; i++) {
                times[i] = days[i].atTime(OPENS).plusSeconds(seconds[i - from]);
            }
            from = to;
        }
        return times;
    }

    private static String reason(Random random, CaseStatus to, CaseStatus from) {
        return switch (to) {
            case NOT_ACCEPTED -> NOT_ACCEPTED[random.nextInt(NOT_ACCEPTED.length)];
            case WITHDRAWN -> WITHDRAWN[random.nextInt(WITHDRAWN.length)];
            default -> switch (from) {
                case PERFORMING -> CLOSED_PERFORMED;
                case MEDIATION_FAILED -> CLOSED_FAILED;
                case HANDED_BACK -> CLOSED_HANDED_BACK;
                default -> CLOSED_ON_SIGNING;
            };
        };
    }

    /** The last day a change can have happened on. */
    LocalDate lastDay() {
        return lastDay;
    }

    /** The sessions, agreements and payments that go with these timelines, on the same calendar and last day. */
    DemoMediationRecords mediationRecords() {
        return new DemoMediationRecords(this::nextWorkingDay, lastDay);
    }

    LocalDate nextWorkingDay(LocalDate day) {
        LocalDate d = day;
        // The longest run of rest days (Spring Festival, National Day) is well under three weeks.
        for (int i = 0; i < 21 && !calendar.isWorkingDay(d); i++) {
            d = d.plusDays(1);
        }
        return d;
    }
}
