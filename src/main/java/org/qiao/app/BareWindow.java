// SPDX-License-Identifier: AGPL-3.0-or-later
package org.qiao.app;

import java.lang.management.ManagementFactory;

import javafx.application.Platform;
import javafx.geometry.Dimension2D;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;

import org.qiao.ui.WindowSize;

/**
 * The baseline of {@code qiao bench startup}: a bare JavaFX window with one label, started the same way as Qiao,
 * printing the milliseconds from JVM start to the window shown.
 */
public final class BareWindow {

    private BareWindow() {
    }

    public static void main(String[] args) {
        long jvmStart = ManagementFactory.getRuntimeMXBean().getStartTime();
        Platform.startup(() -> {
            Stage stage = new Stage();
            // The same size as Qiao's sign-in window, so the comparison is fair.
            Dimension2D size = WindowSize.SIGN_IN;
            stage.setScene(new Scene(new StackPane(new Label("Qiao")), size.getWidth(), size.getHeight()));
            stage.setOnShown(event -> Platform.runLater(() -> {
                System.out.println("window-shown-ms=" + (System.currentTimeMillis() - jvmStart));
                System.exit(0);
            }));
            stage.show();
        });
    }
}
