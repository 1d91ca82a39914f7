// SPDX-License-Identifier: AGPL-3.0-or-later
package org.qiao.store;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.util.Objects;
import org.qiao.domain.QiaoException;
import org.qiao.domain.Sha256;

/**
 * The folder where attached files are kept, each once, under the lower-case hex SHA-256 of its content: the same
 * file attached to two cases (or twice) is one copy. Files are written to a temporary name first and then moved
 * into place, so a half-copied file never carries a hash name.
 */
public final class AttachmentStore {

    /** What was stored: the content's SHA-256 (also the stored file name) and its size in bytes. */
    public record StoredFile(String sha256, long size) {
    }

    private final Path directory;

    public AttachmentStore(Path directory) {
        this.directory = Objects.requireNonNull(directory, "directory").toAbsolutePath().normalize();
    }

    public Path directory() {
        return directory;
    }

    /**
     * Copies {@code source} into the store unless a file with the same content is already there.
     *
     * @throws QiaoException {@code evidence.file.unreadable} when the file cannot be read or the folder written
     */
    public StoredFile put(Path source) {
        Path temporary = null;
        try {
            Files.createDirectories(directory);
            temporary = Files.createTempFile(directory, "incoming-", ".part");
            MessageDigest digest = Sha256.digest();
            long size;
            try (InputStream in = new DigestInputStream(Files.newInputStream(source), digest);
                 OutputStream out = Files.newOutputStream(temporary)) {
                size = in.transferTo(out);
            }
            String hash = Sha256.text(digest);
            Path target = directory.resolve(hash);
            if (Files.exists(target)) {
                Files.delete(temporary);
            } else {
                try {
                    Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE);
                } catch (FileAlreadyExistsException raced) {
                    Files.delete(temporary);
                }
            }
            return new StoredFile(hash, size);
        } catch (IOException e) {
            deleteQuietly(temporary);
            throw new QiaoException(e, "evidence.file.unreadable", source.toString(), String.valueOf(e.getMessage()));
        }
    }

    /**
     * The SHA-256 and size of {@code file} as it is now, without storing it: what the intake screen shows for a
     * chosen file before the case is saved.
     *
     * @throws QiaoException {@code evidence.file.unreadable} when the file cannot be read
     */
    public StoredFile measure(Path file) {
        MessageDigest digest = Sha256.digest();
        try (InputStream in = new DigestInputStream(Files.newInputStream(file), digest)) {
            long size = in.transferTo(OutputStream.nullOutputStream());
            return new StoredFile(Sha256.text(digest), size);
        } catch (IOException e) {
            throw new QiaoException(e, "evidence.file.unreadable", file.toString(), String.valueOf(e.getMessage()));
        }
    }

    /**
     * A copy of the stored file of {@code sha256}, named {@code fileName} in a new folder under {@code folder}, for
     * a viewer to open: the viewer sees the original name (and so the type), and whatever it does to the copy leaves
     * the stored original alone. The content is checked against {@code sha256} while it is copied.
     *
     * @throws QiaoException {@code evidence.file.missing}, {@code evidence.file.corrupted}, or
     *     {@code evidence.file.unreadable} when the copy cannot be written
     */
    public Path copyForViewing(String sha256, String fileName, Path folder) {
        Path stored = stored(sha256);
        Path copy;
        try {
            Files.createDirectories(folder);
            copy = Files.createTempDirectory(folder, sha256.substring(0, 8) + "-").resolve(safeName(fileName));
        } catch (IOException e) {
            throw new QiaoException(e, "evidence.file.unreadable", folder.toString(), String.valueOf(e.getMessage()));
        }
        MessageDigest digest = Sha256.digest();
        try (InputStream in = new DigestInputStream(Files.newInputStream(stored), digest);
             OutputStream out = Files.newOutputStream(copy)) {
            in.transferTo(out);
        } catch (IOException e) {
            deleteQuietly(copy);
            throw new QiaoException(e, "evidence.file.missing", stored.toString());
        }
        if (!Sha256.text(digest).equals(sha256)) {
            deleteQuietly(copy);
            throw new QiaoException("evidence.file.corrupted", stored.toString());
        }
        copy.toFile().setReadOnly();
        return copy;
    }

    /** A file name without folders or characters that Windows or Linux refuse in a name. */
    static String safeName(String fileName) {
        String name = fileName == null ? "" : fileName.replaceAll("[\\\\/:*?\"<>|\\p{Cntrl}]", "_").strip();
        return name.isEmpty() || name.equals(".") || name.equals("..") ? "evidence" : name;
    }

    private Path stored(String sha256) {
        Path file = directory.resolve(sha256);
        if (!sha256.matches("[0-9a-f]{64}") || !Files.isRegularFile(file)) {
            throw new QiaoException("evidence.file.missing", file.toString());
        }
        return file;
    }

    /**
     * The stored file of {@code sha256}, after checking that its content still has that hash.
     *
     * @throws QiaoException {@code evidence.file.missing} or {@code evidence.file.corrupted}
     */
    public Path open(String sha256) {
        Path file = stored(sha256);
        String actual;
        try (InputStream in = new DigestInputStream(Files.newInputStream(file), Sha256.digest())) {
            in.transferTo(OutputStream.nullOutputStream());
            actual = Sha256.text(((DigestInputStream) in).getMessageDigest());
        } catch (IOException e) {
            throw new QiaoException(e, "evidence.file.missing", file.toString());
        }
        if (!actual.equals(sha256)) {
            throw new QiaoException("evidence.file.corrupted", file.toString());
        }
        return file;
    }

    /**
     * Deletes a half-written ".part" file after a failure, if there is one; a leftover is harmless (never read) and
     * must not hide the failure that left it.
     */
    public static void deleteQuietly(Path file) {
        if (file == null) {
            return;
        }
        try {
            Files.deleteIfExists(file);
        } catch (IOException ignored) {
            // see above
        }
    }
}
