// SPDX-License-Identifier: AGPL-3.0-or-later
package org.qiao.domain.court;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;
import org.qiao.domain.QiaoException;

class CourtCaseNumberTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 21);

    @Test
    void readsTheYearTheCourtTheTypeAndTheSerial() {
        CourtCaseNumber n = CourtCaseNumber.parse("（2026）内0102民诉前调123号", TODAY);
        assertEquals(new CourtCaseNumber(2026, "内0102", "民诉前调", 123), n);
        assertTrue(n.isBasicCourt());
        assertEquals("（2026）内0102民诉前调123号", n.toString());
    }

    @ParameterizedTest
    @CsvSource({
        "'(2026)内0102民诉前调123号', （2026）内0102民诉前调123号",
        "' 〔2025〕内06 民终 45 号 ', （2025）内06民终45号",
        "'（2024）内民再7号', （2024）内民再7号",
        "'（2026）内0602民特1号', （2026）内0602民特1号",
    })
    void halfWidthBracketsBlanksAndOtherBracketsAreWrittenTheCourtsWay(String typed, String written) {
        assertEquals(written, CourtCaseNumber.parse(typed, TODAY).toString());
    }

    @Test
    void intermediateAndHighCourtsAreNotBasicCourts() {
        assertFalse(CourtCaseNumber.parse("（2025）内06民终45号", TODAY).isBasicCourt());
        assertFalse(CourtCaseNumber.parse("（2024）内民再7号", TODAY).isBasicCourt());
    }

    @ParameterizedTest
    @CsvSource({
        "'', court.number.empty",
        "'2026内0102民诉前调123号', court.number.shape",
        "'（2026）内0102民诉前调123', court.number.shape",
        "'（26）内0102民初1号', court.number.shape",
        "'（2027）内0102民初1号', court.number.year",
        "'（2015）内0102民初1号', court.number.year",
        "'（2026）蒙0102民初1号', court.number.province",
        "'（2026）内012民初1号', court.number.courtCode",
        "'（2026）内0102刑初1号', court.number.type",
        "'（2026）内0102民诉前调0123号', court.number.serial",
    })
    void eachMistakeHasItsOwnMessage(String typed, String key) {
        QiaoException e = assertThrows(QiaoException.class, () -> CourtCaseNumber.parse(typed, TODAY));
        assertEquals(key, e.messageKey());
    }

    @Test
    void theKnownTypesIncludePreFilingMediationAndJudicialConfirmation() {
        assertTrue(CourtCaseNumber.TYPES.containsAll(List.of("民诉前调", "民初", "民特")));
    }
}
