// SPDX-License-Identifier: AGPL-3.0-or-later
package org.qiao.domain.identity;

/** Sex as recorded in a resident ID (GB 11643-1999: the 17th digit, odd for male, even for female). */
public enum Sex {
    MALE,
    FEMALE
}
