// SPDX-License-Identifier: AGPL-3.0-or-later
package org.qiao.document;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Everything a 诉调对接案件期限管控表 (deadline-control sheet of court referrals) shows, as plain data: whose sheet it
 * is, which referrals it lists (court, month, open or all, already in words) and the referrals, most urgent first.
 * Labels (type, status) come already translated; the renderer adds the sheet's fixed wording.
 *
 * @param court   the court filter in words (a court's name, or "all courts")
 * @param month   the signed-for month filter in words
 * @param scope   open referrals only, or all, in words
 * @param printed the day the sheet is printed; days left count from it
 */
public record DeadlineSheetDocument(String studioName, String court, String month, String scope, LocalDate printed,
                                    List<Line> lines) {

    public DeadlineSheetDocument {
        Objects.requireNonNull(studioName, "studioName");
        Objects.requireNonNull(court, "court");
        Objects.requireNonNull(month, "month");
        Objects.requireNonNull(scope, "scope");
        Objects.requireNonNull(printed, "printed");
        lines = List.copyOf(lines);
    }

    /**
     * One referral.
     *
     * @param parties         the workers in short and the employer (王秀兰等3人 / 某公司)
     * @param due             the mediation deadline, or {@code null} when none runs (suspended, not accepted)
     * @param workingDaysLeft working days from the print day to the deadline, negative when overdue, or
     *                        {@code null} when the referral went back or no deadline runs
     * @param overdue         the deadline passed while the studio still holds the referral
     */
    public record Line(String courtName, String courtCaseNumber, String caseNumber, String type, String parties,
                       LocalDate signedFor, LocalDate due, Integer workingDaysLeft, boolean overdue, String status,
                       String mediator) {

        public Line {
            Objects.requireNonNull(courtName, "courtName");
            Objects.requireNonNull(courtCaseNumber, "courtCaseNumber");
            Objects.requireNonNull(caseNumber, "caseNumber");
            Objects.requireNonNull(type, "type");
            Objects.requireNonNull(signedFor, "signedFor");
        }
    }

    public long overdueCount() {
        return lines.stream().filter(Line::overdue).count();
    }

    /** How many lines of each type, in the order the types first occur. */
    public Map<String, Long> countsByType() {
        Map<String, Long> counts = new LinkedHashMap<>();
        lines.forEach(line -> counts.merge(line.type(), 1L, Long::sum));
        return counts;
    }
}
