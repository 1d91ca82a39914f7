// SPDX-License-Identifier: AGPL-3.0-or-later
package org.qiao.ui;

import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;

import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** What the headless UI tests do with the window: type into fields, read labels, wait for what a person sees. */
final class UiSteps {

    private UiSteps() {
    }

    /** Puts {@code text} into the field, as typing would (Chinese included, which a robot keyboard cannot type). */
    static void type(FxRobot robot, String query, String text) {
        TextInputControl field = robot.lookup(query).queryAs(TextInputControl.class);
        robot.interact(() -> {
            field.requestFocus();
            field.setText(text);
        });
    }

    /** The text of a label, or empty when it is not there. */
    static String text(FxRobot robot, String query) {
        return robot.lookup(query).tryQuery().map(node -> ((Label) node).getText()).orElse("");
    }

    /** Visible itself and inside visible parents, in a scene: what a person sees. */
    static boolean showing(Node node) {
        for (Node n = node; n != null; n = n.getParent()) {
            if (!n.isVisible()) {
                return false;
            }
        }
        return node.getScene() != null;
    }

    static boolean isShowing(FxRobot robot, String query) {
        return robot.lookup(query).tryQuery().map(UiSteps::showing).orElse(false);
    }

    /** Signs in on the sign-in card and waits for the main window's navigation. */
    static void signIn(FxRobot robot, String username, String password) throws Exception {
        waitUntilShowing(robot, "#loginUsername");
        type(robot, "#loginUsername", username);
        type(robot, "#loginPassword", password);
        robot.clickOn("#loginButton");
        waitUntilShowing(robot, "#nav-intake");
    }

    /** Goes to the ledger, searches for {@code search}, which must find one case, and opens its case page. */
    static void searchAndOpenCase(FxRobot robot, String search) throws Exception {
        robot.clickOn("#nav-cases");
        waitUntilShowing(robot, "#search");
        type(robot, "#search", search);
        robot.clickOn("#searchButton");
        TableView<?> table = robot.lookup("#table").queryAs(TableView.class);
        waitUntil(() -> table.getItems().size() == 1);
        robot.interact(() -> {
            table.requestFocus();
            table.getSelectionModel().select(0);
        });
        robot.type(KeyCode.ENTER);
    }

    static void waitUntilShowing(FxRobot robot, String query) throws Exception {
        waitUntil(() -> isShowing(robot, query));
    }

    static void waitUntil(Callable<Boolean> condition) throws Exception {
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, condition);
        WaitForAsyncUtils.waitForFxEvents();
    }
}
