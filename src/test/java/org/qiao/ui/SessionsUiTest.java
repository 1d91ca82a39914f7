// SPDX-License-Identifier: AGPL-3.0-or-later
package org.qiao.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;

import org.qiao.app.AppContext;
import org.qiao.domain.mediation.SessionStatus;
import org.qiao.domain.user.UserRef;
import org.qiao.service.SessionService;

/**
 * A mediator schedules a session from a case page and finds it in the week view; and extends the case's mediation
 * period from the case page, seeing the deadline line change.
 */
class SessionsUiTest extends WindowTest {

    private String caseNumber;

    @Start
    void start(Stage stage) {
        openWindow(stage);
    }

    @Override
    protected AppContext openContext(Path folder) {
        // Each test of the class starts a window of its own, on a database of its own.
        AppContext opened = TestDatabase.withMediator(folder.resolveSibling("db-" + System.nanoTime()));
        TestDatabase.signInMediator(opened);
        caseNumber = TestDatabase.acceptedDemoCase(opened, row -> true);
        opened.services().auth().logout();
        return opened;
    }

    @Test
    void schedulesASessionFromTheCasePageAndSeesItInTheWeekView(FxRobot robot) throws Exception {
        UiSteps.openCasePage(robot, caseNumber);
        UiSteps.scheduleSession(robot, "东胜区调解室一", "09:30", "11:00");
        assertTrue(UiSteps.text(robot, "#sessionsMessage").startsWith("已安排"), UiSteps.text(robot, "#sessionsMessage"));
        UiSteps.waitUntil(() -> UiSteps.text(robot, "#heading").contains("调解中"));

        SessionService.SessionView booked = context.services().sessions()
            .ofCase(context.services().mediationClock().caseId(caseNumber)).get(0);
        assertEquals(SessionStatus.SCHEDULED, booked.status());
        assertEquals(List.of(TestDatabase.MEDIATOR), booked.mediators().stream().map(UserRef::username).toList(),
            "the signed-in mediator is booked unless told otherwise");
        robot.clickOn("#nav-mediation");
        UiSteps.waitUntilShowing(robot, "#weekGrid");
        if (!booked.slot().date().isBefore(SessionService.monday(LocalDate.now()).plusWeeks(1))) {
            robot.clickOn("#nextWeek");
        }
        String block = "#week-session-" + booked.id();
        UiSteps.waitUntilShowing(robot, block);
        String text = robot.lookup(block).queryAs(Label.class).getText();
        assertTrue(text.startsWith(caseNumber) && text.contains("09:30–11:00 · 面对面"), text);

        robot.doubleClickOn(block);
        UiSteps.waitUntil(() -> UiSteps.isShowing(robot, "#heading")
            && UiSteps.text(robot, "#heading").startsWith(caseNumber));
    }

    @Test
    void extendsTheMediationPeriodFromTheCasePage(FxRobot robot) throws Exception {
        UiSteps.openCasePage(robot, caseNumber);
        String before = UiSteps.text(robot, "#deadline");
        robot.clickOn("#extendButton");
        UiSteps.waitUntilShowing(robot, "#clockSave");
        UiSteps.type(robot, "#clockDays", "10");
        robot.clickOn("#clockConsentWorker");
        UiSteps.type(robot, "#clockReason", "双方同意继续调解");
        robot.clickOn("#clockSave");
        UiSteps.waitUntil(() -> UiSteps.text(robot, "#clockProblem").contains("同意"));
        assertEquals("10", robot.lookup("#clockDays").queryAs(TextField.class).getText());

        robot.clickOn("#clockConsentEmployer");
        robot.clickOn("#clockSave");
        UiSteps.waitUntil(() -> UiSteps.text(robot, "#clockMessage").startsWith("已记录：调解期限至"));
        UiSteps.waitUntil(() -> !UiSteps.text(robot, "#deadline").equals(before));
        String due = UiSteps.text(robot, "#clockMessage").replace("已记录：调解期限至 ", "").replace("。", "");
        assertTrue(UiSteps.text(robot, "#deadline").startsWith("调解期限：" + due), UiSteps.text(robot, "#deadline"));
        assertNotEquals(before, UiSteps.text(robot, "#deadline"));
    }
}
