// SPDX-License-Identifier: AGPL-3.0-or-later
package org.qiao.store;

import org.hibernate.Session;
import org.qiao.domain.TrackedEntity;

/** How every repository saves: a new record is inserted as is, a detached one is merged with a version check. */
final class Saving {

    private Saving() {
    }

    /** Saves {@code entity} and returns the saved instance, which callers use from then on. */
    static <T extends TrackedEntity> T save(Session session, T entity) {
        if (entity.getId() == null) {
            session.persist(entity);
            return entity;
        }
        return session.merge(entity);
    }
}
