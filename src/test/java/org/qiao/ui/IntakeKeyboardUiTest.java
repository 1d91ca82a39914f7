// SPDX-License-Identifier: AGPL-3.0-or-later
package org.qiao.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;

import javafx.scene.Node;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;

import org.qiao.app.AppContext;

/**
 * The intake form from the keyboard, in the real window: Enter moves on from field to field (across sections and
 * into the worker cards), Tab follows the form, Ctrl+Shift+N adds a worker and puts the cursor in its name, Ctrl+S
 * registers; the shortcuts leave with the screen.
 */
class IntakeKeyboardUiTest extends WindowTest {

    @Start
    void start(Stage stage) {
        openWindow(stage);
    }

    @Override
    protected AppContext openContext(Path folder) {
        return TestDatabase.withMediator(folder);
    }

    private static void focus(FxRobot robot, String query) throws Exception {
        Node node = robot.lookup(query).query();
        robot.interact(node::requestFocus);
        UiSteps.waitUntil(node::isFocused);
    }

    private static void assertFocused(FxRobot robot, String query) throws Exception {
        Node node = robot.lookup(query).query();
        UiSteps.waitUntil(node::isFocused);
        assertTrue(node.isFocused(), query);
    }

    @Test
    void enterTabAndTheShortcutsWorkTheFormFromTheKeyboard(FxRobot robot) throws Exception {
        UiSteps.signIn(robot, TestDatabase.MEDIATOR, TestDatabase.MEDIATOR_PASSWORD);
        robot.clickOn("#nav-intake");
        UiSteps.waitUntilShowing(robot, "#employerName");

        focus(robot, "#employerName");
        robot.type(KeyCode.ENTER);
        assertFocused(robot, "#creditCode");
        focus(robot, "#industry");
        robot.type(KeyCode.ENTER);
        assertFocused(robot, "#worker-0-name");
        robot.type(KeyCode.TAB);
        assertFocused(robot, "#worker-0-residentId");
        focus(robot, "#worker-0-address");
        robot.type(KeyCode.TAB);
        assertFocused(robot, "#worker-0-representative");
        focus(robot, "#worker-0-address");
        robot.type(KeyCode.ENTER);
        assertFocused(robot, "#worker-0-claim-0-amount");

        robot.press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.N).release(KeyCode.N, KeyCode.SHIFT, KeyCode.CONTROL);
        UiSteps.waitUntilShowing(robot, "#worker-1-name");
        assertFocused(robot, "#worker-1-name");

        robot.press(KeyCode.CONTROL, KeyCode.S).release(KeyCode.S, KeyCode.CONTROL);
        UiSteps.waitUntil(() -> UiSteps.text(robot, "#message").contains("需要更正"));
        assertFalse(UiSteps.text(robot, "#problem-employer-name").isEmpty(), "the empty employer is marked");
        assertEquals(0, context.services().overview().overview().totalCases());

        KeyCombination save = new KeyCodeCombination(KeyCode.S, KeyCombination.SHORTCUT_DOWN);
        assertTrue(robot.lookup("#employerName").query().getScene().getAccelerators().containsKey(save));
        robot.clickOn("#nav-cases");
        UiSteps.waitUntilShowing(robot, "#search");
        assertFalse(robot.lookup("#search").query().getScene().getAccelerators().containsKey(save),
            "Ctrl+S registers on the intake screen only");
    }
}
