// SPDX-License-Identifier: AGPL-3.0-or-later
package org.qiao.store;

import org.hibernate.boot.Metadata;
import org.hibernate.boot.spi.BootstrapContext;
import org.hibernate.engine.spi.SessionFactoryImplementor;
import org.hibernate.event.service.spi.EventListenerRegistry;
import org.hibernate.event.spi.EventType;
import org.hibernate.service.spi.SessionFactoryServiceRegistry;

/** Registers the {@link AuditListener} with the session factory being built. */
final class AuditIntegrator implements org.hibernate.integrator.spi.Integrator {

    private final AuditWriter writer;

    AuditIntegrator(AuditWriter writer) {
        this.writer = writer;
    }

    @Override
    public void integrate(Metadata metadata, BootstrapContext bootstrapContext,
        SessionFactoryImplementor sessionFactory) {
        AuditListener listener = new AuditListener(writer);
        EventListenerRegistry registry =
            sessionFactory.getServiceRegistry().requireService(EventListenerRegistry.class);
        registry.appendListeners(EventType.POST_INSERT, listener);
        registry.appendListeners(EventType.POST_UPDATE, listener);
        registry.appendListeners(EventType.POST_DELETE, listener);
        registry.appendListeners(EventType.POST_COLLECTION_RECREATE, listener);
        registry.appendListeners(EventType.POST_COLLECTION_UPDATE, listener);
    }

    @Override
    public void disintegrate(SessionFactoryImplementor sessionFactory, SessionFactoryServiceRegistry registry) {
        // nothing to release
    }
}
