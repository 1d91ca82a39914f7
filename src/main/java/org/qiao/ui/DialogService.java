// SPDX-License-Identifier: AGPL-3.0-or-later
package org.qiao.ui;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * The one way screens open dialogs: it sets the owner window and returns typed results. Tests replace it with a
 * fake that answers at once.
 */
public interface DialogService {

    void showError(String title, String message);

    void showInformation(String title, String message);

    boolean confirm(String title, String message);

    /** Asks for a file to read; {@code pattern} such as {@code *.csv}. Empty when cancelled. */
    Optional<Path> chooseFileToOpen(String title, String filterName, String pattern);

    /**
     * Asks for one or more files to read, e.g. evidence scans; {@code patterns} such as {@code *.pdf}, with an "all
     * files" choice as well. Empty when cancelled.
     */
    List<Path> chooseFilesToOpen(String title, String filterName, List<String> patterns);

    /**
     * Opens {@code file} in the program the system uses for its type (a PDF viewer, an image viewer).
     *
     * @throws org.qiao.domain.QiaoException {@code dialog.open.failed} when the system cannot open it
     */
    void openWithSystem(Path file);

    /**
     * Asks where to save a new file; {@code pattern} such as {@code *.xlsx}, {@code initialName} the suggested
     * file name. Empty when cancelled.
     */
    Optional<Path> chooseFileToSave(String title, String filterName, String pattern, String initialName);

    /** Asks for a line of text, e.g. the reason for a decision; empty when cancelled. */
    Optional<String> askText(String title, String prompt);

    /** Asks for a new password twice; empty when cancelled. Element 0 is the password, element 1 the repeat. */
    Optional<char[][]> askNewPassword(String title, String prompt);
}
