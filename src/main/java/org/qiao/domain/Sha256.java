// SPDX-License-Identifier: AGPL-3.0-or-later
package org.qiao.domain;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * SHA-256 as Qiao writes it everywhere (stored files, exchange packages and their keys, agreement fingerprints):
 * 64 lower-case hex characters.
 */
public final class Sha256 {

    private Sha256() {
    }

    /** A fresh digest, for content that is read in pieces. */
    public static MessageDigest digest() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    /** The hash of {@code content}, as text. */
    public static String of(byte[] content) {
        return text(digest().digest(content));
    }

    /** A finished digest's hash as text. */
    public static String text(MessageDigest finished) {
        return text(finished.digest());
    }

    private static String text(byte[] hash) {
        return HexFormat.of().formatHex(hash);
    }
}
