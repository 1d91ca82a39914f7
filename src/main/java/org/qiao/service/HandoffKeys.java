// SPDX-License-Identifier: AGPL-3.0-or-later
package org.qiao.service;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.Signature;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.util.Base64;
import java.util.Optional;
import org.qiao.domain.Sha256;
import org.qiao.domain.handoff.StudioKey;

/**
 * The exchange packages' cryptography, all standard so a court can check a package with its own tools: Ed25519
 * signatures (RFC 8032), keys in their standard encodings (X.509 SubjectPublicKeyInfo, PKCS#8), a public key as a
 * PEM text file, and a key's fingerprint as the lower-case hex SHA-256 of its X.509 encoding.
 */
final class HandoffKeys {

    static final String ALGORITHM = "Ed25519";
    private static final String BEGIN = "-----BEGIN PUBLIC KEY-----";
    private static final String END = "-----END PUBLIC KEY-----";

    private HandoffKeys() {
    }

    static KeyPair generate() {
        try {
            return KeyPairGenerator.getInstance(ALGORITHM).generateKeyPair();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java 17 runtime has Ed25519", e);
        }
    }

    /** The lower-case hex SHA-256 of the key's X.509 encoding. */
    static String fingerprint(PublicKey key) {
        return fingerprint(key.getEncoded());
    }

    static String fingerprint(byte[] x509) {
        return Sha256.of(x509);
    }

    /** A stored key of the studio as a key pair. */
    static KeyPair keyPair(StudioKey stored) {
        try {
            KeyFactory factory = KeyFactory.getInstance(ALGORITHM);
            PublicKey publicKey = factory.generatePublic(
                new X509EncodedKeySpec(Base64.getDecoder().decode(stored.getPublicKey())));
            PrivateKey privateKey = factory.generatePrivate(
                new PKCS8EncodedKeySpec(Base64.getDecoder().decode(stored.getPrivateKey())));
            return new KeyPair(publicKey, privateKey);
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            throw new IllegalStateException("the studio's stored signing key cannot be read", e);
        }
    }

    /** The Ed25519 public key of an X.509 encoding, or empty when it is not one. */
    static Optional<PublicKey> publicKey(byte[] x509) {
        try {
            return Optional.of(KeyFactory.getInstance(ALGORITHM).generatePublic(new X509EncodedKeySpec(x509)));
        } catch (GeneralSecurityException | RuntimeException e) {
            return Optional.empty();
        }
    }

    /**
     * The public key in PEM text (what {@code openssl pkey -pubin} reads), after comment lines that name whose key
     * it is; a reader skips everything before the BEGIN line.
     */
    static String pem(PublicKey key, String... commentLines) {
        StringBuilder text = new StringBuilder();
        for (String line : commentLines) {
            text.append("# ").append(line).append('\n');
        }
        text.append(BEGIN).append('\n')
            .append(Base64.getMimeEncoder(64, new byte[] {'\n'}).encodeToString(key.getEncoded())).append('\n')
            .append(END).append('\n');
        return text.toString();
    }

    /** The X.509 encoding in PEM text, or empty when the text holds no PEM public key. */
    static Optional<byte[]> fromPem(byte[] file) {
        String text = new String(file, StandardCharsets.UTF_8);
        int begin = text.indexOf(BEGIN);
        int end = text.indexOf(END);
        if (begin < 0 || end < begin) {
            return Optional.empty();
        }
        try {
            return Optional.of(Base64.getMimeDecoder().decode(text.substring(begin + BEGIN.length(), end).strip()));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    static byte[] sign(PrivateKey key, byte[] content) {
        try {
            Signature signature = Signature.getInstance(ALGORITHM);
            signature.initSign(key);
            signature.update(content);
            return signature.sign();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("signing with Ed25519 failed", e);
        }
    }

    /** Whether {@code signature} is {@code key}'s over {@code content}; a malformed signature is simply not. */
    static boolean verify(PublicKey key, byte[] content, byte[] signature) {
        try {
            Signature verifier = Signature.getInstance(ALGORITHM);
            verifier.initVerify(key);
            verifier.update(content);
            return verifier.verify(signature);
        } catch (GeneralSecurityException | RuntimeException e) {
            return false;
        }
    }
}
