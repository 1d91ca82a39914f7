// SPDX-License-Identifier: AGPL-3.0-or-later
package org.qiao.domain.region;

import java.util.Optional;

/** The two administrative levels the union works with in Inner Mongolia, with their labels in the region CSV. */
public enum RegionLevel {
    /** 盟 or prefecture-level city (盟市). */
    LEAGUE_CITY("盟市"),
    /** Banner, county, county-level city or district (旗县市区). */
    COUNTY("旗县");

    private final String label;

    RegionLevel(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public static Optional<RegionLevel> fromLabel(String label) {
        for (RegionLevel level : values()) {
            if (level.label.equals(label)) {
                return Optional.of(level);
            }
        }
        return Optional.empty();
    }
}
