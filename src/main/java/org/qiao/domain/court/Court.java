// SPDX-License-Identifier: AGPL-3.0-or-later
package org.qiao.domain.court;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.util.Objects;
import java.util.regex.Pattern;
import org.qiao.domain.TrackedEntity;

/**
 * A court that refers cases to the studio (V15). The list ships with Inner Mongolia's courts and is kept by an
 * administrator: a court is renamed or retired ({@link #isActive()}), never deleted, as referrals point to it.
 */
@Entity
@Table(name = "court")
public class Court extends TrackedEntity {

    /** The court's code in its case numbers: 内, 内01, 内0102 ({@link CourtCaseNumber}). */
    @Column(nullable = false, length = 10)
    private String code;

    @Column(nullable = false, length = 100)
    private String name;

    @Enumerated(EnumType.STRING)
    @Column(name = "court_level", nullable = false, length = 20)
    private CourtLevel level;

    /** The 6-digit code (GB/T 2260) of the area the court serves, when it serves one. */
    @Column(name = "region_code", length = 6)
    private String regionCode;

    @Column(length = 30)
    private String phone;

    @Column(length = 300)
    private String address;

    @Column(nullable = false)
    private boolean active = true;

    /** A district's court named with its city first: 包头市九原区人民法院. */
    private static final Pattern CITY_DISTRICT = Pattern.compile("^.+?市(.+区)人民法院$");

    protected Court() {
        // for JPA
    }

    public Court(String code, String name, CourtLevel level, String regionCode) {
        this.code = Objects.requireNonNull(code);
        this.name = Objects.requireNonNull(name);
        this.level = Objects.requireNonNull(level);
        this.regionCode = regionCode;
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = Objects.requireNonNull(code);
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = Objects.requireNonNull(name);
    }

    public CourtLevel getLevel() {
        return level;
    }

    public void setLevel(CourtLevel level) {
        this.level = Objects.requireNonNull(level);
    }

    public String getRegionCode() {
        return regionCode;
    }

    public void setRegionCode(String regionCode) {
        this.regionCode = regionCode;
    }

    public String getPhone() {
        return phone;
    }

    public void setPhone(String phone) {
        this.phone = phone;
    }

    public String getAddress() {
        return address;
    }

    public void setAddress(String address) {
        this.address = address;
    }

    public boolean isActive() {
        return active;
    }

    public void setActive(boolean active) {
        this.active = active;
    }

    /**
     * The name as people in the courts and studios say it, for narrow columns: 中级人民法院 → 中院, 高级人民法院 → 高院,
     * 人民法院 → 法院, and a district's court without its city (包头市九原区人民法院 → 九原区法院: Inner Mongolia has no
     * two districts of one name). Other names stay as they are.
     */
    public static String shortName(String name) {
        var district = CITY_DISTRICT.matcher(name);
        if (district.matches()) {
            return district.group(1) + "法院";
        }
        return name.replace("中级人民法院", "中院").replace("高级人民法院", "高院").replace("人民法院", "法院");
    }
}
