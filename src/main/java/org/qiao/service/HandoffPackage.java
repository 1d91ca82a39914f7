// SPDX-License-Identifier: AGPL-3.0-or-later
package org.qiao.service;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.KeyPair;
import java.security.PublicKey;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;
import org.qiao.domain.QiaoException;
import org.qiao.domain.Sha256;
import org.qiao.store.AttachmentStore;

/**
 * The exchange package as a file (docs/handoff-format.md): a zip with {@code manifest.json}, its Ed25519 signature
 * {@code manifest.sig} (base64), the signer's public key {@code signer.pub} (PEM) and the files the manifest lists
 * with their size and SHA-256. {@link #write} writes one atomically; {@link #open} reads one and checks it in a
 * fixed order, refusing at the first check that fails with a message that names it.
 */
final class HandoffPackage {

    static final String FORMAT = "qiao-handoff";
    static final int VERSION = 1;
    static final String MANIFEST = "manifest.json";
    static final String SIGNATURE = "manifest.sig";
    static final String SIGNER = "signer.pub";
    private static final Set<String> FIXED = Set.of(MANIFEST, SIGNATURE, SIGNER);
    /** No file in a package comes near this; a larger one is damage (or a zip bomb), not a document. */
    private static final long MAX_ENTRY_BYTES = 200L * 1024 * 1024;

    static final ObjectMapper JSON = new ObjectMapper().enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);

    /** A file to put in a package, or found in one. */
    record Entry(String path, String kind, byte[] content) {
    }

    /** A package that passed every check: what the mediator is shown, the manifest and every file's content. */
    record Opened(String packageSha256, ObjectNode manifest, String signerFingerprint, String signerName,
                  boolean ownKey, Map<String, byte[]> contents) {
    }

    /** Who a key is here: a trusted key's owner, or this studio's own key. */
    record KnownKey(String name, boolean own) {
    }

    private HandoffPackage() {
    }

    /**
     * Adds {@code files} to the manifest's {@code files} list, signs the manifest with {@code key} and writes the
     * package to {@code out}: to a temporary file next to it first, then moved into place, so a failed export never
     * leaves half a package under the chosen name.
     *
     * @throws QiaoException {@code handoff.export.cannotWrite}
     */
    static void write(Path out, ObjectNode manifest, KeyPair key, String keyOwner, List<Entry> files) {
        ArrayNode list = manifest.putArray("files");
        for (Entry file : files) {
            list.addObject().put("path", file.path()).put("kind", file.kind()).put("size", file.content().length)
                .put("sha256", sha256(file.content()));
        }
        byte[] manifestBytes = json(manifest);
        Path target = out.toAbsolutePath();
        Path temporary = null;
        try {
            Files.createDirectories(target.getParent());
            // Not createTempFile: its owner-only permissions would stay on a file meant to be handed on.
            temporary = target.resolveSibling("." + target.getFileName() + "." + UUID.randomUUID() + ".part");
            try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(temporary,
                StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE))) {
                put(zip, MANIFEST, manifestBytes);
                put(zip, SIGNATURE, (Base64.getEncoder().encodeToString(HandoffKeys.sign(key.getPrivate(),
                    manifestBytes)) + "\n").getBytes(StandardCharsets.US_ASCII));
                put(zip, SIGNER, HandoffKeys.pem(key.getPublic(), keyOwner).getBytes(StandardCharsets.UTF_8));
                for (Entry file : files) {
                    put(zip, file.path(), file.content());
                }
            }
            try {
                Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            AttachmentStore.deleteQuietly(temporary);
            throw new QiaoException(e, "handoff.export.cannotWrite", out.toString(), String.valueOf(e.getMessage()));
        }
    }

    /** The manifest as written: indented UTF-8 JSON (the signature covers exactly these bytes). */
    static byte[] json(ObjectNode manifest) {
        try {
            return JSON.writerWithDefaultPrettyPrinter().writeValueAsBytes(manifest);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a tree of plain values always writes", e);
        }
    }

    private static void put(ZipOutputStream zip, String name, byte[] content) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(content);
        zip.closeEntry();
    }

    /**
     * Reads the package at {@code file} and checks it, stopping at the first failure: a readable zip, a manifest
     * that is JSON, the format's name, its version (a newer one is refused politely), the signature and the
     * signer's key present, the signature valid over the manifest's exact bytes, the signer known
     * ({@code known}), every listed file present with its size and SHA-256, and no file the manifest does not list.
     *
     * @throws QiaoException {@code handoff.check.*}, naming what failed
     */
    static Opened open(Path file, Function<String, Optional<KnownKey>> known) {
        Map<String, byte[]> contents = readZip(file);
        byte[] manifestBytes = contents.get(MANIFEST);
        if (manifestBytes == null) {
            throw new QiaoException("handoff.check.manifestMissing", MANIFEST);
        }
        ObjectNode manifest = parse(manifestBytes);
        String format = manifest.path("format").asText("");
        if (!FORMAT.equals(format)) {
            throw new QiaoException("handoff.check.format", format, FORMAT);
        }
        JsonNode version = manifest.get("formatVersion");
        if (version == null || !version.canConvertToInt() || !version.isIntegralNumber() || version.asInt() < 1) {
            throw new QiaoException("handoff.check.versionInvalid", String.valueOf(version));
        }
        if (version.asInt() > VERSION) {
            throw new QiaoException("handoff.check.newerVersion", version.asInt(), VERSION);
        }
        for (String required : List.of(SIGNER, SIGNATURE)) {
            if (!contents.containsKey(required)) {
                throw new QiaoException("handoff.check.signatureMissing", required);
            }
        }
        byte[] x509 = HandoffKeys.fromPem(contents.get(SIGNER))
            .orElseThrow(() -> new QiaoException("handoff.check.keyInvalid", SIGNER));
        PublicKey signer = HandoffKeys.publicKey(x509)
            .orElseThrow(() -> new QiaoException("handoff.check.keyInvalid", SIGNER));
        byte[] signature;
        try {
            signature = Base64.getMimeDecoder().decode(new String(contents.get(SIGNATURE), StandardCharsets.US_ASCII)
                .strip());
        } catch (IllegalArgumentException e) {
            throw new QiaoException(e, "handoff.check.signatureInvalid", MANIFEST);
        }
        if (!HandoffKeys.verify(signer, manifestBytes, signature)) {
            throw new QiaoException("handoff.check.signatureInvalid", MANIFEST);
        }
        String fingerprint = HandoffKeys.fingerprint(x509);
        KnownKey key = known.apply(fingerprint)
            .orElseThrow(() -> new QiaoException("handoff.check.unknownSigner", fingerprint));
        checkFiles(manifest, contents);
        return new Opened(sha256(file), manifest, fingerprint, key.name(), key.own(), contents);
    }

    /** Every entry's content by name; a truncated or damaged zip (or a duplicated name) is refused. */
    private static Map<String, byte[]> readZip(Path file) {
        Map<String, byte[]> contents = new LinkedHashMap<>();
        try (ZipFile zip = new ZipFile(file.toFile(), StandardCharsets.UTF_8)) {
            Enumeration<? extends ZipEntry> entries = zip.entries();
            while (entries.hasMoreElements()) {
                ZipEntry entry = entries.nextElement();
                if (entry.isDirectory()) {
                    continue;
                }
                try (InputStream in = zip.getInputStream(entry)) {
                    byte[] content = readLimited(in);
                    if (contents.put(entry.getName(), content) != null) {
                        throw new ZipException("duplicate entry " + entry.getName());
                    }
                }
            }
        } catch (IOException | RuntimeException e) {
            throw new QiaoException(e, "handoff.check.unreadable", String.valueOf(file.getFileName()));
        }
        return contents;
    }

    private static byte[] readLimited(InputStream in) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buffer = new byte[64 * 1024];
        long total = 0;
        for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
            total += n;
            if (total > MAX_ENTRY_BYTES) {
                throw new ZipException("entry larger than " + MAX_ENTRY_BYTES + " bytes");
            }
            out.write(buffer, 0, n);
        }
        return out.toByteArray();
    }

    private static ObjectNode parse(byte[] manifestBytes) {
        JsonNode tree;
        try {
            tree = JSON.readTree(manifestBytes);
        } catch (JsonProcessingException e) {
            throw new QiaoException(e, "handoff.check.manifestInvalid", MANIFEST, e.getOriginalMessage());
        } catch (IOException e) {
            throw new QiaoException(e, "handoff.check.manifestInvalid", MANIFEST, String.valueOf(e.getMessage()));
        }
        if (!(tree instanceof ObjectNode object)) {
            throw new QiaoException("handoff.check.manifestInvalid", MANIFEST, "not a JSON object");
        }
        return object;
    }

    private static void checkFiles(ObjectNode manifest, Map<String, byte[]> contents) {
        JsonNode files = manifest.path("files");
        if (!files.isArray()) {
            throw new QiaoException("handoff.check.manifestField", "files");
        }
        List<String> listed = new ArrayList<>();
        for (int i = 0; i < files.size(); i++) {
            JsonNode entry = files.get(i);
            String path = entry.path("path").asText("");
            String sha = entry.path("sha256").asText("");
            JsonNode size = entry.path("size");
            if (path.isEmpty() || FIXED.contains(path) || listed.contains(path) || !size.isIntegralNumber()
                || !sha.matches("[0-9a-f]{64}")) {
                throw new QiaoException("handoff.check.manifestField", "files[" + i + "]");
            }
            listed.add(path);
            byte[] content = contents.get(path);
            if (content == null) {
                throw new QiaoException("handoff.check.fileMissing", path);
            }
            if (content.length != size.asLong()) {
                throw new QiaoException("handoff.check.fileSize", path, size.asLong(), content.length);
            }
            if (!sha256(content).equals(sha)) {
                throw new QiaoException("handoff.check.fileHash", path);
            }
        }
        for (String name : contents.keySet()) {
            if (!FIXED.contains(name) && !listed.contains(name)) {
                throw new QiaoException("handoff.check.unlisted", name);
            }
        }
    }

    static String sha256(byte[] content) {
        return Sha256.of(content);
    }

    /** The SHA-256 of a whole package file, which identifies the package (an import is recorded under it). */
    static String sha256(Path file) {
        try {
            return sha256(Files.readAllBytes(file));
        } catch (IOException e) {
            throw new QiaoException(e, "handoff.check.unreadable", String.valueOf(file.getFileName()));
        }
    }
}
