// SPDX-License-Identifier: AGPL-3.0-or-later
package org.qiao.ui;

import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;

import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
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

    /** Signs the mediator of {@link TestDatabase#withMediator} in and opens the case page of {@code caseNumber}. */
    static void openCasePage(FxRobot robot, String caseNumber) throws Exception {
        signIn(robot, TestDatabase.MEDIATOR, TestDatabase.MEDIATOR_PASSWORD);
        searchAndOpenCase(robot, caseNumber);
        waitUntil(() -> text(robot, "#heading").startsWith(caseNumber));
    }

    /** Presses a button of the case page wherever the page is scrolled to, once it shows and can be pressed. */
    static void press(FxRobot robot, String query) throws Exception {
        waitUntilShowing(robot, query);
        Button button = robot.lookup(query).queryAs(Button.class);
        waitUntil(() -> !button.isDisabled());
        robot.interact(button::fire);
    }

    /** Scrolls the case page so that the node is in view, for steps that click with the mouse. */
    static void scrollTo(FxRobot robot, String query) {
        ScrollPane page = robot.lookup("#root").queryAs(ScrollPane.class);
        robot.interact(() -> {
            Node node = robot.lookup(query).query();
            double y = node.localToScene(0, 0).getY() - page.getContent().localToScene(0, 0).getY();
            page.setVvalue(Math.min(1, y / Math.max(1, page.getContent().getBoundsInLocal().getHeight()
                - page.getViewportBounds().getHeight())));
        });
    }

    /**
     * Schedules a face-to-face session on the case page, on the date the form proposes, with the signed-in mediator
     * (checked by default) in {@code room} from {@code start} to {@code end}; waits for the session's line. On a
     * demo case, book a morning: the demo books its sessions of the coming weeks in the afternoons, so a morning never
     * clashes with them.
     */
    static void scheduleSession(FxRobot robot, String room, String start, String end) throws Exception {
        scrollTo(robot, "#scheduleButton");
        robot.clickOn("#scheduleButton");
        waitUntilShowing(robot, "#sessionSave");
        waitUntil(() -> robot.lookup("#session-mediator-0").tryQuery().isPresent());
        ComboBox<?> rooms = robot.lookup("#sessionRoom").queryAs(ComboBox.class);
        robot.interact(() -> rooms.getEditor().setText(room));
        type(robot, "#sessionStart", start);
        type(robot, "#sessionEnd", end);
        scrollTo(robot, "#sessionSave");
        robot.clickOn("#sessionSave");
        waitUntilShowing(robot, "#session-0");
    }

    static void waitUntilShowing(FxRobot robot, String query) throws Exception {
        waitUntil(() -> isShowing(robot, query));
    }

    static void waitUntil(Callable<Boolean> condition) throws Exception {
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, condition);
        WaitForAsyncUtils.waitForFxEvents();
    }
}
