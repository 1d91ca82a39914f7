// SPDX-License-Identifier: AGPL-3.0-or-later
package org.qiao.domain.cases;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.util.Objects;
import org.qiao.domain.TrackedEntity;

/** A mediation studio (e.g. a court-linked 诉调对接工作室) and the pattern of its case numbers. */
@Entity
@Table(name = "studio")
public class Studio extends TrackedEntity {

    /** The studio the migration creates, used when no other is chosen. */
    public static final String DEFAULT_NAME = "默认工作室";

    @Column(nullable = false, length = 200)
    private String name;

    @Column(name = "region_code", length = 6)
    private String regionCode;

    /** A {@link CaseNumberPattern}, e.g. {@code 乌前工调〔{year}〕{seq:4}号}. */
    @Column(name = "number_pattern", nullable = false, length = 100)
    private String numberPattern;

    /** The telephone the court calls back on, as the administrator wrote it; null when none is set. */
    @Column(length = 30)
    private String phone;

    protected Studio() {
        // for JPA
    }

    public Studio(String name, String regionCode, CaseNumberPattern numberPattern) {
        this.name = Objects.requireNonNull(name);
        this.regionCode = regionCode;
        this.numberPattern = numberPattern.text();
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = Objects.requireNonNull(name);
    }

    public String getRegionCode() {
        return regionCode;
    }

    public void setRegionCode(String regionCode) {
        this.regionCode = regionCode;
    }

    public CaseNumberPattern getNumberPattern() {
        return CaseNumberPattern.parse(numberPattern);
    }

    public void setNumberPattern(CaseNumberPattern pattern) {
        this.numberPattern = pattern.text();
    }

    public String getPhone() {
        return phone;
    }

    public void setPhone(String phone) {
        this.phone = phone;
    }
}
