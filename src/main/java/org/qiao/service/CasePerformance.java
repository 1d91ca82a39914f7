// SPDX-License-Identifier: AGPL-3.0-or-later
package org.qiao.service;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.qiao.domain.cases.CaseSource;
import org.qiao.domain.cases.CaseStatus;
import org.qiao.domain.money.Money;
import org.qiao.domain.payment.FollowUp;
import org.qiao.domain.payment.InstalmentAllocation;
import org.qiao.domain.payment.NextStep;
import org.qiao.domain.payment.Payment;

/**
 * How a case's agreement is being performed on a day: per worker what was claimed, agreed, paid and is still
 * outstanding; each instalment's state (overdue ones with the next step); the payments (voided ones included, marked)
 * and the follow-up visits.
 *
 * @param version the case's version read, so a payment recorded from this view fails if someone changed the case
 * @param agreementNumber the agreement in force, or {@code null} while none is signed
 */
public record CasePerformance(long caseId, long version, String caseNumber, CaseStatus status, CaseSource source,
                              LocalDate asOf, String agreementNumber, LocalDate signedDate, List<WorkerLine> workers,
                              List<InstalmentLine> instalments, List<Payment> payments, List<FollowUp> followUps,
                              Map<String, String> people) {

    public CasePerformance {
        workers = List.copyOf(workers);
        instalments = List.copyOf(instalments);
        payments = List.copyOf(payments);
        followUps = List.copyOf(followUps);
        people = Map.copyOf(people);
    }

    /** The display name of the account {@code username} that recorded or voided something; the username if none. */
    public String person(String username) {
        return people.getOrDefault(username, username);
    }

    /** One worker's figures; {@code outstanding} is agreed less paid, never below zero. */
    public record WorkerLine(long workerId, String name, Money claimed, Money agreed, Money paid, Money outstanding) {
    }

    /** One instalment of one worker; {@code nextStep} is {@code null} unless it is overdue. */
    public record InstalmentLine(long workerId, String workerName, int seq, LocalDate due, Money amount, Money paid,
                                 Money remaining, InstalmentAllocation.State state, long daysOverdue,
                                 NextStep nextStep) {
    }

    /** Whether an agreement is in force, so payments can be recorded against it. */
    public boolean hasAgreement() {
        return agreementNumber != null;
    }

    public Money claimed() {
        return workers.stream().map(WorkerLine::claimed).reduce(Money.ZERO, Money::plus);
    }

    public Money agreed() {
        return workers.stream().map(WorkerLine::agreed).reduce(Money.ZERO, Money::plus);
    }

    public Money paid() {
        return workers.stream().map(WorkerLine::paid).reduce(Money.ZERO, Money::plus);
    }

    public Money outstanding() {
        return workers.stream().map(WorkerLine::outstanding).reduce(Money.ZERO, Money::plus);
    }

    /** The worker {@code workerId}'s line. */
    public WorkerLine worker(long workerId) {
        return workers.stream().filter(w -> w.workerId() == workerId).findFirst()
            .orElseThrow(() -> new IllegalArgumentException("no worker " + workerId + " in " + caseNumber));
    }
}
