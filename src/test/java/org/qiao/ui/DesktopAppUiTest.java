// SPDX-License-Identifier: AGPL-3.0-or-later
package org.qiao.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Locale;

import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TextInputControl;
import javafx.scene.control.ToggleButton;
import org.junit.jupiter.api.Test;
import javafx.stage.Stage;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import org.qiao.app.AppContext;
import org.qiao.app.AppSettings;
import org.qiao.service.UserSession;
import org.qiao.ui.main.Section;

/** The real window on a new embedded database: first administrator, every rail section, sign out, sign in. */
class DesktopAppUiTest extends WindowTest {

    @Start
    void start(Stage stage) {
        openWindow(stage);
    }

    @Override
    protected AppContext openContext(Path folder) {
        // The production password work factor, as a newcomer's first start has it.
        AppSettings settings = new AppSettings(folder, null, null, null, Locale.SIMPLIFIED_CHINESE, false);
        return new AppContext(settings, UserSession.forOperatingSystemUser());
    }

    @Test
    void createsTheAdministratorWalksEverySectionAndSignsInAgain(FxRobot robot) throws Exception {
        UiSteps.waitUntilShowing(robot, "#setupUsername");
        UiSteps.type(robot, "#setupUsername", "admin");
        UiSteps.type(robot, "#setupDisplayName", "巴特尔·朝鲁");
        UiSteps.type(robot, "#setupPassword", "correct-horse-1");
        UiSteps.type(robot, "#setupConfirmation", "correct-horse-2");
        robot.clickOn("#setupButton");
        UiSteps.waitUntil(() -> !UiSteps.text(robot, "#message").isEmpty());
        assertEquals("两次输入的密码不一致。", UiSteps.text(robot, "#message"));
        assertEquals("admin", robot.lookup("#setupUsername").queryAs(TextInputControl.class).getText(),
            "a rejected form keeps what was typed");

        UiSteps.type(robot, "#setupPassword", "correct-horse-1");
        UiSteps.type(robot, "#setupConfirmation", "correct-horse-1");
        robot.clickOn("#setupButton");
        UiSteps.waitUntilShowing(robot, "#nav-dashboard");
        assertTrue(UiSteps.text(robot, "#userLine").contains("巴特尔·朝鲁"));
        UiSteps.waitUntil(() -> "0".equals(UiSteps.text(robot, "#totalCases")));

        for (Section section : Section.values()) {
            robot.clickOn("#nav-" + section.id());
            WaitForAsyncUtils.waitForFxEvents();
            assertTrue(robot.lookup("#nav-" + section.id()).queryAs(ToggleButton.class).isSelected());
            if (section.isBuilt()) {
                assertFalse(robot.lookup("#statement").tryQuery().map(UiSteps::showing).orElse(false));
            } else {
                Label statement = robot.lookup("#statement").queryAs(Label.class);
                assertTrue(statement.getText().contains("尚未建成"), statement.getText());
            }
        }
        TableView<?> users = robot.lookup("#userTable").queryAs(TableView.class);
        UiSteps.waitUntil(() -> users.getItems().size() == 1);

        robot.clickOn("#signOutButton");
        UiSteps.waitUntilShowing(robot, "#loginPassword");
        UiSteps.type(robot, "#loginUsername", "admin");
        UiSteps.type(robot, "#loginPassword", "wrong-password");
        robot.clickOn("#loginButton");
        UiSteps.waitUntil(() -> "用户名或密码不正确。".equals(UiSteps.text(robot, "#message")));
        UiSteps.type(robot, "#loginPassword", "correct-horse-1");
        robot.clickOn("#loginButton");
        UiSteps.waitUntilShowing(robot, "#nav-dashboard");
        assertFalse(robot.lookup("#loginPassword").tryQuery().map(UiSteps::showing).orElse(false));
    }

}
