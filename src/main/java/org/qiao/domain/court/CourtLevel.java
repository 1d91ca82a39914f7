// SPDX-License-Identifier: AGPL-3.0-or-later
package org.qiao.domain.court;

/** A court's level. Bundle key {@code court.level.<NAME>}. */
public enum CourtLevel {
    /** 高级人民法院: code 内. */
    HIGH,
    /** 中级人民法院: code 内 + two digits. */
    INTERMEDIATE,
    /** 基层人民法院: code 内 + four digits. */
    BASIC,
    /** 专门人民法院 (railway transport courts and the like). */
    SPECIAL;

    public String messageKey() {
        return "court.level." + name();
    }
}
