// SPDX-License-Identifier: AGPL-3.0-or-later
package org.qiao.ui;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.qiao.domain.QiaoException;

/**
 * Records the files handed to the viewer and the printer; {@link #noViewer} makes opening fail as on a bare PC,
 * {@link #printerProblem} makes printing fail as the system reports it.
 */
public final class FakeDocumentPrinter implements DocumentPrinter {

    public final List<Path> opened = new ArrayList<>();
    public final List<Path> printed = new ArrayList<>();
    public boolean noViewer;
    /** When set, printing fails with this as the system's reason. */
    public String printerProblem;

    @Override
    public void open(Path pdf) {
        if (noViewer) {
            throw new QiaoException("printing.viewer.none", pdf.toString());
        }
        opened.add(pdf);
    }

    @Override
    public void print(Path pdf) {
        if (printerProblem != null) {
            throw new QiaoException("printing.print.failed", pdf.toString(), printerProblem);
        }
        printed.add(pdf);
    }
}
