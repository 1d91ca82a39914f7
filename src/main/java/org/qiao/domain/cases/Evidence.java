// SPDX-License-Identifier: AGPL-3.0-or-later
package org.qiao.domain.cases;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.LocalDateTime;
import java.util.Objects;
import org.qiao.domain.TrackedEntity;

/**
 * A file attached to a case as evidence (a scan, a photo, a PDF). The content lives outside the database, stored
 * once under its SHA-256; this record keeps what the user knows it by and what proves it unchanged.
 */
@Entity
@Table(name = "evidence")
public class Evidence extends TrackedEntity {

    @Column(name = "case_id", nullable = false)
    private Long caseId;

    @Column(name = "file_name", nullable = false, length = 255)
    private String fileName;

    @Column(name = "content_type", length = 100)
    private String contentType;

    @Column(name = "size_bytes", nullable = false)
    private long sizeBytes;

    /** Lower-case hex SHA-256 of the content. */
    @Column(nullable = false, length = 64)
    private String sha256;

    @Column(name = "stored_name", nullable = false, length = 100)
    private String storedName;

    @Column(length = 1000)
    private String description;

    @Column(name = "added_at", nullable = false)
    private LocalDateTime addedAt;

    @Column(name = "added_by", nullable = false, length = 100)
    private String addedBy;

    protected Evidence() {
        // for JPA
    }

    public Evidence(long caseId, String fileName, String contentType, long sizeBytes, String sha256,
        String storedName, LocalDateTime addedAt, String addedBy) {
        this.caseId = caseId;
        this.fileName = Objects.requireNonNull(fileName);
        this.contentType = contentType;
        this.sizeBytes = sizeBytes;
        this.sha256 = Objects.requireNonNull(sha256);
        this.storedName = Objects.requireNonNull(storedName);
        this.addedAt = Objects.requireNonNull(addedAt);
        this.addedBy = Objects.requireNonNull(addedBy);
    }

    public long getCaseId() {
        return caseId;
    }

    public String getFileName() {
        return fileName;
    }

    public String getContentType() {
        return contentType;
    }

    public long getSizeBytes() {
        return sizeBytes;
    }

    public String getSha256() {
        return sha256;
    }

    public String getStoredName() {
        return storedName;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public LocalDateTime getAddedAt() {
        return addedAt;
    }

    public String getAddedBy() {
        return addedBy;
    }
}
