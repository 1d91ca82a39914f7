// SPDX-License-Identifier: AGPL-3.0-or-later
package org.qiao.domain.cases;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import org.qiao.domain.QiaoException;

class DisputeCaseTest {

    private static DisputeCase newCase() {
        return new DisputeCase("工调〔2026〕0001号", CaseSource.WALK_IN, "150602", "东胜区工作室",
            LocalDate.of(2026, 3, 2), new Employer("鄂尔多斯市某某煤业有限公司"));
    }

    @ParameterizedTest
    @CsvSource({"-0.01, money.negative", "12.345, money.tooManyDecimals"})
    void refusesAClaimAmountThatIsNotExactNonNegativeYuan(String amount, String key) {
        DisputeCase disputeCase = newCase();
        Worker worker = new Worker("其其格");
        disputeCase.addWorker(worker);
        QiaoException e = assertThrows(QiaoException.class,
            () -> disputeCase.addClaim(worker, DisputeCategory.WAGES, new BigDecimal(amount)));
        assertEquals(key, e.messageKey());
    }

    @Test
    void keepsClaimAmountsExactToTheFen() {
        DisputeCase disputeCase = newCase();
        Worker worker = new Worker("其其格");
        disputeCase.addWorker(worker);
        disputeCase.addClaim(worker, DisputeCategory.WAGES, new BigDecimal("16409.02"));
        disputeCase.addClaim(worker, DisputeCategory.OVERTIME, new BigDecimal("0.1"));
        assertEquals(new BigDecimal("16409.12"), disputeCase.totalClaimedBy(worker));
    }

    @Test
    void aWorkerIsAPartyOnceAndOnlyPartiesClaim() {
        DisputeCase disputeCase = newCase();
        Worker worker = new Worker("巴特尔·朝鲁");
        disputeCase.addWorker(worker);
        assertEquals("case.worker.alreadyParty",
            assertThrows(QiaoException.class, () -> disputeCase.addWorker(worker)).messageKey());
        assertEquals("case.worker.notParty", assertThrows(QiaoException.class,
            () -> disputeCase.addClaim(new Worker("王秀兰"), DisputeCategory.WAGES, BigDecimal.TEN)).messageKey());
    }
}
