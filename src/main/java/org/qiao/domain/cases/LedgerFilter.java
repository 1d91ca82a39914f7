// SPDX-License-Identifier: AGPL-3.0-or-later
package org.qiao.domain.cases;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;

/**
 * What the ledger shows: every condition given must hold; an empty set or {@code null} means "any".
 *
 * @param statuses     cases in one of these statuses
 * @param sources      cases from one of these sources
 * @param regionCode   a league/city code (e.g. {@code 150600}: all its banners and counties, i.e. the same first
 *                     4 digits) or a banner/county code (that one only); a code ending in {@code 00} is a league
 * @param mediatorId   cases assigned to this user
 * @param category     cases with at least one claim in this dispute category
 * @param workerGroup  cases with at least one worker in this group
 * @param receivedFrom received on or after this day
 * @param receivedTo   received on or before this day
 * @param query        the search box: a case number, a worker's name or resident ID, an employer's name or
 *                     credit code, a phone number; blank for none
 * @param dueFrom      cases whose mediation deadline is on or after this day
 * @param dueTo        cases whose mediation deadline is on or before this day (cases without a deadline never
 *                     match a deadline condition)
 */
public record LedgerFilter(Set<CaseStatus> statuses, Set<CaseSource> sources, String regionCode, Long mediatorId,
                           DisputeCategory category, WorkerGroup workerGroup, LocalDate receivedFrom,
                           LocalDate receivedTo, String query, LocalDate dueFrom, LocalDate dueTo) {

    /** Every case. */
    public static final LedgerFilter ALL = new LedgerFilter(null, null, null, null, null, null, null, null, null);

    public LedgerFilter {
        statuses = statuses == null || statuses.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(statuses));
        sources = sources == null || sources.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(sources));
        regionCode = regionCode == null || regionCode.isBlank() ? null : regionCode.strip();
        query = query == null || query.isBlank() ? null : query.strip();
    }

    /** A filter without a deadline condition. */
    public LedgerFilter(Set<CaseStatus> statuses, Set<CaseSource> sources, String regionCode, Long mediatorId,
                        DisputeCategory category, WorkerGroup workerGroup, LocalDate receivedFrom,
                        LocalDate receivedTo, String query) {
        this(statuses, sources, regionCode, mediatorId, category, workerGroup, receivedFrom, receivedTo, query,
            null, null);
    }

    /** Whether {@link #regionCode} names a league/city, whose counties share its first 4 digits. */
    public boolean regionIsLeague() {
        return regionCode != null && regionCode.length() == 6 && regionCode.endsWith("00");
    }

    public LedgerFilter withStatuses(Set<CaseStatus> value) {
        return new LedgerFilter(value, sources, regionCode, mediatorId, category, workerGroup, receivedFrom,
            receivedTo, query, dueFrom, dueTo);
    }

    public LedgerFilter withSources(Set<CaseSource> value) {
        return new LedgerFilter(statuses, value, regionCode, mediatorId, category, workerGroup, receivedFrom,
            receivedTo, query, dueFrom, dueTo);
    }

    public LedgerFilter withRegion(String value) {
        return new LedgerFilter(statuses, sources, value, mediatorId, category, workerGroup, receivedFrom,
            receivedTo, query, dueFrom, dueTo);
    }

    public LedgerFilter withMediator(Long value) {
        return new LedgerFilter(statuses, sources, regionCode, value, category, workerGroup, receivedFrom,
            receivedTo, query, dueFrom, dueTo);
    }

    public LedgerFilter withCategory(DisputeCategory value) {
        return new LedgerFilter(statuses, sources, regionCode, mediatorId, value, workerGroup, receivedFrom,
            receivedTo, query, dueFrom, dueTo);
    }

    public LedgerFilter withWorkerGroup(WorkerGroup value) {
        return new LedgerFilter(statuses, sources, regionCode, mediatorId, category, value, receivedFrom,
            receivedTo, query, dueFrom, dueTo);
    }

    public LedgerFilter withReceived(LocalDate from, LocalDate to) {
        return new LedgerFilter(statuses, sources, regionCode, mediatorId, category, workerGroup, from, to, query,
            dueFrom, dueTo);
    }

    public LedgerFilter withQuery(String value) {
        return new LedgerFilter(statuses, sources, regionCode, mediatorId, category, workerGroup, receivedFrom,
            receivedTo, value, dueFrom, dueTo);
    }

    /** Cases whose mediation deadline falls between {@code from} and {@code to}, both inclusive; null: open. */
    public LedgerFilter withDue(LocalDate from, LocalDate to) {
        return new LedgerFilter(statuses, sources, regionCode, mediatorId, category, workerGroup, receivedFrom,
            receivedTo, query, from, to);
    }
}
