// SPDX-License-Identifier: AGPL-3.0-or-later
package org.qiao.domain.cases;

/**
 * 劳动争议调解仲裁法 art.7: a dispute of {@value DisputeCase#COLLECTIVE_MIN_WORKERS} or more workers with a common
 * claim is collective, and the workers elect representatives; the studios ask for 3 to 5 (DESIGN.md).
 */
public final class CollectiveRule {

    public static final int MIN_REPRESENTATIVES = 3;
    public static final int MAX_REPRESENTATIVES = 5;

    private CollectiveRule() {
    }

    public static boolean isCollective(int workers) {
        return workers >= DisputeCase.COLLECTIVE_MIN_WORKERS;
    }

    /**
     * Whether the number of representatives fits: 3 to 5 for a collective dispute; for a smaller one any number is
     * accepted, since the law asks for none (the flag then only records who speaks for the group).
     */
    public static boolean representativesFit(int workers, int representatives) {
        return !isCollective(workers)
            || representatives >= MIN_REPRESENTATIVES && representatives <= MAX_REPRESENTATIVES;
    }
}
