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
 * A court's (or another studio's) public key whose packages this studio accepts (V15 {@code trusted_key}): the key
 * as base64 of its X.509 encoding, its fingerprint, whose it is and which administrator trusted it. A retired key
 * (V17, 撤销信任) stays on record but signs nothing this studio accepts; trusting it again puts it back in force.
 */
@Entity
@Table(name = "trusted_key")
public class TrustedKey {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "owner_name", nullable = false, length = 200)
    private String ownerName;

    @Column(name = "public_key", nullable = false, length = 200)
    private String publicKey;

    @Column(nullable = false, length = 64)
    private String fingerprint;

    @Column(name = "added_at", nullable = false)
    private LocalDateTime addedAt;

    @Column(name = "added_by", nullable = false, length = 100)
    private String addedBy;

    @Column(name = "retired_at")
    private LocalDateTime retiredAt;

    @Column(name = "retired_by", length = 100)
    private String retiredBy;

    protected TrustedKey() {
        // for JPA
    }

    public TrustedKey(String ownerName, String publicKey, String fingerprint, LocalDateTime addedAt, String addedBy) {
        this.ownerName = Objects.requireNonNull(ownerName);
        this.publicKey = Objects.requireNonNull(publicKey);
        this.fingerprint = Objects.requireNonNull(fingerprint);
        this.addedAt = Objects.requireNonNull(addedAt);
        this.addedBy = Objects.requireNonNull(addedBy);
    }

    public Long getId() {
        return id;
    }

    public String getOwnerName() {
        return ownerName;
    }

    public String getPublicKey() {
        return publicKey;
    }

    public String getFingerprint() {
        return fingerprint;
    }

    public LocalDateTime getAddedAt() {
        return addedAt;
    }

    public String getAddedBy() {
        return addedBy;
    }

    public LocalDateTime getRetiredAt() {
        return retiredAt;
    }

    public String getRetiredBy() {
        return retiredBy;
    }

    /** Whether packages this key signs are accepted. */
    public boolean isInForce() {
        return retiredAt == null;
    }

    /** Stops trusting the key from {@code at}; the row stays. */
    public void retire(LocalDateTime at, String by) {
        this.retiredAt = Objects.requireNonNull(at);
        this.retiredBy = Objects.requireNonNull(by);
    }

    /** Trusts a retired key again, as {@code owner}'s, from {@code at}. */
    public void trustAgain(String owner, LocalDateTime at, String by) {
        this.ownerName = Objects.requireNonNull(owner);
        this.addedAt = Objects.requireNonNull(at);
        this.addedBy = Objects.requireNonNull(by);
        this.retiredAt = null;
        this.retiredBy = null;
    }
}
