// SPDX-License-Identifier: AGPL-3.0-or-later
package org.qiao.domain.court;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.Objects;

/**
 * One material received with a referral's file, with its scan when one was made (stored in the attachment folder
 * under the SHA-256 of its content, like evidence). Written once with the referral.
 */
@Entity
@Table(name = "referral_material")
public class ReferralMaterial {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "referral_id", nullable = false)
    private Long referralId;

    @Enumerated(EnumType.STRING)
    @Column(name = "material", nullable = false, length = 30)
    private MaterialKind material;

    @Column(length = 300)
    private String note;

    @Column(name = "file_name", length = 255)
    private String fileName;

    @Column(name = "size_bytes")
    private Long sizeBytes;

    @Column(length = 64)
    private String sha256;

    @Column(name = "stored_name", length = 100)
    private String storedName;

    protected ReferralMaterial() {
        // for JPA
    }

    /** A material received without a scan. */
    public ReferralMaterial(long referralId, MaterialKind material, String note) {
        this.referralId = referralId;
        this.material = Objects.requireNonNull(material);
        this.note = note;
    }

    /** A material received with its scan, already in the attachment folder. */
    public ReferralMaterial(long referralId, MaterialKind material, String note, String fileName, long sizeBytes,
        String sha256, String storedName) {
        this(referralId, material, note);
        this.fileName = Objects.requireNonNull(fileName);
        this.sizeBytes = sizeBytes;
        this.sha256 = Objects.requireNonNull(sha256);
        this.storedName = Objects.requireNonNull(storedName);
    }

    public Long getId() {
        return id;
    }

    public long getReferralId() {
        return referralId;
    }

    public MaterialKind getMaterial() {
        return material;
    }

    public String getNote() {
        return note;
    }

    /** The scan's original file name, or {@code null} when no scan was made. */
    public String getFileName() {
        return fileName;
    }

    public Long getSizeBytes() {
        return sizeBytes;
    }

    public String getSha256() {
        return sha256;
    }

    public String getStoredName() {
        return storedName;
    }
}
