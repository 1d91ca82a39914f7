// SPDX-License-Identifier: AGPL-3.0-or-later
package org.qiao.ui;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Objects;

import org.qiao.i18n.Messages;

/** How files are described on screen: a size a person reads at a glance, a hash short enough to compare by eye. */
public final class FileText {

    /** Hex digits of a SHA-256 shown in lists; the whole value is in the tooltip and the record. */
    public static final int SHORT_HASH = 12;

    /** The kinds of file an evidence chooser offers first (all files are offered too): scans, photos, documents. */
    public static final List<String> EVIDENCE_PATTERNS = List.of("*.pdf", "*.jpg", "*.jpeg", "*.png", "*.tif",
        "*.tiff", "*.heic", "*.doc", "*.docx", "*.xls", "*.xlsx", "*.txt");

    private final Messages messages;

    public FileText(Messages messages) {
        this.messages = Objects.requireNonNull(messages);
    }

    /** E.g. {@code 812 字节}, {@code 1.2 KB}, {@code 3.4 MB} (1 KB = 1024 bytes, one decimal). */
    public String size(long bytes) {
        if (bytes < 1024) {
            return messages.get("file.size.bytes", bytes);
        }
        String[] units = {"file.size.kb", "file.size.mb", "file.size.gb"};
        BigDecimal value = BigDecimal.valueOf(bytes);
        BigDecimal step = BigDecimal.valueOf(1024);
        int unit = -1;
        while (unit < units.length - 1 && value.compareTo(step) >= 0) {
            value = value.divide(step, 10, RoundingMode.HALF_UP);
            unit++;
        }
        return messages.get(units[unit], value.setScale(1, RoundingMode.HALF_UP).toPlainString());
    }

    /** The first {@value #SHORT_HASH} hex digits of a SHA-256, or empty. */
    public static String shortHash(String sha256) {
        return sha256 == null ? "" : sha256.substring(0, Math.min(SHORT_HASH, sha256.length()));
    }
}
