// SPDX-License-Identifier: AGPL-3.0-or-later
package org.qiao.service;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.qiao.domain.cases.CaseSource;
import org.qiao.domain.cases.CaseStatus;
import org.qiao.domain.cases.DisputeCategory;
import org.qiao.domain.cases.WorkerGroup;
import org.qiao.domain.identity.CreditCode;
import org.qiao.domain.identity.ResidentId;
import org.qiao.store.DatabaseConfig;
import org.qiao.store.SignedAgreementRows;

/**
 * A walk-in case whose agreement was just signed, for the window and command-line tests: one worker, 巴特尔, claims
 * wages of 8,000.00 and is agreed 6,000.00 in two instalments of 3,000.00, the first due 20 days before
 * {@code today} (overdue), the second 30 days after.
 */
public final class PerformingCaseFixture {

    public static final String AGREEMENT_NUMBER = "东工调协〔2026〕1号";
    public static final String EMPLOYER = "鄂尔多斯市某某建筑有限公司";

    private PerformingCaseFixture() {
    }

    /** Registers the case in {@code services}' database ({@code config}) and returns its id. */
    public static long create(Services services, DatabaseConfig config, LocalDate today) {
        String first17 = "15060219850101123";
        String code17 = "91150602MA0N00012";
        IntakeForm form = new IntakeForm(CaseSource.WALK_IN, null, null, false, null, "150602", today.minusDays(40),
            new IntakeForm.EmployerEntry(null, EMPLOYER, code17 + CreditCode.checkCharacter(code17), "张三", "东胜区",
                "0477-8123456", "建筑", "150602"),
            List.of(new IntakeForm.WorkerEntry("巴特尔", first17 + ResidentId.checkCharacter(first17), "13912345678",
                "东胜区", Set.of(WorkerGroup.MIGRANT), false, List.of(new IntakeForm.ClaimEntry(DisputeCategory.WAGES,
                    "8,000.00", today.minusDays(200), today.minusDays(60), "三个月工资")))),
            "拖欠工资", "支付工资", today.minusDays(50), false, false, null, null, null);
        long caseId = services.intake().register(form).caseId();
        services.caseStatus().change(caseId, CaseStatus.ACCEPTED, null);
        services.caseStatus().change(caseId, CaseStatus.IN_MEDIATION, null);
        services.caseStatus().change(caseId, CaseStatus.AGREEMENT_SIGNED, null);
        long worker = services.payments().performance(caseId).workers().get(0).workerId();
        new SignedAgreementRows(caseId, AGREEMENT_NUMBER, today.minusDays(30))
            .item(worker, DisputeCategory.WAGES, "6000.00")
            .instalment(worker, today.minusDays(20), "3000.00")
            .instalment(worker, today.plusDays(30), "3000.00")
            .insert(config);
        return caseId;
    }
}
