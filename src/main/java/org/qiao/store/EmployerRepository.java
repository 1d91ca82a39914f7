// SPDX-License-Identifier: AGPL-3.0-or-later
package org.qiao.store;

import java.util.List;
import java.util.Optional;
import org.hibernate.Session;
import org.qiao.domain.cases.Employer;

/** Employers, found by unified social credit code, by the start of their name, or by what a mediator types. */
public final class EmployerRepository {

    private static final int MAX_MATCHES = 100;

    private final Session session;

    EmployerRepository(Session session) {
        this.session = session;
    }

    /** Saves an employer and returns the saved instance to use afterwards. */
    public Employer save(Employer employer) {
        return Saving.save(session, employer);
    }

    /** The first employer recorded with this credit code, if any. */
    public Optional<Employer> findByCreditCode(String creditCode) {
        return session.createSelectionQuery("from Employer where creditCode = :code order by id", Employer.class)
            .setParameter("code", creditCode)
            .setMaxResults(1)
            .uniqueResultOptional();
    }

    /** Up to 100 employers whose name starts with {@code prefix}, by name. */
    public List<Employer> findByNamePrefix(String prefix) {
        return session.createSelectionQuery(
                "from Employer where name like :prefix escape '\\' order by name, id", Employer.class)
            .setParameter("prefix", Like.prefix(prefix))
            .setMaxResults(MAX_MATCHES)
            .getResultList();
    }

    /**
     * Up to {@code limit} employers whose name contains {@code text} or whose credit code starts with it (letters
     * in any case), those whose name or code starts with it first, then by name. Blank text finds nothing.
     */
    public List<Employer> search(String text, int limit) {
        String typed = text == null ? "" : text.strip();
        if (typed.isEmpty()) {
            return List.of();
        }
        return session.createSelectionQuery("from Employer where name like :contains escape '\\' "
                + "or creditCode like :code escape '\\' "
                + "order by case when name like :prefix escape '\\' or creditCode like :code escape '\\' "
                + "then 0 else 1 end, name, id", Employer.class)
            .setParameter("contains", "%" + Like.prefix(typed))
            .setParameter("prefix", Like.prefix(typed))
            .setParameter("code", Like.prefix(typed.toUpperCase(java.util.Locale.ROOT)))
            .setMaxResults(limit)
            .getResultList();
    }
}
