// SPDX-License-Identifier: AGPL-3.0-or-later
package org.qiao.store;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.hibernate.collection.spi.PersistentCollection;
import org.hibernate.engine.spi.CollectionEntry;
import org.hibernate.engine.spi.SharedSessionContractImplementor;
import org.hibernate.event.spi.AbstractCollectionEvent;
import org.hibernate.event.spi.PostCollectionRecreateEvent;
import org.hibernate.event.spi.PostCollectionRecreateEventListener;
import org.hibernate.event.spi.PostCollectionUpdateEvent;
import org.hibernate.event.spi.PostCollectionUpdateEventListener;
import org.hibernate.event.spi.PostDeleteEvent;
import org.hibernate.event.spi.PostDeleteEventListener;
import org.hibernate.event.spi.PostInsertEvent;
import org.hibernate.event.spi.PostInsertEventListener;
import org.hibernate.event.spi.PostUpdateEvent;
import org.hibernate.event.spi.PostUpdateEventListener;
import org.hibernate.persister.collection.CollectionPersister;
import org.hibernate.persister.entity.EntityPersister;
import org.hibernate.type.Type;
import org.qiao.domain.TrackedEntity;

/**
 * Writes one {@code audit_entry} row for every insert, update and delete of a mapped record, and for changes to
 * its collections (a case's workers, a worker's groups), on the same connection and in the same transaction as the
 * change: if the change rolls back, so does its audit line. The text lists {@code field: old → new}; bookkeeping
 * fields are left out and a password hash is only ever reported as changed.
 */
final class AuditListener implements PostInsertEventListener, PostUpdateEventListener, PostDeleteEventListener,
    PostCollectionRecreateEventListener, PostCollectionUpdateEventListener {

    private static final long serialVersionUID = 1L;

    /** Fields that change on every save and say nothing about what the user did. */
    private static final Set<String> SKIPPED = Set.of("version", "updatedAt", "createdAt");
    /** Fields whose values must never be written anywhere: a password hash, the studio's private signing key. */
    private static final Set<String> SECRET = Set.of("passwordHash", "privateKey");
    private static final int MAX_VALUE_LENGTH = 500;
    private static final String NONE = "∅";

    private final transient AuditWriter writer;

    AuditListener(AuditWriter writer) {
        this.writer = writer;
    }

    @Override
    public boolean requiresPostCommitHandling(EntityPersister persister) {
        return false;
    }

    @Override
    public void onPostInsert(PostInsertEvent event) {
        write(event.getSession(), event.getPersister(), event.getId(), "INSERT",
            snapshot(event.getPersister(), event.getState(), "(set)"));
    }

    /** Every non-empty property of a row as {@code field: value}; secrets only say that they are there. */
    private static List<String> snapshot(EntityPersister persister, Object[] state, String secretText) {
        List<String> lines = new ArrayList<>();
        if (state == null) {
            return lines;
        }
        String[] names = persister.getPropertyNames();
        Type[] types = persister.getPropertyTypes();
        for (int i = 0; i < names.length; i++) {
            if (SKIPPED.contains(names[i]) || types[i].isCollectionType() || state[i] == null) {
                continue;
            }
            lines.add(names[i] + ": " + (SECRET.contains(names[i]) ? secretText : render(state[i])));
        }
        return lines;
    }

    @Override
    public void onPostUpdate(PostUpdateEvent event) {
        EntityPersister persister = event.getPersister();
        List<String> lines = new ArrayList<>();
        String[] names = persister.getPropertyNames();
        Type[] types = persister.getPropertyTypes();
        Object[] state = event.getState();
        Object[] old = event.getOldState();
        for (int i = 0; i < names.length; i++) {
            if (SKIPPED.contains(names[i]) || types[i].isCollectionType()) {
                continue;
            }
            Object before = old == null ? null : old[i];
            if (old != null && same(before, state[i])) {
                continue;
            }
            if (SECRET.contains(names[i])) {
                lines.add(names[i] + ": (changed)");
            } else {
                lines.add(names[i] + ": " + (old == null ? "?" : render(before)) + " → " + render(state[i]));
            }
        }
        if (!lines.isEmpty()) {
            write(event.getSession(), persister, event.getId(), "UPDATE", lines);
        }
    }

    @Override
    public void onPostDelete(PostDeleteEvent event) {
        // What was deleted stays readable in the trail: the row's last content.
        write(event.getSession(), event.getPersister(), event.getId(), "DELETE",
            snapshot(event.getPersister(), event.getDeletedState(), "(deleted)"));
    }

    @Override
    public void onPostRecreateCollection(PostCollectionRecreateEvent event) {
        collectionChanged(event, List.of());
    }

    @Override
    public void onPostUpdateCollection(PostCollectionUpdateEvent event) {
        PersistentCollection<?> collection = event.getCollection();
        Object snapshot = collection.getStoredSnapshot();
        collectionChanged(event, snapshot == null ? List.of() : elements(snapshot));
    }

    private void collectionChanged(AbstractCollectionEvent event, Collection<?> before) {
        PersistentCollection<?> collection = event.getCollection();
        CollectionEntry entry = event.getSession().getPersistenceContextInternal().getCollectionEntry(collection);
        CollectionPersister persister = entry == null ? null
            : entry.getCurrentPersister() != null ? entry.getCurrentPersister() : entry.getLoadedPersister();
        // The other side of a relation (a case's claims) is audited through its own records.
        if (persister == null || persister.isInverse() || event.getAffectedOwnerIdOrNull() == null) {
            return;
        }
        String role = persister.getRole();
        Object value = collection.getValue();
        Collection<?> after = value instanceof Collection<?> c ? c : elements(value);
        String oldText = renderAll(before, collection);
        String newText = renderAll(after, collection);
        if (oldText.equals(newText)) {
            return;
        }
        String field = role.substring(role.lastIndexOf('.') + 1);
        EntityPersister owner = persister.getOwnerEntityPersister();
        write(event.getSession(), owner, event.getAffectedOwnerIdOrNull(), "UPDATE",
            List.of(field + ": " + oldText + " → " + newText));
    }

    private static Collection<?> elements(Object snapshot) {
        if (snapshot instanceof Map<?, ?> map) {
            return map.values();
        }
        if (snapshot instanceof Collection<?> c) {
            return c;
        }
        return List.of();
    }

    /** A list keeps its order; a set is sorted so the same contents always read the same. */
    private static String renderAll(Collection<?> elements, PersistentCollection<?> collection) {
        List<String> parts = new ArrayList<>();
        for (Object element : elements) {
            parts.add(render(element));
        }
        if (!(collection instanceof List<?>)) {
            parts.sort(null);
        }
        return parts.toString();
    }

    private static boolean same(Object a, Object b) {
        if (a instanceof BigDecimal x && b instanceof BigDecimal y) {
            return x.compareTo(y) == 0;
        }
        if (a instanceof TrackedEntity x && b instanceof TrackedEntity y) {
            return Objects.equals(x.getId(), y.getId());
        }
        return Objects.equals(a, b);
    }

    private static String render(Object value) {
        if (value == null) {
            return NONE;
        }
        String text;
        if (value instanceof TrackedEntity entity) {
            text = "#" + entity.getId();
        } else if (value instanceof Enum<?> e) {
            text = e.name();
        } else if (value instanceof BigDecimal amount) {
            text = amount.toPlainString();
        } else {
            text = value.toString();
        }
        return text.length() > MAX_VALUE_LENGTH ? text.substring(0, MAX_VALUE_LENGTH) + "…" : text;
    }

    private void write(SharedSessionContractImplementor session, EntityPersister persister, Object id, String action,
        List<String> lines) {
        writer.write(session, persister.getMappedClass().getSimpleName(), id, action, lines);
    }
}
