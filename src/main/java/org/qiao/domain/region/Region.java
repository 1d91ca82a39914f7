// SPDX-License-Identifier: AGPL-3.0-or-later
package org.qiao.domain.region;

import java.util.Objects;

/**
 * An administrative division identified by its 6-digit GB/T 2260 code; {@code parentCode} is the league/city for a
 * county and the autonomous region ({@code 150000}) for a league/city.
 */
public record Region(String code, String name, RegionLevel level, String parentCode) {

    public Region {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(level, "level");
        Objects.requireNonNull(parentCode, "parentCode");
    }
}
