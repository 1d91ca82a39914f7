// SPDX-License-Identifier: AGPL-3.0-or-later
package org.qiao.domain.region;

import java.io.Reader;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.qiao.domain.DataCsv;
import org.qiao.domain.QiaoException;

/**
 * Reads the shipped {@code inner-mongolia-divisions.csv}: header {@code code,name,level,parent_code}, level
 * {@code 盟市} or {@code 旗县}. A county's parent must be a league/city of the same file.
 */
public final class RegionCsv {

    public static final String HEADER = "code,name,level,parent_code";

    private static final Pattern CODE = Pattern.compile("\\d{6}");

    private RegionCsv() {
    }

    /**
     * The regions in {@code reader}, in file order.
     *
     * @throws QiaoException naming the line: {@code data.csv.columns}, {@code region.csv.code},
     *     {@code region.csv.name}, {@code region.csv.level}, {@code region.csv.duplicate} or {@code region.csv.parent}
     */
    public static List<Region> parse(Reader reader) {
        List<Region> regions = new ArrayList<>();
        Map<String, Integer> lineOfCode = new HashMap<>();
        Map<String, Region> byCode = new HashMap<>();
        for (DataCsv.Row row : DataCsv.read(reader, HEADER, 4)) {
            String line = String.valueOf(row.line());
            String code = row.field(0);
            String parent = row.field(3);
            for (String c : new String[] {code, parent}) {
                if (!CODE.matcher(c).matches()) {
                    throw new QiaoException("region.csv.code", line, c);
                }
            }
            if (row.field(1).isEmpty()) {
                throw new QiaoException("region.csv.name", line);
            }
            RegionLevel level = RegionLevel.fromLabel(row.field(2))
                .orElseThrow(() -> new QiaoException("region.csv.level", line, row.field(2)));
            Integer earlier = lineOfCode.putIfAbsent(code, row.line());
            if (earlier != null) {
                throw new QiaoException("region.csv.duplicate", line, code, String.valueOf(earlier));
            }
            Region region = new Region(code, row.field(1), level, parent);
            regions.add(region);
            byCode.put(code, region);
        }
        for (Region region : regions) {
            if (region.level() == RegionLevel.COUNTY) {
                Region parent = byCode.get(region.parentCode());
                if (parent == null || parent.level() != RegionLevel.LEAGUE_CITY) {
                    throw new QiaoException("region.csv.parent", String.valueOf(lineOfCode.get(region.code())),
                        region.parentCode());
                }
            }
        }
        return regions;
    }
}
