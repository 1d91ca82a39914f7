// SPDX-License-Identifier: AGPL-3.0-or-later
package org.qiao.service;

import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.qiao.domain.cases.CaseStatus;
import org.qiao.store.Transactions;

/** The studio's case counts for the dashboard: how many cases there are, open and by status. */
public final class OverviewService {

    /** Statuses in which the studio has no more work on a case. */
    private static final Set<CaseStatus> FINISHED = EnumSet.of(CaseStatus.CLOSED, CaseStatus.WITHDRAWN,
        CaseStatus.NOT_ACCEPTED, CaseStatus.HANDED_BACK);

    private final Transactions tx;

    public OverviewService(Transactions tx) {
        this.tx = Objects.requireNonNull(tx);
    }

    /** Case counts at one moment. */
    public record Overview(long totalCases, long openCases, Map<CaseStatus, Long> byStatus) {

        public Overview {
            byStatus = Collections.unmodifiableMap(new EnumMap<>(byStatus));
        }
    }

    public Overview overview() {
        Map<CaseStatus, Long> counts = new EnumMap<>(CaseStatus.class);
        for (CaseStatus status : CaseStatus.values()) {
            counts.put(status, 0L);
        }
        counts.putAll(tx.call(repos -> repos.cases().countByStatus()));
        long total = counts.values().stream().mapToLong(Long::longValue).sum();
        long open = counts.entrySet().stream().filter(e -> !FINISHED.contains(e.getKey()))
            .mapToLong(Map.Entry::getValue).sum();
        return new Overview(total, open, counts);
    }
}
