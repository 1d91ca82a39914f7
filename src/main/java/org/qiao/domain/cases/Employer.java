// SPDX-License-Identifier: AGPL-3.0-or-later
package org.qiao.domain.cases;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import org.qiao.domain.TrackedEntity;

/**
 * The employer (被申请人) a case is brought against. The unified social credit code is kept as entered text; it is
 * validated where it is entered, not here.
 */
@Entity
@Table(name = "employer")
public class Employer extends TrackedEntity {

    @Column(nullable = false, length = 200)
    private String name;

    @Column(name = "credit_code", length = 18)
    private String creditCode;

    @Column(name = "legal_representative", length = 100)
    private String legalRepresentative;

    @Column(length = 300)
    private String address;

    @Column(length = 30)
    private String phone;

    @Column(length = 100)
    private String industry;

    /** The 6-digit county or league/city code (GB/T 2260). */
    @Column(name = "region_code", length = 6)
    private String regionCode;

    protected Employer() {
        // for JPA
    }

    public Employer(String name) {
        this.name = name;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getCreditCode() {
        return creditCode;
    }

    public void setCreditCode(String creditCode) {
        this.creditCode = creditCode;
    }

    public String getLegalRepresentative() {
        return legalRepresentative;
    }

    public void setLegalRepresentative(String legalRepresentative) {
        this.legalRepresentative = legalRepresentative;
    }

    public String getAddress() {
        return address;
    }

    public void setAddress(String address) {
        this.address = address;
    }

    public String getPhone() {
        return phone;
    }

    public void setPhone(String phone) {
        this.phone = phone;
    }

    public String getIndustry() {
        return industry;
    }

    public void setIndustry(String industry) {
        this.industry = industry;
    }

    public String getRegionCode() {
        return regionCode;
    }

    public void setRegionCode(String regionCode) {
        this.regionCode = regionCode;
    }
}
