// SPDX-License-Identifier: AGPL-3.0-or-later
package org.qiao.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.qiao.domain.calendar.StatutoryCalendar;
import org.qiao.domain.region.RegionDirectory;

class ReferenceDataTest {

    @Test
    void loadsTheBundledHolidaySchedule() {
        assertEquals(108, ReferenceData.holidays().size());
        StatutoryCalendar calendar = ReferenceData.calendar();
        assertEquals(Set.of(2024, 2025, 2026), calendar.publishedYears());
        assertTrue(calendar.isRestDay(LocalDate.of(2025, 10, 8)));
    }

    @Test
    void loadsTheBundledRegions() {
        RegionDirectory regions = ReferenceData.regions();
        assertEquals(12, regions.leagues().size());
        assertEquals("鄂尔多斯市", regions.leagueOf("150602").orElseThrow().name());
    }
}
