// SPDX-License-Identifier: AGPL-3.0-or-later
package org.qiao.service;

import java.io.IOException;
import java.net.URLConnection;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Objects;
import org.qiao.domain.QiaoException;
import org.qiao.domain.cases.Evidence;
import org.qiao.store.AttachmentStore;
import org.qiao.store.Transactions;

/**
 * Files attached to a case as evidence (scans, photos, PDFs), kept with their SHA-256 and size so that a file
 * opened later is provably the one attached.
 */
public final class EvidenceService {

    static final int DESCRIPTION_MAX = 1000;

    /** A file as it is now, before it is attached: what the mediator is shown when choosing it. */
    public record FileFacts(Path file, String fileName, long size, String sha256) {
    }

    private final Transactions tx;
    private final AttachmentStore files;
    private final UserSession session;
    private final Clock clock;
    private final Path viewing;

    public EvidenceService(Transactions tx, AttachmentStore files, UserSession session) {
        this(tx, files, session, Clock.systemDefaultZone());
    }

    public EvidenceService(Transactions tx, AttachmentStore files, UserSession session, Clock clock) {
        this(tx, files, session, clock, Path.of(System.getProperty("java.io.tmpdir"), "qiao-evidence"));
    }

    /**
     * With a clock, and the folder where copies for a viewer are written ({@link #copyForViewing}); the default is
     * {@code qiao-evidence} in the system's temporary folder, which the system clears.
     */
    public EvidenceService(Transactions tx, AttachmentStore files, UserSession session, Clock clock, Path viewing) {
        this.tx = Objects.requireNonNull(tx);
        this.files = Objects.requireNonNull(files);
        this.session = Objects.requireNonNull(session);
        this.clock = Objects.requireNonNull(clock);
        this.viewing = Objects.requireNonNull(viewing);
    }

    /**
     * Reads a file the mediator chose, without attaching it: its name, size and SHA-256.
     *
     * @throws QiaoException {@code evidence.file.unreadable}
     */
    public FileFacts inspect(Path file) {
        Objects.requireNonNull(file, "file");
        if (!Files.isRegularFile(file)) {
            throw new QiaoException("evidence.file.unreadable", file.toString(), "not a file");
        }
        AttachmentStore.StoredFile measured = files.measure(file);
        return new FileFacts(file, file.getFileName().toString(), measured.size(), measured.sha256());
    }

    /**
     * Copies {@code file} into the attachments folder (once per content) and records it on the case. If recording
     * fails, the copy stays: it is named by its content and costs nothing but space.
     *
     * @throws QiaoException {@code case.notFound}, {@code evidence.file.unreadable}
     */
    public Evidence attach(long caseId, Path file, String description) {
        Objects.requireNonNull(file, "file");
        if (!tx.call(r -> r.intake().caseExists(caseId))) {
            throw new QiaoException("case.notFound", String.valueOf(caseId));
        }
        if (!Files.isRegularFile(file)) {
            throw new QiaoException("evidence.file.unreadable", file.toString(), "not a file");
        }
        AttachmentStore.StoredFile stored = files.put(file);
        Evidence evidence = record(caseId, file, stored, description, LocalDateTime.now(clock), session.actorName());
        return tx.call(r -> r.intake().save(evidence));
    }

    /** The record of {@code file}, stored as {@code stored}, on case {@code caseId}; a long description is cut. */
    static Evidence record(long caseId, Path file, AttachmentStore.StoredFile stored, String description,
        LocalDateTime at, String actor) {
        String text = description == null || description.isBlank() ? null : description.strip();
        if (text != null && text.length() > DESCRIPTION_MAX) {
            text = text.substring(0, DESCRIPTION_MAX);
        }
        Evidence evidence = new Evidence(caseId, file.getFileName().toString(), contentType(file), stored.size(),
            stored.sha256(), stored.sha256(), at, actor);
        evidence.setDescription(text);
        return evidence;
    }

    /**
     * A copy of an attachment for the system's viewer, under its original name, after checking its content still
     * has the recorded SHA-256: a viewer that changes the copy cannot change the evidence.
     *
     * @throws QiaoException {@code evidence.notFound}, {@code evidence.file.missing}, {@code evidence.file.corrupted}
     */
    public Path copyForViewing(long evidenceId) {
        Evidence evidence = tx.call(r -> r.intake().findEvidence(evidenceId))
            .orElseThrow(() -> new QiaoException("evidence.notFound", String.valueOf(evidenceId)));
        try {
            return files.copyForViewing(evidence.getSha256(), evidence.getFileName(), viewing);
        } catch (QiaoException e) {
            // The mediator knows the file by the name it was attached under, not by its stored hash name (a missing
            // file keeps its stored path: whoever restores the folder from a backup needs that).
            if ("evidence.file.corrupted".equals(e.messageKey())) {
                throw new QiaoException(e, e.messageKey(), evidence.getFileName());
            }
            throw e;
        }
    }

    /**
     * The stored copy of an attachment, after checking its content still has the recorded SHA-256.
     *
     * @throws QiaoException {@code evidence.notFound}, {@code evidence.file.missing}, {@code evidence.file.corrupted}
     */
    public Path open(long evidenceId) {
        Evidence evidence = tx.call(r -> r.intake().findEvidence(evidenceId))
            .orElseThrow(() -> new QiaoException("evidence.notFound", String.valueOf(evidenceId)));
        return files.open(evidence.getSha256());
    }

    /** A case's evidence in the order it was attached. */
    public List<Evidence> list(long caseId) {
        return tx.call(r -> r.intake().evidenceOf(caseId));
    }

    private static String contentType(Path file) {
        String type = null;
        try {
            type = Files.probeContentType(file);
        } catch (IOException ignored) {
            // fall back to the name below
        }
        if (type == null) {
            type = URLConnection.guessContentTypeFromName(file.getFileName().toString());
        }
        return type == null ? "application/octet-stream" : type;
    }
}
