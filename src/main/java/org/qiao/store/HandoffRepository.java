// SPDX-License-Identifier: AGPL-3.0-or-later
package org.qiao.store;

import java.util.List;
import java.util.Optional;
import org.hibernate.Session;
import org.qiao.domain.handoff.HandoffImport;
import org.qiao.domain.handoff.StudioKey;
import org.qiao.domain.handoff.TrustedKey;

/** The studio's signing keys, the keys it trusts, and the exchange packages it imported. */
public final class HandoffRepository {

    private final Session session;

    HandoffRepository(Session session) {
        this.session = session;
    }

    /** The key in force: the newest one not retired. */
    public Optional<StudioKey> currentKey() {
        return session.createSelectionQuery("from StudioKey where retiredAt is null order by id desc", StudioKey.class)
            .setMaxResults(1).uniqueResultOptional();
    }

    /** One of the studio's own keys, retired or not, by fingerprint. */
    public Optional<StudioKey> ownKey(String fingerprint) {
        return session.createSelectionQuery("from StudioKey where fingerprint = :f", StudioKey.class)
            .setParameter("f", fingerprint).uniqueResultOptional();
    }

    public StudioKey save(StudioKey key) {
        session.persist(key);
        session.flush();
        return key;
    }

    /** The trusted key with this fingerprint, retired or not. */
    public Optional<TrustedKey> trustedKey(String fingerprint) {
        return session.createSelectionQuery("from TrustedKey where fingerprint = :f", TrustedKey.class)
            .setParameter("f", fingerprint).uniqueResultOptional();
    }

    /** Every trusted key, retired ones included, by owner. */
    public List<TrustedKey> trustedKeys() {
        return session.createSelectionQuery("from TrustedKey order by ownerName, id", TrustedKey.class)
            .getResultList();
    }

    public TrustedKey save(TrustedKey key) {
        session.persist(key);
        session.flush();
        return key;
    }

    /** The import of the package with this SHA-256, if it was imported. */
    public Optional<HandoffImport> findImport(String packageSha256) {
        return session.createSelectionQuery("from HandoffImport where packageSha256 = :sha", HandoffImport.class)
            .setParameter("sha", packageSha256).uniqueResultOptional();
    }

    public void save(HandoffImport imported) {
        session.persist(imported);
    }
}
