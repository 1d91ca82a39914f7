// SPDX-License-Identifier: AGPL-3.0-or-later
package org.qiao.store;

import java.time.LocalDateTime;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.hibernate.Session;
import org.qiao.domain.user.Role;
import org.qiao.domain.user.User;

/** The people who log in. */
public final class UserRepository {

    private final Session session;

    UserRepository(Session session) {
        this.session = session;
    }

    /** Saves a user and returns the saved instance to use afterwards. */
    public User save(User user) {
        return Saving.save(session, user);
    }

    public Optional<User> findByUsername(String username) {
        return session.createSelectionQuery("from User where username = :username", User.class)
            .setParameter("username", username)
            .uniqueResultOptional();
    }

    /** All users, by username. */
    public List<User> findAll() {
        return session.createSelectionQuery("from User order by username", User.class).getResultList();
    }

    public long count() {
        return session.createSelectionQuery("select count(*) from User", Long.class).getSingleResult();
    }

    /**
     * Claims a one-time setup step for this transaction (e.g. {@code first-administrator}). A second claim of the
     * same step, from any workstation, waits for the first transaction and then fails with the constraint
     * {@code uk_setup_claim} ({@link Transactions} reports it as {@code store.constraint}).
     */
    public void claimSetup(String step) {
        session.createNativeMutationQuery("insert into setup_claim (claim, claimed_at) values (:claim, :at)")
            .setParameter("claim", step)
            .setParameter("at", LocalDateTime.now())
            .executeUpdate();
    }

    /** The number of users in each role; a role nobody has counts 0. */
    public Map<Role, Long> countByRole() {
        Map<Role, Long> counts = new EnumMap<>(Role.class);
        for (Role role : Role.values()) {
            counts.put(role, 0L);
        }
        session.createSelectionQuery("select role, count(*) from User group by role", Object[].class)
            .getResultList()
            .forEach(row -> counts.put((Role) row[0], (Long) row[1]));
        return counts;
    }
}
