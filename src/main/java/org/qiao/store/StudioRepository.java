// SPDX-License-Identifier: AGPL-3.0-or-later
package org.qiao.store;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.hibernate.Session;
import org.qiao.domain.cases.Studio;

/**
 * Studios, and the per-studio, per-year counter their case numbers come from. The counter is plain SQL: it is a
 * value the numbering owns, not a record anyone edits, and every number it hands out is audited with its case.
 */
public final class StudioRepository {

    private final Session session;

    StudioRepository(Session session) {
        this.session = session;
    }

    /** Saves a studio and returns the saved instance to use afterwards. */
    public Studio save(Studio studio) {
        return Saving.save(session, studio);
    }

    /** All studios, by name. */
    public List<Studio> findAll() {
        return session.createSelectionQuery("from Studio order by name, id", Studio.class).getResultList();
    }

    public Optional<Studio> findById(long id) {
        return Optional.ofNullable(session.find(Studio.class, id));
    }

    public Optional<Studio> findByName(String name) {
        return session.createSelectionQuery("from Studio where name = :name", Studio.class)
            .setParameter("name", name)
            .uniqueResultOptional();
    }

    /** The studio named {@link Studio#DEFAULT_NAME}, or else the oldest one. */
    public Optional<Studio> findDefault() {
        return findByName(Studio.DEFAULT_NAME).or(() -> session.createSelectionQuery("from Studio order by id",
                Studio.class)
            .setMaxResults(1)
            .uniqueResultOptional());
    }

    /**
     * Makes sure the counter row of {@code studioId} and {@code year} exists (starting at 0). Run it in its own
     * transaction before numbering: when two workstations create the same row at once, one of them fails with
     * {@code store.constraint} and can simply go on, because the row then exists.
     */
    public void ensureCounter(long studioId, int year) {
        session.createNativeMutationQuery("insert into case_number_counter (studio_id, counter_year, last_seq) "
                + "select :studio, :year, 0 from studio where id = :studio and not exists "
                + "(select 1 from case_number_counter where studio_id = :studio and counter_year = :year)")
            .setParameter("studio", studioId)
            .setParameter("year", (long) year)
            .executeUpdate();
    }

    /**
     * The next sequence number of {@code studioId} in {@code year}, counted in this transaction. The update locks
     * the counter row until the transaction ends, so a second workstation numbering at the same time waits and then
     * gets the next number; if this transaction rolls back, its number is given back. Needs
     * {@link #ensureCounter} first.
     *
     * @throws IllegalStateException when the counter row does not exist
     */
    public long nextSequence(long studioId, int year) {
        int updated = session.createNativeMutationQuery("update case_number_counter set last_seq = last_seq + 1 "
                + "where studio_id = :studio and counter_year = :year")
            .setParameter("studio", studioId)
            .setParameter("year", (long) year)
            .executeUpdate();
        if (updated != 1) {
            throw new IllegalStateException("no case number counter for studio " + studioId + " in " + year);
        }
        return lastSequence(studioId, year);
    }

    /**
     * Moves the counter of {@code studioId} in {@code year} up to {@code lastSeq} if it is below (numbers given outside
     * the counter, as the demo's bulk load does); never down. Needs {@link #ensureCounter} first.
     */
    public void raiseCounter(long studioId, int year, long lastSeq) {
        session.createNativeMutationQuery("update case_number_counter set last_seq = :seq "
                + "where studio_id = :studio and counter_year = :year and last_seq < :seq")
            .setParameter("seq", lastSeq)
            .setParameter("studio", studioId)
            .setParameter("year", (long) year)
            .executeUpdate();
    }

    /** The last sequence number given out in {@code year}, 0 when none. */
    public long lastSequence(long studioId, int year) {
        List<Long> rows = session.createNativeQuery("select last_seq from case_number_counter "
                + "where studio_id = :studio and counter_year = :year", Long.class)
            .setParameter("studio", studioId)
            .setParameter("year", (long) year)
            .getResultList();
        return rows.isEmpty() ? 0 : rows.get(0);
    }

    /** The years in which {@code studioId} has given numbers, each with its last sequence number. */
    public Map<Integer, Long> counters(long studioId) {
        Map<Integer, Long> counters = new TreeMap<>();
        session.createNativeQuery("select counter_year, last_seq from case_number_counter where studio_id = :studio",
                Object[].class)
            .setParameter("studio", studioId)
            .getResultList()
            .forEach(row -> counters.put(((Number) row[0]).intValue(), ((Number) row[1]).longValue()));
        return counters;
    }

    /** Whether a case already carries {@code caseNumber} (numbers are unique across studios). */
    public boolean numberTaken(String caseNumber) {
        return session.createSelectionQuery("select count(*) from DisputeCase where caseNumber = :number", Long.class)
            .setParameter("number", caseNumber)
            .getSingleResult() > 0;
    }
}
