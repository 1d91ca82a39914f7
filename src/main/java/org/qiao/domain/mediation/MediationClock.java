// SPDX-License-Identifier: AGPL-3.0-or-later
package org.qiao.domain.mediation;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.qiao.domain.QiaoException;
import org.qiao.domain.calendar.Deadline;
import org.qiao.domain.calendar.DeadlineCalculator;
import org.qiao.domain.calendar.Period;
import org.qiao.domain.cases.CaseSource;
import org.qiao.domain.cases.MediationPeriod;

/**
 * Where a case's mediation period stands: its base period by source ({@link MediationPeriod}), counted from the
 * received date, moved by the recorded {@link ClockEvent}s. Immutable; built by {@link #of}, which refuses an event
 * history that cannot have happened.
 *
 * <p>Counting, as {@link DeadlineCalculator} does it (民法典 art.201–203): calendar days, the start day not counted,
 * holidays inside the period not deducted, and only the final day rolled forward to the next working day. The clock
 * therefore keeps the period as a number of calendar days still to run after an anchor day, and rolls only the last.
 *
 * <p>Suspension. No statute on union or court-referred mediation speaks of it, so this follows how the same law
 * suspends the arbitration limitation (劳动争议调解仲裁法 art.27 para.3): the days already run are kept and the rest
 * continues once the cause is gone. Read here: the day of suspension counts as a day run, the day of resumption
 * is a new start day (not counted, 民法典 art.201), so the due date moves by exactly the days from suspension to
 * resumption. While suspended there is no due date, and the days left do not fall.
 *
 * <p>Extension. Court referrals (委派, 委托): 最高法《关于人民法院特邀调解的规定》art.27 lifts the limit when both parties
 * agree; the referring court's recorded consent is accepted as well, as the issue asks. Union mediation:
 * 劳动争议调解仲裁法 art.14 allows no extension — after 15 days without agreement either party may apply for
 * arbitration. A mediator still expects to continue when both parties ask to, so both parties' recorded consent
 * extends the clock; it does not take away a party's right to go to arbitration. An extension or suspension dated
 * after the period has run out is refused: an expired period cannot be revived.
 */
public final class MediationClock {

    private final DeadlineCalculator calculator;
    private final CaseSource source;
    private final LocalDate received;
    private final List<ClockEvent> events;
    private final LocalDate anchor;
    private final int remaining;
    private final LocalDate suspendedSince;

    private MediationClock(DeadlineCalculator calculator, CaseSource source, LocalDate received,
        List<ClockEvent> events, LocalDate anchor, int remaining, LocalDate suspendedSince) {
        this.calculator = calculator;
        this.source = source;
        this.received = received;
        this.events = events;
        this.anchor = anchor;
        this.remaining = remaining;
        this.suspendedSince = suspendedSince;
    }

    /**
     * The clock of a case from {@code source} ({@code simpleProcedure} matters for 委托 only), received on
     * {@code received}, after {@code events} in the order they were recorded.
     *
     * @throws QiaoException {@code mediation.event.beforeReceipt}, {@code mediation.event.outOfOrder},
     *     {@code mediation.event.afterDue}, {@code mediation.suspension.alreadySuspended},
     *     {@code mediation.resumption.notSuspended}, {@code mediation.extension.notLonger},
     *     {@code mediation.extension.notLongerDays} or one of the consent keys ({@code mediation.extension.consent},
     *     {@code mediation.extension.consentReferral}, {@code mediation.extension.noCourt})
     */
    public static MediationClock of(DeadlineCalculator calculator, CaseSource source, boolean simpleProcedure,
        LocalDate received, List<ClockEvent> events) {
        Objects.requireNonNull(calculator, "calculator");
        Objects.requireNonNull(received, "received");
        List<ClockEvent> history = List.copyOf(events);
        LocalDate anchor = received;
        int remaining = MediationPeriod.forSource(source, simpleProcedure).amount();
        LocalDate suspended = null;
        LocalDate previous = received;
        for (ClockEvent event : history) {
            LocalDate date = event.date();
            if (date.isBefore(received)) {
                throw new QiaoException("mediation.event.beforeReceipt", date.toString(), received.toString());
            }
            if (date.isBefore(previous)) {
                throw new QiaoException("mediation.event.outOfOrder", date.toString(), previous.toString());
            }
            previous = date;
            if (event instanceof Resumption) {
                if (suspended == null) {
                    throw new QiaoException("mediation.resumption.notSuspended", date.toString());
                }
                // The resumption day is the new start day: the remaining days run from the day after.
                anchor = date;
                suspended = null;
                continue;
            }
            if (suspended == null) {
                LocalDate due = roll(calculator, anchor.plusDays(remaining)).due();
                if (date.isAfter(due)) {
                    throw new QiaoException("mediation.event.afterDue", due.toString(), date.toString());
                }
            }
            if (event instanceof Suspension) {
                if (suspended != null) {
                    throw new QiaoException("mediation.suspension.alreadySuspended", suspended.toString());
                }
                // Days up to and including the suspension day are spent. Suspended in the days a rest-day roll
                // added after the last counted day, nothing is left: the period then ends on resumption (rolled).
                remaining = Math.max(0, remaining - (int) ChronoUnit.DAYS.between(anchor, date));
                suspended = date;
            } else if (event instanceof Extension extension) {
                requireConsent(source, extension);
                remaining = extended(calculator, anchor, remaining, suspended != null, extension);
            }
        }
        return new MediationClock(calculator, source, received, history, anchor, remaining, suspended);
    }

    // 特邀调解规定 art.27 (referrals: the parties, or the referring court as the issue accepts); 劳动争议调解仲裁法
    // art.14 has no extension, union mediation continues only on both parties' consent (see the class comment).
    private static void requireConsent(CaseSource source, Extension extension) {
        boolean referral = isReferral(source);
        boolean parties = extension.consent().contains(Consent.WORKER)
            && extension.consent().contains(Consent.EMPLOYER);
        boolean court = extension.consent().contains(Consent.REFERRING_COURT);
        if (court && !referral) {
            throw new QiaoException("mediation.extension.noCourt", extension.date().toString());
        }
        if (referral && !parties && !court) {
            throw new QiaoException("mediation.extension.consentReferral", extension.date().toString());
        }
        if (!referral && !parties) {
            throw new QiaoException("mediation.extension.consent", extension.date().toString());
        }
    }

    private static int extended(DeadlineCalculator calculator, LocalDate anchor, int remaining, boolean suspended,
        Extension extension) {
        if (extension.kind() == Extension.Kind.ADDED_DAYS) {
            // Added to the counted period, not to a day the roll-forward produced: only the final day is rolled.
            return remaining + extension.days();
        }
        if (suspended) {
            // A new period granted while suspended runs from the day after resumption.
            if (extension.days() <= remaining) {
                throw new QiaoException("mediation.extension.notLongerDays", String.valueOf(extension.days()),
                    String.valueOf(remaining));
            }
            return extension.days();
        }
        LocalDate current = roll(calculator, anchor.plusDays(remaining)).due();
        LocalDate proposed = roll(calculator, extension.date().plusDays(extension.days())).due();
        if (!proposed.isAfter(current)) {
            throw new QiaoException("mediation.extension.notLonger", proposed.toString(), current.toString());
        }
        return (int) ChronoUnit.DAYS.between(anchor, extension.date()) + extension.days();
    }

    // 民法典 art.203 through DeadlineCalculator: one day counted from the day before is the day itself, rolled
    // forward when it is a rest day (a Period cannot be zero days long, and a suspension may leave none).
    private static Deadline roll(DeadlineCalculator calculator, LocalDate lastCountedDay) {
        return calculator.due(lastCountedDay.minusDays(1), Period.days(1));
    }

    private static boolean isReferral(CaseSource source) {
        return source.isCourtReferral();
    }

    public CaseSource source() {
        return source;
    }

    public LocalDate received() {
        return received;
    }

    /** The events the clock was built from, in order. */
    public List<ClockEvent> events() {
        return events;
    }

    public boolean isRunning() {
        return suspendedSince == null;
    }

    /** The day of the open suspension, empty while the clock runs. */
    public Optional<LocalDate> suspendedSince() {
        return Optional.ofNullable(suspendedSince);
    }

    /** The last day of mediation, with the calendar's warnings; empty while suspended (it depends on resumption). */
    public Optional<Deadline> due() {
        return isRunning() ? Optional.of(roll(calculator, anchor.plusDays(remaining))) : Optional.empty();
    }

    /**
     * Calendar days from {@code asOf} to the due date, 0 on the due date and after it; while suspended, the days
     * that will run after resumption, which do not fall while the clock stands.
     */
    public long daysLeft(LocalDate asOf) {
        return due().map(d -> Math.max(0, ChronoUnit.DAYS.between(asOf, d.due()))).orElse((long) remaining);
    }

    /** Calendar days since the due date passed, 0 until then and while suspended. */
    public long daysOverdue(LocalDate asOf) {
        return due().map(d -> Math.max(0, ChronoUnit.DAYS.between(d.due(), asOf))).orElse(0L);
    }

    public boolean isOverdue(LocalDate asOf) {
        return daysOverdue(asOf) > 0;
    }

    /**
     * Whether the running clock ends on or before the {@code workingDays}-th working day after {@code asOf} (a
     * make-up working day counts), and not before {@code asOf}: the dashboard's "due soon" list; overdue cases are
     * listed apart.
     */
    public boolean isDueWithin(int workingDays, LocalDate asOf) {
        Objects.requireNonNull(asOf, "asOf");
        LocalDate horizon = calculator.due(asOf, Period.workingDays(workingDays)).due();
        return due().map(d -> !d.due().isBefore(asOf) && !d.due().isAfter(horizon)).orElse(false);
    }
}
