// SPDX-License-Identifier: AGPL-3.0-or-later
package org.qiao.domain.handoff;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDateTime;
import java.util.Objects;

/**
 * The studio's own key pair for signing exchange packages (V15 {@code studio_key}), both halves as base64 of their
 * standard encodings (X.509 for the public key, PKCS#8 for the private one). The private key never leaves the
 * database; the audit trail only says that one was set. A retired key stays, so packages it signed are still known.
 */
@Entity
@Table(name = "studio_key")
public class StudioKey {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, length = 20)
    private String algorithm;

    @Column(name = "public_key", nullable = false, length = 200)
    private String publicKey;

    @Column(name = "private_key", nullable = false, length = 400)
    private String privateKey;

    @Column(nullable = false, length = 64)
    private String fingerprint;

    @Column(name = "created_at", nullable = false)
    private LocalDateTime createdAt;

    @Column(name = "created_by", nullable = false, length = 100)
    private String createdBy;

    @Column(name = "retired_at")
    private LocalDateTime retiredAt;

    protected StudioKey() {
        // for JPA
    }

    public StudioKey(String algorithm, String publicKey, String privateKey, String fingerprint,
        LocalDateTime createdAt, String createdBy) {
        this.algorithm = Objects.requireNonNull(algorithm);
        this.publicKey = Objects.requireNonNull(publicKey);
        this.privateKey = Objects.requireNonNull(privateKey);
        this.fingerprint = Objects.requireNonNull(fingerprint);
        this.createdAt = Objects.requireNonNull(createdAt);
        this.createdBy = Objects.requireNonNull(createdBy);
    }

    public Long getId() {
        return id;
    }

    public String getAlgorithm() {
        return algorithm;
    }

    public String getPublicKey() {
        return publicKey;
    }

    public String getPrivateKey() {
        return privateKey;
    }

    public String getFingerprint() {
        return fingerprint;
    }

    public LocalDateTime getCreatedAt() {
        return createdAt;
    }

    public String getCreatedBy() {
        return createdBy;
    }

    public LocalDateTime getRetiredAt() {
        return retiredAt;
    }
}
