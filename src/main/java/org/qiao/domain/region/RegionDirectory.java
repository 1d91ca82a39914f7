// SPDX-License-Identifier: AGPL-3.0-or-later
package org.qiao.domain.region;

import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The leagues/cities and counties a case can be attributed to, for pickers and for statistics by region.
 * Lists are in code order, which is the official order. Immutable.
 */
public final class RegionDirectory {

    private final List<Region> regions;
    private final Map<String, Region> byCode = new LinkedHashMap<>();

    public RegionDirectory(Collection<Region> regions) {
        this.regions = regions.stream().sorted(Comparator.comparing(Region::code)).toList();
        for (Region region : this.regions) {
            if (byCode.putIfAbsent(region.code(), region) != null) {
                throw new IllegalArgumentException("duplicate region code " + region.code());
            }
        }
    }

    public List<Region> all() {
        return regions;
    }

    public Optional<Region> byCode(String code) {
        return Optional.ofNullable(code == null ? null : byCode.get(code.strip()));
    }

    /** The region with exactly this name; if two share it, the one with the lower code. */
    public Optional<Region> byName(String name) {
        String wanted = name == null ? "" : name.strip();
        return regions.stream().filter(r -> r.name().equals(wanted)).findFirst();
    }

    /** Regions whose name contains {@code fragment}; none for a blank fragment. */
    public List<Region> search(String fragment) {
        String wanted = fragment == null ? "" : fragment.strip();
        if (wanted.isEmpty()) {
            return List.of();
        }
        return regions.stream().filter(r -> r.name().contains(wanted)).toList();
    }

    public List<Region> leagues() {
        return regions.stream().filter(r -> r.level() == RegionLevel.LEAGUE_CITY).toList();
    }

    /** The counties of a league/city; empty for an unknown code. */
    public List<Region> counties(String leagueCode) {
        return regions.stream()
            .filter(r -> r.level() == RegionLevel.COUNTY && r.parentCode().equals(leagueCode))
            .toList();
    }

    /** The league/city a county belongs to; a league/city code gives the league/city itself. */
    public Optional<Region> leagueOf(String code) {
        return byCode(code).flatMap(r -> r.level() == RegionLevel.LEAGUE_CITY ? Optional.of(r)
            : byCode(r.parentCode()));
    }
}
