// SPDX-License-Identifier: AGPL-3.0-or-later
package org.qiao.domain.region;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RegionDirectoryTest {

    // Read from the working tree, as an administrator would edit it, rather than from the class path copy.
    private static final Path SHIPPED = Path.of("resources/regions/inner-mongolia-divisions.csv");

    private final RegionDirectory directory = load();

    private static RegionDirectory load() {
        try (Reader reader = Files.newBufferedReader(SHIPPED, StandardCharsets.UTF_8)) {
            return new RegionDirectory(RegionCsv.parse(reader));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void shippedFileHasTwelveLeaguesAndOneHundredThreeCounties() {
        assertEquals(12, directory.leagues().size());
        assertEquals(103, directory.all().stream().filter(r -> r.level() == RegionLevel.COUNTY).count());
        assertEquals(103, directory.leagues().stream().mapToInt(l -> directory.counties(l.code()).size()).sum());
    }

    @Test
    void listsLeaguesInCodeOrder() {
        List<String> names = directory.leagues().stream().map(Region::name).toList();
        assertEquals(List.of("呼和浩特市", "包头市", "乌海市", "赤峰市", "通辽市", "鄂尔多斯市", "呼伦贝尔市",
            "巴彦淖尔市", "乌兰察布市", "兴安盟", "锡林郭勒盟", "阿拉善盟"), names);
    }

    @ParameterizedTest
    @CsvSource({
        "150602, 150600, 鄂尔多斯市",
        "150627, 150600, 鄂尔多斯市",
        "150102, 150100, 呼和浩特市",
        "150600, 150600, 鄂尔多斯市",
    })
    void findsTheLeagueOfACounty(String code, String leagueCode, String leagueName) {
        Region league = directory.leagueOf(code).orElseThrow();
        assertEquals(leagueCode, league.code());
        assertEquals(leagueName, league.name());
    }

    @Test
    void looksUpByCodeAndName() {
        assertEquals("东胜区", directory.byCode("150602").orElseThrow().name());
        assertEquals("150602", directory.byName("东胜区").orElseThrow().code());
        assertEquals(RegionLevel.LEAGUE_CITY, directory.byName(" 阿拉善盟 ").orElseThrow().level());
        assertEquals(Optional.empty(), directory.byCode("110105"));
        assertEquals(Optional.empty(), directory.byName("东胜"));
        assertEquals(Optional.empty(), directory.leagueOf("999999"));
    }

    @Test
    void searchesByNameFragment() {
        List<String> names = directory.search("鄂托克").stream().map(Region::name).toList();
        assertEquals(List.of("鄂托克前旗", "鄂托克旗"), names);
        assertTrue(directory.search("  ").isEmpty());
        assertTrue(directory.search("不存在").isEmpty());
    }

    @Test
    void listsTheCountiesOfOneLeague() {
        List<String> codes = directory.counties("150600").stream().map(Region::code).toList();
        assertEquals(List.of("150602", "150603", "150621", "150622", "150623", "150624", "150625", "150626",
            "150627"), codes);
        assertTrue(directory.counties("150602").isEmpty());
    }
}
