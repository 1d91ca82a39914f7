// SPDX-License-Identifier: AGPL-3.0-or-later
package org.qiao.domain.identity;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.qiao.domain.QiaoException;

class ResidentIdTest {

    private static final LocalDate TODAY = LocalDate.of(2025, 6, 1);

    @Test
    void acceptsTheStandardsExample() {
        ResidentId id = ResidentId.parse("11010519491231002X", TODAY);
        assertEquals("11010519491231002X", id.value());
        assertEquals(LocalDate.of(1949, 12, 31), id.birthDate());
        assertEquals(Sex.FEMALE, id.sex());
    }

    @ParameterizedTest
    @CsvSource({
        "150102198503153015, 150102198503153015, 1985-03-15, MALE",
        "'  150602199001011238 ', 150602199001011238, 1990-01-01, MALE",
        "150602199001011246, 150602199001011246, 1990-01-01, FEMALE",
        "152502200002290015, 152502200002290015, 2000-02-29, MALE",
        "11010519491231002x, 11010519491231002X, 1949-12-31, FEMALE",
        "440306199912315556, 440306199912315556, 1999-12-31, MALE",
    })
    void readsBirthDateAndSexFromValidNumbers(String input, String value, LocalDate birth, Sex sex) {
        ResidentId id = ResidentId.parse(input, TODAY);
        assertEquals(value, id.value());
        assertEquals(birth, id.birthDate());
        assertEquals(sex, id.sex());
    }

    @ParameterizedTest
    @CsvSource(value = {
        "'', identity.residentId.empty, ''",
        "'   ', identity.residentId.empty, ''",
        "1101051949123100, identity.residentId.length, 16",
        "11010519491231002X1, identity.residentId.length, 19",
        "11010519491231002Y, identity.residentId.characters, Y|18",
        "1101051949123X002X, identity.residentId.characters, X|14",
        "１10105194912310021, identity.residentId.characters, １|1",
        "00010519491231002X, identity.residentId.province, 00",
        "99010519491231002X, identity.residentId.province, 99",
        "16010519491231002X, identity.residentId.province, 16",
        "110105194902300021, identity.residentId.birthDate.invalid, 19490230",
        "110105194913010021, identity.residentId.birthDate.invalid, 19491301",
        "110105190102290021, identity.residentId.birthDate.invalid, 19010229",
        "110105189912310021, identity.residentId.birthDate.invalid, 18991231",
        "110105202506020021, identity.residentId.birthDate.future, 2025-06-02",
        "110105194912310021, identity.residentId.checkDigit, X|1",
        "150102198503153016, identity.residentId.checkDigit, 5|6",
    })
    void rejectsEachKindOfMistakeWithItsOwnMessage(String input, String key, String args) {
        QiaoException e = assertThrows(QiaoException.class, () -> ResidentId.parse(input, TODAY));
        assertEquals(key, e.messageKey());
        assertArrayEquals(args.isEmpty() ? new Object[0] : args.split("\\|"), e.args());
    }

    @Test
    void rejectsIdNumberWithWrongCheckDigit() {
        QiaoException e = assertThrows(QiaoException.class, () -> ResidentId.parse("110105194912310020", TODAY));
        assertEquals("identity.residentId.checkDigit", e.messageKey());
        assertEquals("X", e.args()[0]);
    }

    @Test
    void rejectsNull() {
        assertEquals("identity.residentId.empty",
            assertThrows(QiaoException.class, () -> ResidentId.parse(null, TODAY)).messageKey());
    }

    @Test
    void acceptsBirthOnTheDayOfParsing() {
        String first17 = "15010220250601001";
        String id = first17 + ResidentId.checkCharacter(first17);
        assertEquals(LocalDate.of(2025, 6, 1), ResidentId.parse(id, TODAY).birthDate());
    }

    @ParameterizedTest
    @CsvSource({
        "11010519491231002, X",
        "15010219850315301, 5",
        "15060219900101123, 8",
        "44030619991231555, 6",
        "15042919800101001, 0",
    })
    void computesTheCheckCharacter(String first17, char expected) {
        assertEquals(expected, ResidentId.checkCharacter(first17));
    }

    @ParameterizedTest
    @CsvSource({"1101051949123100", "110105194912310021", "1101051949123100A"})
    void checkCharacterHelperRefusesAnythingButSeventeenDigits(String bad) {
        assertThrows(IllegalArgumentException.class, () -> ResidentId.checkCharacter(bad));
    }

    @ParameterizedTest
    @CsvSource({
        "1949-12-31, 0",
        "1950-12-30, 0",
        "1950-12-31, 1",
        "2025-06-01, 75",
    })
    void countsCompletedYears(LocalDate on, int age) {
        assertEquals(age, ResidentId.parse("11010519491231002X", TODAY).ageOn(on));
    }

    @ParameterizedTest
    @CsvSource({"2001-02-28, 0", "2001-03-01, 1", "2004-02-29, 4"})
    void leapDayBirthdayHasItsAnniversaryOnMarchFirstInCommonYears(LocalDate on, int age) {
        assertEquals(age, ResidentId.parse("152502200002290015", TODAY).ageOn(on));
    }

    @Test
    void refusesAgeBeforeBirth() {
        ResidentId id = ResidentId.parse("11010519491231002X", TODAY);
        assertThrows(IllegalArgumentException.class, () -> id.ageOn(LocalDate.of(1949, 12, 30)));
    }

    @Test
    void masksAllButTheFirstAndLastFour() {
        assertEquals("1501**********3015", ResidentId.parse("150102198503153015", TODAY).masked());
        assertEquals("1101**********002X", ResidentId.parse("11010519491231002x", TODAY).masked());
    }

    @Test
    void equalityFollowsTheNormalisedValue() {
        ResidentId upper = ResidentId.parse("11010519491231002X", TODAY);
        ResidentId lower = ResidentId.parse(" 11010519491231002x", TODAY);
        assertEquals(upper, lower);
        assertEquals(upper.hashCode(), lower.hashCode());
        assertEquals("11010519491231002X", lower.toString());
        assertNotEquals(upper, ResidentId.parse("150102198503153015", TODAY));
    }

    @Test
    void parseWithoutDateChecksAgainstToday() {
        assertEquals(Sex.MALE, ResidentId.parse("150102198503153015").sex());
    }
}
