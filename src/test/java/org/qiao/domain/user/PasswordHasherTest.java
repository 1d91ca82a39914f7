// SPDX-License-Identifier: AGPL-3.0-or-later
package org.qiao.domain.user;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class PasswordHasherTest {

    private final PasswordHasher hasher = new PasswordHasher();

    @Test
    void usesTheProductionWorkFactorAndVerifies() {
        String stored = hasher.hash("steppe-2026".toCharArray());
        assertTrue(stored.startsWith("pbkdf2-sha256$600000$"), stored);
        assertTrue(hasher.verify("steppe-2026".toCharArray(), stored));
        assertFalse(hasher.verify("steppe-2027".toCharArray(), stored));
    }

    @Test
    void theSamePasswordHashesDifferentlyEachTime() {
        PasswordHasher fast = new PasswordHasher(1_000);
        assertNotEquals(fast.hash("same".toCharArray()), fast.hash("same".toCharArray()));
    }

    @Test
    void malformedStoredValuesNeverMatch() {
        assertFalse(hasher.verify("x".toCharArray(), null));
        assertFalse(hasher.verify("x".toCharArray(), "plain-text"));
        assertFalse(hasher.verify("x".toCharArray(), "pbkdf2-sha256$abc$AAAA$AAAA"));
        assertFalse(hasher.verify("x".toCharArray(), "md5$1$AAAA$AAAA"));
    }

    @Test
    void aWeakerStoredFactorNeedsRehash() {
        String weak = new PasswordHasher(1_000).hash("pw".toCharArray());
        assertTrue(hasher.needsRehash(weak));
        assertFalse(new PasswordHasher(1_000).needsRehash(weak));
    }
}
