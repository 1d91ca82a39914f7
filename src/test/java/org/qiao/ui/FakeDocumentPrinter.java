// SPDX-License-Identifier: AGPL-3.0-or-later
package org.qiao.ui;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.qiao.domain.QiaoException;

/** Records the files handed to the viewer and the printer; {@link #noViewer} makes opening fail as on a bare PC. */
public final class FakeDocumentPrinter implements DocumentPrinter {

    public final List<Path> opened = new ArrayList<>();
    public final List<Path> printed = new ArrayList<>();
    public boolean noViewer;

    @Override
    public void open(Path pdf) {
        if (noViewer) {
            throw new QiaoException("printing.viewer.none", pdf.toString());
        }
        opened.add(pdf);
    }

    @Override
    public void print(Path pdf) {
        printed.add(pdf);
    }
}
