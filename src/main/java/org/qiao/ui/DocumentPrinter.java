// SPDX-License-Identifier: AGPL-3.0-or-later
package org.qiao.ui;

import java.nio.file.Path;

/**
 * Hands a finished document to the system: its PDF viewer or its default printer. Both may take a while and are
 * called off the JavaFX thread; tests replace this with a fake that records the files.
 */
public interface DocumentPrinter {

    /**
     * Opens {@code pdf} in the system's viewer.
     *
     * @throws org.qiao.domain.QiaoException {@code printing.viewer.none} (the file's path) when nothing can open it
     */
    void open(Path pdf);

    /**
     * Sends {@code pdf} to the default printer.
     *
     * @throws org.qiao.domain.QiaoException {@code printing.print.failed} (the file's path, what went wrong)
     */
    void print(Path pdf);
}
