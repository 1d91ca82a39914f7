// SPDX-License-Identifier: AGPL-3.0-or-later
package org.qiao.service;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.qiao.domain.cases.CaseSource;
import org.qiao.domain.cases.DisputeCategory;
import org.qiao.domain.cases.WorkerGroup;
import org.qiao.domain.identity.CreditCode;
import org.qiao.domain.identity.ResidentId;
import org.qiao.service.IntakeForm.ClaimEntry;
import org.qiao.service.IntakeForm.EmployerEntry;
import org.qiao.service.IntakeForm.WorkerEntry;

/** Valid forms and identifiers for the intake service tests; each call gives values no other call gave. */
final class IntakeFixtures {

    static final Clock CLOCK = Clock.fixed(LocalDate.of(2026, 3, 10).atTime(9, 0).atZone(ZoneId.systemDefault())
        .toInstant(), ZoneId.systemDefault());
    static final LocalDate RECEIVED = LocalDate.of(2026, 3, 2);

    private static final AtomicInteger SERIAL = new AtomicInteger(100);

    private IntakeFixtures() {
    }

    static int next() {
        return SERIAL.incrementAndGet();
    }

    /** A valid resident ID born on {@code birth} (yyyyMMdd). */
    static String residentId(String birth) {
        String first17 = "150602" + birth + String.format("%03d", next() % 1000);
        return first17 + ResidentId.checkCharacter(first17);
    }

    static String residentId() {
        return residentId("19850101");
    }

    static String creditCode() {
        String first17 = String.format("91150602MA%07d", next());
        return first17 + CreditCode.checkCharacter(first17);
    }

    static WorkerEntry worker(String name, String residentId, boolean representative) {
        return new WorkerEntry(name, residentId, "13912345678", "东胜区", Set.of(WorkerGroup.MIGRANT),
            representative, List.of(new ClaimEntry(DisputeCategory.WAGES, "8,333.33", LocalDate.of(2025, 10, 1),
                LocalDate.of(2025, 12, 31), "三个月工资")));
    }

    static EmployerEntry employer(String name) {
        return new EmployerEntry(null, name, creditCode(), "张三", "鄂尔多斯市东胜区", "0477-8123456", "煤炭",
            "150602");
    }

    static IntakeForm form(Long studioId, int workers, int representatives) {
        List<WorkerEntry> list = new ArrayList<>();
        for (int i = 0; i < workers; i++) {
            list.add(worker("工人" + next(), residentId(), i < representatives));
        }
        return new IntakeForm(CaseSource.WALK_IN, null, null, false, studioId, "150602", RECEIVED,
            employer("某某" + next() + "煤业有限公司"), list, "拖欠三个月工资", "支付工资", LocalDate.of(2026, 1, 5), false,
            false, null, null, null);
    }

    static IntakeForm withSource(IntakeForm f, CaseSource source, String court, String number, boolean simple) {
        return new IntakeForm(source, court, number, simple, f.studioId(), f.regionCode(), f.receivedDate(),
            f.employer(), f.workers(), f.facts(), f.requests(), f.factsDate(), f.ongoingEmployment(),
            f.wantsLegalAid(), f.conflictVerdict(), f.conflictNote(), f.linkedCaseId());
    }
}
