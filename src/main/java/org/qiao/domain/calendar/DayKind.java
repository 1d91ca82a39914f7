// SPDX-License-Identifier: AGPL-3.0-or-later
package org.qiao.domain.calendar;

/** How a State Council notice marks a date: a statutory holiday off work, or a make-up working day (调休上班日). */
public enum DayKind {
    OFF,
    WORKDAY
}
