// SPDX-License-Identifier: AGPL-3.0-or-later
package org.qiao.domain.court;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.util.Objects;
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
}
