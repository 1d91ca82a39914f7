// SPDX-License-Identifier: AGPL-3.0-or-later
package org.qiao.app;

import java.lang.management.ManagementFactory;

import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;

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
            stage.setScene(new Scene(new StackPane(new Label("Qiao")), 1180, 760));
            stage.setOnShown(event -> Platform.runLater(() -> {
                System.out.println("window-shown-ms=" + (System.currentTimeMillis() - jvmStart));
                System.exit(0);
            }));
            stage.show();
        });
    }
}
