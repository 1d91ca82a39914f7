// SPDX-License-Identifier: AGPL-3.0-or-later
package org.qiao.domain.handoff;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDateTime;
import java.util.Objects;

/**
 * An exchange package imported (V15 {@code handoff_import}), by the SHA-256 of the whole file: the same package
 * imported again is found here and changes nothing.
 */
@Entity
@Table(name = "handoff_import")
public class HandoffImport {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "package_sha256", nullable = false, length = 64)
    private String packageSha256;

    @Enumerated(EnumType.STRING)
    @Column(name = "package_kind", nullable = false, length = 20)
    private PackageKind packageKind;

    @Column(name = "case_id", nullable = false)
    private long caseId;

    @Column(name = "signer_fingerprint", nullable = false, length = 64)
    private String signerFingerprint;

    @Column(name = "imported_at", nullable = false)
    private LocalDateTime importedAt;

    @Column(name = "imported_by", nullable = false, length = 100)
    private String importedBy;

    protected HandoffImport() {
        // for JPA
    }

    public HandoffImport(String packageSha256, PackageKind packageKind, long caseId, String signerFingerprint,
        LocalDateTime importedAt, String importedBy) {
        this.packageSha256 = Objects.requireNonNull(packageSha256);
        this.packageKind = Objects.requireNonNull(packageKind);
        this.caseId = caseId;
        this.signerFingerprint = Objects.requireNonNull(signerFingerprint);
        this.importedAt = Objects.requireNonNull(importedAt);
        this.importedBy = Objects.requireNonNull(importedBy);
    }

    public Long getId() {
        return id;
    }

    public String getPackageSha256() {
        return packageSha256;
    }

    public PackageKind getPackageKind() {
        return packageKind;
    }

    public long getCaseId() {
        return caseId;
    }

    public String getSignerFingerprint() {
        return signerFingerprint;
    }

    public LocalDateTime getImportedAt() {
        return importedAt;
    }

    public String getImportedBy() {
        return importedBy;
    }
}
