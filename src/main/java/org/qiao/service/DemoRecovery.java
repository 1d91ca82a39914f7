// SPDX-License-Identifier: AGPL-3.0-or-later
package org.qiao.service;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Random;
import java.util.function.UnaryOperator;
import org.qiao.domain.cases.CaseStatus;
import org.qiao.domain.cases.DisputeCategory;

/**
 * What a demo case that reached an agreement agreed and how it was paid, consistent with its timeline
 * ({@link DemoCaseHistory}): the amounts agreed per worker (often less than claimed), one payment or monthly
 * instalments, and payments as a studio sees them — on time or a little early for most, late or missing for some,
 * everything paid by the day a performed case was closed, and follow-up calls where an instalment ran late.
 */
final class DemoRecovery {

    /** The share of instalments already due that the employer paid late or not at all, in percent. */
    static final int LATE_PERCENT = 20;

    /** One claimed amount of the case: whose, what for, how much. */
    record Claimed(long workerId, DisputeCategory category, BigDecimal amount) {
    }

    /** An agreed amount. */
    record Item(DisputeCategory category, BigDecimal amount) {
    }

    /** One payment due: instalment {@code seq} (from 1) of a worker. */
    record Instalment(int seq, LocalDate due, BigDecimal amount) {
    }

    /** A worker's agreed amounts and their schedule; the instalments add up to the items. */
    record WorkerTerms(long workerId, List<Item> items, List<Instalment> instalments) {

        BigDecimal total() {
            return items.stream().map(Item::amount).reduce(BigDecimal.ZERO.setScale(2), BigDecimal::add);
        }
    }

    /** A payment received. {@code method} is the name of a payment method. */
    record Paid(long workerId, LocalDate date, BigDecimal amount, String method) {
    }

    /** A follow-up call about a late instalment. */
    record FollowUp(LocalDate date, long workerId, String result) {
    }

    /** The agreement signed on {@code signed} and what followed, as of the last day of the demo. */
    record Outcome(LocalDate signed, List<WorkerTerms> terms, List<Paid> payments, List<FollowUp> followUps) {
    }

    private static final String[] METHODS = {"BANK_TRANSFER", "WECHAT", "ALIPAY", "CASH"};
    private static final int[] METHOD_WEIGHTS = {60, 15, 8, 17};
    private static final String FOLLOW_UP_LATE = "电话回访：用人单位称资金周转困难，承诺近日支付，已告知逾期后果";
    private static final String FOLLOW_UP_UNREACHABLE = "电话回访：用人单位联系人未接听，已发短信提醒";
    private static final String FOLLOW_UP_DONE = "电话回访：职工确认款项已全部收到，对调解结果满意";

    private final UnaryOperator<LocalDate> nextWorkingDay;
    private final LocalDate lastDay;

    /**
     * @param nextWorkingDay the day itself if it is a working day, else the next one
     * @param lastDay the last day anything can have happened on
     */
    DemoRecovery(UnaryOperator<LocalDate> nextWorkingDay, LocalDate lastDay) {
        this.nextWorkingDay = Objects.requireNonNull(nextWorkingDay);
        this.lastDay = Objects.requireNonNull(lastDay);
    }

    /**
     * The agreement and payments of a case now in {@code status} whose agreement was signed on {@code signed};
     * {@code closed} is the closing day of a closed case, else {@code null}. A case closed on signing was paid in
     * full that day; a closed case after performance was paid in full by its closing day; a case still performing
     * has some payments, and one just signed none yet.
     */
    Outcome outcome(Random random, CaseStatus status, LocalDate signed, LocalDate closed, List<Claimed> claims) {
        boolean paidOnSigning = status == CaseStatus.CLOSED && closed != null && closed.equals(signed);
        int instalmentCount = paidOnSigning ? 1 : instalmentCount(random);
        int firstDueAfter = 7 + random.nextInt(9);
        if (status == CaseStatus.AGREEMENT_SIGNED && random.nextInt(100) >= 15) {
            // Signed and nothing paid yet: for most such cases the first payment is still ahead.
            long gap = lastDay.toEpochDay() - signed.toEpochDay();
            firstDueAfter = (int) Math.max(firstDueAfter, gap + 1 + random.nextInt(20));
        }
        List<WorkerTerms> terms = new ArrayList<>();
        for (Map.Entry<Long, List<Claimed>> worker : byWorker(claims).entrySet()) {
            List<Item> items = new ArrayList<>();
            for (Claimed claim : worker.getValue()) {
                if (claim.amount().signum() > 0) {
                    items.add(new Item(claim.category(), agreed(random, claim.amount())));
                }
            }
            if (items.isEmpty()) {
                continue;
            }
            BigDecimal total = items.stream().map(Item::amount).reduce(BigDecimal.ZERO.setScale(2), BigDecimal::add);
            LocalDate firstDue = paidOnSigning ? signed : signed.plusDays(firstDueAfter);
            terms.add(new WorkerTerms(worker.getKey(), items, instalments(total, instalmentCount, firstDue)));
        }
        List<Paid> payments = new ArrayList<>();
        List<FollowUp> followUps = new ArrayList<>();
        for (WorkerTerms worker : terms) {
            pay(random, status, closed, worker, payments, followUps);
        }
        return new Outcome(signed, terms, payments, followUps);
    }

    private void pay(Random random, CaseStatus status, LocalDate closed, WorkerTerms worker, List<Paid> payments,
        List<FollowUp> followUps) {
        boolean settled = status == CaseStatus.CLOSED;
        String method = METHODS[pick(random, METHOD_WEIGHTS)];
        for (Instalment instalment : worker.instalments()) {
            LocalDate due = instalment.due();
            if (settled) {
                // Paid on or a few days before the due day (on the day itself when paid on signing), never after
                // the case was closed.
                LocalDate day = due.equals(closed) ? due : due.minusDays(random.nextInt(3));
                LocalDate paid = day.isAfter(closed) ? closed : day;
                payments.add(new Paid(worker.workerId(), paid, instalment.amount(), method));
                continue;
            }
            if (status != CaseStatus.PERFORMING || due.isAfter(lastDay)) {
                // Not due yet. A case performing has begun to pay: its first instalment, if not due yet, came early.
                if (status == CaseStatus.PERFORMING && instalment.seq() == 1) {
                    payments.add(new Paid(worker.workerId(), lastDay, instalment.amount(), method));
                }
                break;
            }
            if (random.nextInt(100) >= LATE_PERCENT) {
                LocalDate paid = due.minusDays(random.nextInt(3));
                payments.add(new Paid(worker.workerId(), paid, instalment.amount(), method));
                continue;
            }
            // Late: a follow-up call a few working days after the due day, then a part paid or nothing yet — but a
            // case performing has begun to pay, so a first instalment always got a part.
            LocalDate call = nextWorkingDay.apply(due.plusDays(2 + random.nextInt(4)));
            if (!call.isAfter(lastDay)) {
                followUps.add(new FollowUp(call, worker.workerId(),
                    random.nextBoolean() ? FOLLOW_UP_LATE : FOLLOW_UP_UNREACHABLE));
            }
            if (instalment.seq() == 1 || random.nextBoolean()) {
                LocalDate partly = call.plusDays(1 + random.nextInt(10));
                BigDecimal half = instalment.amount().divide(BigDecimal.valueOf(2), 0, RoundingMode.DOWN).setScale(2);
                payments.add(new Paid(worker.workerId(), partly.isAfter(lastDay) ? lastDay : partly,
                    half.signum() > 0 ? half : instalment.amount(), method));
            }
            break;
        }
        if (settled && closed != null && random.nextInt(100) < 60) {
            LocalDate call = nextWorkingDay.apply(closed);
            followUps.add(new FollowUp(call.isAfter(lastDay) ? closed : call, worker.workerId(), FOLLOW_UP_DONE));
        }
    }

    private static Map<Long, List<Claimed>> byWorker(List<Claimed> claims) {
        Map<Long, List<Claimed>> byWorker = new LinkedHashMap<>();
        for (Claimed claim : claims) {
            byWorker.computeIfAbsent(claim.workerId(), id -> new ArrayList<>()).add(claim);
        }
        return byWorker;
    }

    /** Often the whole claim, otherwise a mediated share of it in whole yuan. */
    private static BigDecimal agreed(Random random, BigDecimal claimed) {
        int percent = new int[] {100, 100, 95, 90, 85, 80, 70}[random.nextInt(7)];
        if (percent == 100) {
            return claimed;
        }
        BigDecimal share = claimed.multiply(BigDecimal.valueOf(percent)).divide(BigDecimal.valueOf(100), 0,
            RoundingMode.DOWN);
        return share.signum() > 0 ? share.setScale(2) : claimed;
    }

    private static int instalmentCount(Random random) {
        int roll = random.nextInt(100);
        return roll < 60 ? 1 : roll < 85 ? 2 : 3;
    }

    /** {@code count} monthly instalments from {@code firstDue}, in whole yuan; the last takes the rest. */
    private List<Instalment> instalments(BigDecimal total, int count, LocalDate firstDue) {
        BigDecimal each = total.divide(BigDecimal.valueOf(count), 0, RoundingMode.DOWN).setScale(2);
        if (count == 1 || each.signum() == 0) {
            return List.of(new Instalment(1, nextWorkingDay.apply(firstDue), total));
        }
        List<Instalment> instalments = new ArrayList<>(count);
        BigDecimal left = total;
        for (int seq = 1; seq <= count; seq++) {
            BigDecimal amount = seq == count ? left : each;
            instalments.add(new Instalment(seq, nextWorkingDay.apply(firstDue.plusMonths(seq - 1L)), amount));
            left = left.subtract(amount);
        }
        return instalments;
    }

    private static int pick(Random random, int[] weights) {
        int sum = 0;
        for (int weight : weights) {
            sum += weight;
        }
        int roll = random.nextInt(sum);
        for (int i = 0; i < weights.length; i++) {
            roll -= weights[i];
            if (roll < 0) {
                return i;
            }
        }
        return weights.length - 1;
    }
}
