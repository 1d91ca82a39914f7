// SPDX-License-Identifier: AGPL-3.0-or-later
package org.qiao.domain.region;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.StringReader;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.qiao.domain.QiaoException;

class RegionCsvTest {

    @Test
    void readsLeaguesAndCounties() {
        List<Region> regions = RegionCsv.parse(new StringReader(
            "# comment\ncode,name,level,parent_code\n150600,鄂尔多斯市,盟市,150000\n\n150602, 东胜区 ,旗县,150600\n"));
        assertEquals(List.of(
            new Region("150600", "鄂尔多斯市", RegionLevel.LEAGUE_CITY, "150000"),
            new Region("150602", "东胜区", RegionLevel.COUNTY, "150600")), regions);
    }

    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {
        "code,name,level,parent_code\\n15060,鄂尔多斯市,盟市,150000; region.csv.code; 2|15060",
        "150600,鄂尔多斯市,盟市,15000X; region.csv.code; 1|15000X",
        "150600,,盟市,150000; region.csv.name; 1",
        "150600,鄂尔多斯市,地级市,150000; region.csv.level; 1|地级市",
        "150600,鄂尔多斯市,盟市,150000\\n150600,鄂尔多斯,盟市,150000; region.csv.duplicate; 2|150600|1",
        "150600,鄂尔多斯市,盟市,150000\\n# c\\n150702,海拉尔区,旗县,150700; region.csv.parent; 3|150700",
        "150600,鄂尔多斯市,盟市,150000\\n150602,东胜区,旗县; data.csv.columns; 2|4|3",
    })
    void namesTheLineAndTheReasonOfABadRow(String text, String key, String args) {
        QiaoException e = assertThrows(QiaoException.class,
            () -> RegionCsv.parse(new StringReader(text.replace("\\n", "\n"))));
        assertEquals(key, e.messageKey());
        assertArrayEquals(args.split("\\|"), e.args());
    }
}
