// SPDX-License-Identifier: AGPL-3.0-or-later
package org.qiao.service;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Random;
import java.util.function.UnaryOperator;
import org.qiao.document.AgreementDocument;
import org.qiao.document.AgreementFingerprint;
import org.qiao.domain.cases.CaseSource;
import org.qiao.domain.cases.CaseStatus;
import org.qiao.domain.mediation.AttendeeRole;
import org.qiao.domain.mediation.SessionMode;
import org.qiao.domain.mediation.SessionOutcome;
import org.qiao.domain.mediation.SessionStatus;
import org.qiao.domain.money.Money;
import org.qiao.domain.user.User;
import org.qiao.i18n.Messages;
import org.qiao.store.MediationRecordsLoader;

/**
 * The sessions, signed agreement, payments and follow-ups of a demo case, consistent with its timeline: held
 * sessions between the start of mediation and its outcome (the last one reaching the agreement or failing), a
 * session booked in the coming days for a case still in mediation — without double-booking a mediator or a room —
 * and, for a case that reached an agreement, the agreement as {@link AgreementService} would have signed it (its
 * content hash computed the same way, so {@code qiao verify-document} accepts a demo agreement's PDF) with the
 * payments of {@link DemoRecovery}.
 */
final class DemoMediationRecords {

    /** The slots a mediator's day has for booked sessions. */
    private static final LocalTime[][] SLOTS = {
        {LocalTime.of(8, 30), LocalTime.of(9, 30)}, {LocalTime.of(9, 40), LocalTime.of(10, 40)},
        {LocalTime.of(10, 50), LocalTime.of(11, 50)}, {LocalTime.of(14, 0), LocalTime.of(15, 0)},
        {LocalTime.of(15, 10), LocalTime.of(16, 10)}, {LocalTime.of(16, 20), LocalTime.of(17, 20)}};
    private static final String[] ROOMS = {"第一调解室", "第二调解室", "第三调解室", "第四调解室", "第五调解室", "第六调解室"};
    /** The afternoon slots: the last three of {@link #SLOTS}. */
    private static final int AFTERNOON = 3;
    /** How far ahead a session is booked for a case in mediation, in calendar days. */
    private static final int BOOKING_DAYS = 14;
    /** How many days a search for a free slot looks at. */
    private static final int SEARCH_DAYS = 10;
    /** Keys of {@link #booked}: mediator id × this + epoch day. */
    private static final long DAYS_KEY = 10_000_000L;
    // Record texts as a mediator types them (data, not user-interface labels).
    private static final String INVITED = "申请人；被申请人法定代表人或其授权代理人";
    private static final String MINUTES_OPENING = "调解员告知调解程序及双方权利义务，双方均表示无需回避。申请人陈述请求事项及理由，"
        + "被申请人进行答辩。";
    private static final String MINUTES_AGREED = "经调解员释法说理，双方就欠付款项数额及支付期限达成一致，当场签订调解协议。";
    private static final String MINUTES_FAILED = "双方对欠付数额分歧较大，经反复协商未能达成一致，调解员告知申请人可依法申请劳动仲裁。";
    private static final String MINUTES_ADJOURNED = "双方同意核对考勤及工资发放记录后再行调解。";
    private static final String MINUTES_PARTIAL = "双方就工资部分基本达成一致，经济补偿部分仍有分歧，约定下次继续调解。";
    private static final String CAUCUS = "背对背：被申请人表示资金紧张，可接受分期支付；申请人可接受适当减让，底线约为请求金额的八成。";
    private static final String REPRESENTATIVE = "经理";

    private final Messages documents = new Messages(Messages.CHINESE);
    private final DemoRecovery recovery;
    private final UnaryOperator<LocalDate> nextWorkingDay;
    private final LocalDate lastDay;
    /** Taken slots per mediator and day: bit i set when {@link #SLOTS}[i] is taken. */
    private final Map<Long, Integer> booked = new HashMap<>();

    DemoMediationRecords(UnaryOperator<LocalDate> nextWorkingDay, LocalDate lastDay) {
        this.nextWorkingDay = Objects.requireNonNull(nextWorkingDay);
        this.lastDay = Objects.requireNonNull(lastDay);
        this.recovery = new DemoRecovery(nextWorkingDay, lastDay);
    }

    /** The employer as the agreement names it. */
    record Party(String name, String creditCode, String legalRepresentative, String address, String phone) {
    }

    /** A worker of the case, in registration order. */
    record Person(long id, String name, String residentId, String address, String phone) {
    }

    /** A demo case as far as its mediation records need it; {@code mediator} null when no mediator handles it. */
    record Case(long id, String number, String studio, CaseStatus status, CaseSource source, String summary,
                List<DemoCaseHistory.Step> steps, LocalDate closed, Party employer, List<Person> workers,
                List<DemoRecovery.Claimed> claims, User mediator, int mediatorIndex) {
    }

    /** The next free id of each table, advanced as rows are made. */
    static final class Ids {
        long session;
        long agreement;
        long payment;
        long followUp;

        Ids(long session, long agreement, long payment, long followUp) {
            this.session = session;
            this.agreement = agreement;
            this.payment = payment;
            this.followUp = followUp;
        }
    }

    /** Adds the case's records to {@code into}. */
    void add(Random random, Case c, Ids ids, Into into) {
        if (c.mediator() == null) {
            return;
        }
        LocalDate mediating = dayOf(c, CaseStatus.IN_MEDIATION);
        if (mediating == null) {
            return;
        }
        LocalDate signed = dayOf(c, CaseStatus.AGREEMENT_SIGNED);
        LocalDate failed = dayOf(c, CaseStatus.MEDIATION_FAILED);
        LocalDate outcome = signed != null ? signed : failed;
        if (outcome != null) {
            // The session that reached the outcome first; an earlier one only if that took place.
            Optional<Slot> last = freeSlot(random, c, outcome, outcome)
                // A full day: the session was a few days before, and the agreement drawn up and signed after it.
                .or(() -> freeSlot(random, c, latest(mediating, outcome.minusDays(5)), outcome.minusDays(1)));
            if (last.isPresent() && random.nextInt(100) >= 55 && last.get().day().isAfter(mediating)) {
                SessionOutcome earlier = random.nextBoolean() ? SessionOutcome.ADJOURNED : SessionOutcome.PARTIAL;
                freeSlot(random, c, mediating, last.get().day().minusDays(1)).ifPresent(slot ->
                    into.sessions.add(held(random, c, ids, slot, earlier)));
            }
            last.ifPresent(slot -> into.sessions.add(held(random, c, ids, slot,
                signed != null ? SessionOutcome.AGREEMENT : SessionOutcome.NO_AGREEMENT)));
        } else if (c.status() == CaseStatus.IN_MEDIATION) {
            if (mediating.isBefore(lastDay) && random.nextInt(100) < 40) {
                freeSlot(random, c, mediating, lastDay.minusDays(1)).ifPresent(slot -> into.sessions.add(
                    held(random, c, ids, slot, SessionOutcome.ADJOURNED)));
            }
            // Booked in the afternoons: the mornings of the coming weeks, where the schedule form proposes a time,
            // are left free for a mediator trying the demo (and for the tests that book a session on a demo case).
            freeSlot(random, c, lastDay.plusDays(1), lastDay.plusDays(BOOKING_DAYS), AFTERNOON).ifPresent(slot ->
                into.sessions.add(booked(c, ids, slot)));
        }
        if (signed != null) {
            agreement(random, c, ids, signed, into);
        }
    }

    /** Where {@link #add} puts what it makes. */
    static final class Into {
        final List<MediationRecordsLoader.NewSession> sessions = new ArrayList<>();
        final List<MediationRecordsLoader.NewAgreement> agreements = new ArrayList<>();
        final List<MediationRecordsLoader.NewPayment> payments = new ArrayList<>();
        final List<MediationRecordsLoader.NewFollowUp> followUps = new ArrayList<>();

        MediationRecordsLoader.Records records() {
            return new MediationRecordsLoader.Records(sessions, agreements, payments, followUps);
        }
    }

    private MediationRecordsLoader.NewSession held(Random random, Case c, Ids ids, Slot slot,
        SessionOutcome outcome) {
        SessionMode mode = mode(random);
        String minutes = MINUTES_OPENING + switch (outcome) {
            case AGREEMENT -> MINUTES_AGREED;
            case NO_AGREEMENT -> MINUTES_FAILED;
            case PARTIAL -> MINUTES_PARTIAL;
            case ADJOURNED -> MINUTES_ADJOURNED;
        };
        List<MediationRecordsLoader.NewAttendee> attendees = new ArrayList<>();
        int shown = Math.min(c.workers().size(), 5);
        for (int i = 0; i < shown; i++) {
            attendees.add(new MediationRecordsLoader.NewAttendee(AttendeeRole.WORKER.name(),
                c.workers().get(i).name(), false));
        }
        if (c.workers().size() > shown) {
            attendees.add(new MediationRecordsLoader.NewAttendee(AttendeeRole.OTHER.name(),
                "其余" + (c.workers().size() - shown) + "名职工", false));
        }
        boolean legalRepresentative = random.nextInt(100) < 40;
        String representative = legalRepresentative ? c.employer().legalRepresentative()
            : c.employer().legalRepresentative().substring(0, 1) + REPRESENTATIVE;
        attendees.add(new MediationRecordsLoader.NewAttendee(AttendeeRole.EMPLOYER_REPRESENTATIVE.name(),
            representative, legalRepresentative || outcome == SessionOutcome.AGREEMENT || random.nextBoolean()));
        String user = c.mediator().getUsername();
        return new MediationRecordsLoader.NewSession(ids.session++, c.id(), slot.day(), slot.start(), slot.end(),
            room(c), mode.name(), INVITED, SessionStatus.HELD.name(), minutes,
            mode == SessionMode.SEPARATE ? CAUCUS : null, outcome.name(), null, user, user,
            List.of(c.mediator().getId()), attendees);
    }

    /** A session booked ahead. */
    private static MediationRecordsLoader.NewSession booked(Case c, Ids ids, Slot slot) {
        String user = c.mediator().getUsername();
        return new MediationRecordsLoader.NewSession(ids.session++, c.id(), slot.day(), slot.start(), slot.end(),
            room(c), SessionMode.FACE_TO_FACE.name(), INVITED, SessionStatus.SCHEDULED.name(), null, null, null, null,
            user, null, List.of(c.mediator().getId()), List.of());
    }

    /** A time on a day, taken in the mediator's diary. */
    private record Slot(LocalDate day, LocalTime start, LocalTime end) {
    }

    /**
     * Takes a free slot in the case mediator's diary on a working day from {@code from} to {@code to}, both included,
     * looking first on a random day and time in between; empty when every slot is taken or there is no working day.
     * So no mediator is ever in two sessions at once, and since each mediator uses their own room, no room either.
     */
    private Optional<Slot> freeSlot(Random random, Case c, LocalDate from, LocalDate to) {
        return freeSlot(random, c, from, to, 0);
    }

    /** As {@link #freeSlot(Random, Case, LocalDate, LocalDate)}, among the day's slots from {@code first} on. */
    private Optional<Slot> freeSlot(Random random, Case c, LocalDate from, LocalDate to, int first) {
        int slots = SLOTS.length - first;
        long span = to.toEpochDay() - from.toEpochDay() + 1;
        if (span < 1) {
            return Optional.empty();
        }
        // Up to ten consecutive days from a random one (wrapping round): a busy diary is not searched end to end.
        long firstDay = random.nextLong(span);
        int firstSlot = random.nextInt(slots);
        for (long i = 0; i < Math.min(span, SEARCH_DAYS); i++) {
            LocalDate day = from.plusDays((firstDay + i) % span);
            if (!nextWorkingDay.apply(day).equals(day)) {
                continue;
            }
            long key = c.mediator().getId() * DAYS_KEY + day.toEpochDay();
            int taken = booked.getOrDefault(key, 0);
            for (int k = 0; k < slots; k++) {
                int slot = first + (firstSlot + k) % slots;
                if ((taken & (1 << slot)) == 0) {
                    booked.put(key, taken | (1 << slot));
                    return Optional.of(new Slot(day, SLOTS[slot][0], SLOTS[slot][1]));
                }
            }
        }
        return Optional.empty();
    }

    private void agreement(Random random, Case c, Ids ids, LocalDate signed, Into into) {
        DemoRecovery.Outcome outcome = recovery.outcome(random, c.status(), signed, c.closed(), c.claims());
        if (outcome.terms().isEmpty()) {
            // Nothing with an amount was claimed (a labour relationship to confirm): no money to agree.
            return;
        }
        long id = ids.agreement++;
        List<String> terms = List.of(documents.get("agreement.prefill.term.1"),
            documents.get("agreement.prefill.term.2"), documents.get("agreement.prefill.term.3"));
        List<String> nonMonetary = new ArrayList<>();
        int[] shares = {40, 25, 30};
        for (int i = 0; i < AgreementService.COMMON_NON_MONETARY.size(); i++) {
            if (random.nextInt(100) < shares[i]) {
                nonMonetary.add(documents.get(AgreementService.COMMON_NON_MONETARY.get(i)));
            }
        }
        String performance = documents.get("agreement.prefill.performance");
        int copies = c.workers().size() + 2;
        String number = AgreementService.agreementNumber(c.number());
        List<MediationRecordsLoader.NewAgreedItem> items = new ArrayList<>();
        List<MediationRecordsLoader.NewInstalment> instalments = new ArrayList<>();
        Map<Long, DemoRecovery.WorkerTerms> byWorker = new HashMap<>();
        for (DemoRecovery.WorkerTerms t : outcome.terms()) {
            byWorker.put(t.workerId(), t);
            int line = 1;
            for (DemoRecovery.Item item : t.items()) {
                items.add(new MediationRecordsLoader.NewAgreedItem(t.workerId(), line++, item.category().name(),
                    item.amount()));
            }
            for (DemoRecovery.Instalment i : t.instalments()) {
                instalments.add(new MediationRecordsLoader.NewInstalment(t.workerId(), i.seq(), i.due(), i.amount()));
            }
        }
        // The document AgreementService builds from these rows: workers in case order, those with amounts.
        List<AgreementDocument.WorkerParty> parties = new ArrayList<>();
        for (Person p : c.workers()) {
            DemoRecovery.WorkerTerms t = byWorker.get(p.id());
            if (t == null) {
                continue;
            }
            parties.add(AgreementService.workerParty(documents, p.name(), p.residentId(), p.address(), p.phone(),
                t.items().stream().map(i -> AgreementService.agreedItem(documents, i.category(), Money.of(i.amount())))
                    .toList(),
                t.instalments().stream().map(i -> new AgreementDocument.Payment(i.due(), Money.of(i.amount())))
                    .toList()));
        }
        Party e = c.employer();
        AgreementDocument document = new AgreementDocument(number, 1, signed, text(c.studio()), c.number(),
            AgreementService.employerParty(e.name(), e.creditCode(), e.legalRepresentative(), e.address(), e.phone()),
            parties, c.summary(), terms, nonMonetary, performance, copies,
            List.of(c.mediator().getDisplayName()));
        String user = c.mediator().getUsername();
        into.agreements.add(new MediationRecordsLoader.NewAgreement(id, c.id(), number, signed, signed, c.summary(),
            performance, copies, AgreementFingerprint.sha256(document), user, terms, nonMonetary,
            List.of(c.mediator().getId()), items, instalments));
        for (DemoRecovery.Paid paid : outcome.payments()) {
            into.payments.add(new MediationRecordsLoader.NewPayment(ids.payment++, c.id(), paid.workerId(),
                paid.date(), e.name(), paid.amount(), paid.method(), user, officeHours(random, paid.date())));
        }
        for (DemoRecovery.FollowUp f : outcome.followUps()) {
            into.followUps.add(new MediationRecordsLoader.NewFollowUp(ids.followUp++, c.id(), f.date(), "PHONE",
                f.workerId(), f.result(), user, officeHours(random, f.date())));
        }
    }

    private static LocalDateTime officeHours(Random random, LocalDate day) {
        return day.atTime(9, 0).plusMinutes(random.nextInt(8 * 60));
    }

    private static SessionMode mode(Random random) {
        int roll = random.nextInt(100);
        return roll < 60 ? SessionMode.FACE_TO_FACE : roll < 85 ? SessionMode.SEPARATE
            : roll < 95 ? SessionMode.PHONE : SessionMode.VIDEO;
    }

    /** The mediator's own room: the studio's rooms in turn, one per mediator. */
    private static String room(Case c) {
        return ROOMS.length > c.mediatorIndex() ? ROOMS[c.mediatorIndex()] : "调解室" + (c.mediatorIndex() + 1);
    }

    private static LocalDate latest(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? a : b;
    }

    private static LocalDate dayOf(Case c, CaseStatus status) {
        for (DemoCaseHistory.Step step : c.steps()) {
            if (step.to() == status) {
                return step.at().toLocalDate();
            }
        }
        return null;
    }

    private static String text(String value) {
        return value == null ? "" : value;
    }
}
