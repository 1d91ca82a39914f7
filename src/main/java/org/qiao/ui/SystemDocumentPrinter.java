// SPDX-License-Identifier: AGPL-3.0-or-later
package org.qiao.ui;

import java.awt.Desktop;
import java.awt.GraphicsEnvironment;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;

import org.qiao.domain.QiaoException;

/**
 * The system's viewer and printer. On Linux through {@code xdg-open} and CUPS's {@code lp}, whose exit codes say
 * whether it worked (java.awt.Desktop there depends on GNOME libraries and reports nothing when no viewer is set
 * up); elsewhere through {@link Desktop}, falling back to {@code lp} on macOS.
 */
public final class SystemDocumentPrinter implements DocumentPrinter {

    /** How long a viewer launcher may run before it counts as having opened the file. */
    private static final long LAUNCH_SECONDS = 5;
    private static final long PRINT_SECONDS = 60;

    private final boolean linux = System.getProperty("os.name", "").toLowerCase(Locale.ROOT).contains("linux");

    @Override
    public void open(Path pdf) {
        String path = pdf.toAbsolutePath().toString();
        if (!linux && desktopSupports(Desktop.Action.OPEN)) {
            try {
                Desktop.getDesktop().open(pdf.toFile());
                return;
            } catch (IOException | RuntimeException e) {
                throw new QiaoException(e, "printing.viewer.none", path);
            }
        }
        // xdg-open exits non-zero when no program is set up for PDFs; a viewer started in the foreground keeps it
        // running, which means it opened.
        Result result = run(List.of("xdg-open", path), LAUNCH_SECONDS);
        if (result.failed()) {
            throw new QiaoException("printing.viewer.none", path);
        }
    }

    @Override
    public void print(Path pdf) {
        String path = pdf.toAbsolutePath().toString();
        if (!linux && desktopSupports(Desktop.Action.PRINT)) {
            try {
                Desktop.getDesktop().print(pdf.toFile());
                return;
            } catch (IOException | RuntimeException e) {
                throw new QiaoException(e, "printing.print.failed", path, String.valueOf(e.getMessage()));
            }
        }
        Result result = run(List.of("lp", path), PRINT_SECONDS);
        if (result.failed()) {
            throw new QiaoException("printing.print.failed", path, result.output());
        }
    }

    private static boolean desktopSupports(Desktop.Action action) {
        return !GraphicsEnvironment.isHeadless() && Desktop.isDesktopSupported()
            && Desktop.getDesktop().isSupported(action);
    }

    /** How a command ended: {@code failed} when it could not start or exited non-zero within the time given. */
    private record Result(boolean failed, String output) {
    }

    private static Result run(List<String> command, long seconds) {
        try {
            Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
            if (!process.waitFor(seconds, TimeUnit.SECONDS)) {
                return new Result(false, "");
            }
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
            return new Result(process.exitValue() != 0, output.isEmpty() ? "exit " + process.exitValue() : output);
        } catch (IOException e) {
            return new Result(true, String.valueOf(e.getMessage()));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Result(true, "interrupted");
        }
    }
}
