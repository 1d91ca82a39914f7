// SPDX-License-Identifier: AGPL-3.0-or-later
package org.qiao.ui;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;

/**
 * Where the documents a screen prints go: written to the documents folder under a name every file system takes,
 * then handed to the system viewer or the printer. Both steps may take a while, so call it off the JavaFX thread.
 */
public final class DocumentOutput {

    /** What becomes of the written file. */
    public enum Delivery {
        /** Opened in the system's PDF viewer. */
        OPEN,
        /** Sent to the default printer. */
        PRINT
    }

    private final DocumentPrinter printer;
    private final Path folder;

    public DocumentOutput(DocumentPrinter printer, Path folder) {
        this.printer = Objects.requireNonNull(printer);
        this.folder = Objects.requireNonNull(folder);
    }

    /**
     * Writes {@code pdf} as {@code <name>.pdf} in the documents folder (over an earlier copy) and delivers it.
     *
     * @return the file written, which stays there when the viewer or printer fails
     * @throws org.qiao.domain.QiaoException as {@link DocumentPrinter} refuses
     */
    public Path deliver(String name, byte[] pdf, Delivery delivery) {
        Path file = folder.resolve(fileName(name));
        try {
            Files.createDirectories(folder);
            Files.write(file, pdf);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (delivery == Delivery.OPEN) {
            printer.open(file);
        } else {
            printer.print(file);
        }
        return file;
    }

    /** {@code name} with the characters no file system takes (and white space) replaced, and {@code .pdf}. */
    static String fileName(String name) {
        return name.replaceAll("[\\\\/:*?\"<>|\\s]", "_") + ".pdf";
    }
}
