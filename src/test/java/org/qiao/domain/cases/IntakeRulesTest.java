// SPDX-License-Identifier: AGPL-3.0-or-later
package org.qiao.domain.cases;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.qiao.domain.QiaoException;
import org.qiao.domain.calendar.Period;

/** The intake rules: case number patterns, mediation periods, limitation, transitions, collective disputes. */
class IntakeRulesTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "乌前工调〔{year}〕{seq:4}号 | 2026 | 1     | 乌前工调〔2026〕0001号",
        "乌前工调〔{year}〕{seq:4}号 | 2026 | 12345 | 乌前工调〔2026〕12345号",
        "工调〔{year}〕{seq:1}号     | 2027 | 7     | 工调〔2027〕7号",
        "{seq:3}/{year}             | 2026 | 5     | 005/2026",
    })
    void formatsCaseNumbersFromTheStudioPattern(String pattern, int year, long seq, String expected) {
        assertEquals(expected, CaseNumberPattern.parse(pattern).format(year, seq));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "工调〔{year}〕号",
        "工调〔2026〕{seq:4}号",
        "工调{year}{year}{seq:4}",
        "工调{year}{seq}",
        "工调{year}{seq:0}",
        "工调{year}{seq:4}{month}",
        "工调{year}{seq:4}}",
        "''",
    })
    void rejectsPatternsWithoutExactlyOneYearAndOneSequence(String pattern) {
        QiaoException e = assertThrows(QiaoException.class, () -> CaseNumberPattern.parse(pattern));
        assertEquals("studio.pattern.invalid", e.messageKey());
    }

    @ParameterizedTest
    @CsvSource({
        "WALK_IN, false, 15",
        "HOTLINE_12351, false, 15",
        "ARBITRATION_REFERRAL, false, 15",
        "UNION_INITIATED, true, 15",
        "COURT_DELEGATED, false, 30",
        "COURT_DELEGATED, true, 30",
        "COURT_ENTRUSTED, false, 15",
        "COURT_ENTRUSTED, true, 7",
    })
    void theMediationPeriodFollowsTheSource(CaseSource source, boolean simple, int days) {
        assertEquals(Period.days(days), MediationPeriod.forSource(source, simple));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        // facts date | received   | ongoing | categories          | warns
        "2025-03-02   | 2026-03-02 | false   | WAGES               | false",
        "2025-03-01   | 2026-03-02 | false   | WAGES               | true",
        "2024-01-10   | 2026-03-02 | true    | WAGES               | false",
        "2024-01-10   | 2026-03-02 | true    | WAGES OVERTIME      | false",
        "2024-01-10   | 2026-03-02 | true    | WAGES WORK_INJURY   | true",
        "2024-01-10   | 2026-03-02 | false   | WAGES               | true",
        "2024-01-10   | 2026-03-02 | true    | SOCIAL_INSURANCE    | true",
        "             | 2026-03-02 | false   | WAGES               | false",
    })
    void warnsWhenTheLimitationYearHasPassedExceptForWagesDuringEmployment(LocalDate facts, LocalDate received,
        boolean ongoing, String categories, boolean warns) {
        Set<DisputeCategory> claimed = Arrays.stream(categories.split(" ")).map(DisputeCategory::valueOf)
            .collect(Collectors.toCollection(() -> EnumSet.noneOf(DisputeCategory.class)));
        assertEquals(warns, LimitationCheck.check(facts, received, ongoing, claimed).isPresent());
    }

    @Test
    void theLimitationWarningNamesTheFactsDateAndTheLastDay() {
        var warning = LimitationCheck.check(LocalDate.of(2024, 1, 10), LocalDate.of(2026, 3, 2), false,
            EnumSet.of(DisputeCategory.WAGES)).orElseThrow();
        assertEquals("intake.limitation.expired", warning.messageKey());
        assertEquals(java.util.List.of("2024-01-10", "2025-01-10"), warning.args());
    }

    @ParameterizedTest
    @CsvSource({
        "INTAKE, ACCEPTED, true",
        "INTAKE, NOT_ACCEPTED, true",
        "INTAKE, IN_MEDIATION, false",
        "INTAKE, CLOSED, false",
        "ACCEPTED, IN_MEDIATION, true",
        "ACCEPTED, WITHDRAWN, true",
        "ACCEPTED, AGREEMENT_SIGNED, false",
        "IN_MEDIATION, AGREEMENT_SIGNED, true",
        "IN_MEDIATION, MEDIATION_FAILED, true",
        "IN_MEDIATION, WITHDRAWN, true",
        "AGREEMENT_SIGNED, PERFORMING, true",
        "AGREEMENT_SIGNED, CLOSED, true",
        "PERFORMING, CLOSED, true",
        "PERFORMING, HANDED_BACK, false",
        "MEDIATION_FAILED, HANDED_BACK, true",
        "MEDIATION_FAILED, CLOSED, true",
        "HANDED_BACK, CLOSED, true",
        "CLOSED, INTAKE, false",
        "WITHDRAWN, ACCEPTED, false",
        "NOT_ACCEPTED, ACCEPTED, false",
    })
    void allowsOnlyTheLifecycleTransitions(CaseStatus from, CaseStatus to, boolean allowed) {
        assertEquals(allowed, CaseTransitions.isAllowed(from, to));
    }

    @ParameterizedTest
    @CsvSource({"NOT_ACCEPTED, true", "WITHDRAWN, true", "CLOSED, true", "ACCEPTED, false", "HANDED_BACK, false"})
    void refusalWithdrawalAndClosingNeedAReason(CaseStatus to, boolean needed) {
        assertEquals(needed, CaseTransitions.requiresReason(to));
    }

    @ParameterizedTest
    @CsvSource({"9, 0, true", "9, 7, true", "10, 2, false", "10, 3, true", "12, 5, true", "12, 6, false",
        "30, 0, false"})
    void aCollectiveDisputeNeedsThreeToFiveRepresentatives(int workers, int representatives, boolean fits) {
        assertEquals(fits, CollectiveRule.representativesFit(workers, representatives));
    }

    @ParameterizedTest
    @CsvSource({
        "鄂尔多斯市某某煤业有限公司, 鄂尔多斯市某某煤业有限责任公司, true",
        "鄂尔多斯市某某煤业有限公司, 鄂尔多斯市某某煤业有限公司东胜分公司, true",
        "某某 煤业, 某某煤业有限公司, true",
        "包头钢铁有限公司, 某某煤业有限公司, false",
        "有限公司, 某某有限公司, false",
    })
    void employerNamesAreCloseWithoutCompanyFormWords(String a, String b, boolean close) {
        assertEquals(close, EmployerNames.areClose(a, b));
    }
}
