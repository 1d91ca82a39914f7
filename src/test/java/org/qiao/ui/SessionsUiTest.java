// SPDX-License-Identifier: AGPL-3.0-or-later
package org.qiao.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Set;

import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;

import org.qiao.app.AppContext;
import org.qiao.domain.cases.CaseSource;
import org.qiao.domain.cases.CaseStatus;
import org.qiao.domain.cases.LedgerFilter;
import org.qiao.domain.cases.LedgerSort;
import org.qiao.domain.mediation.SessionStatus;
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
        opened.services().demoData().generate(30, 5);
        // A registered walk-in or hotline case, accepted: union mediation, whose extension needs both parties.
        caseNumber = opened.services().ledger().page(LedgerFilter.ALL.withStatuses(Set.of(CaseStatus.INTAKE)),
            LedgerSort.NEWEST_FIRST, 0, 30).rows().stream()
            .filter(row -> row.source() == CaseSource.WALK_IN || row.source() == CaseSource.HOTLINE_12351)
            .findFirst().orElseThrow().caseNumber();
        opened.services().caseStatus().change(opened.services().mediationClock().caseId(caseNumber),
            CaseStatus.ACCEPTED, null);
        opened.services().auth().logout();
        return opened;
    }

    private void openCasePage(FxRobot robot) throws Exception {
        UiSteps.signIn(robot, TestDatabase.MEDIATOR, TestDatabase.MEDIATOR_PASSWORD);
        UiSteps.searchAndOpenCase(robot, caseNumber);
        UiSteps.waitUntil(() -> UiSteps.text(robot, "#heading").startsWith(caseNumber));
    }

    private void scrollTo(FxRobot robot, String query) {
        ScrollPane page = robot.lookup("#root").queryAs(ScrollPane.class);
        robot.interact(() -> {
            var node = robot.lookup(query).query();
            double y = node.localToScene(0, 0).getY() - page.getContent().localToScene(0, 0).getY();
            page.setVvalue(Math.min(1, y / Math.max(1, page.getContent().getBoundsInLocal().getHeight()
                - page.getViewportBounds().getHeight())));
        });
    }

    @Test
    void schedulesASessionFromTheCasePageAndSeesItInTheWeekView(FxRobot robot) throws Exception {
        openCasePage(robot);
        scrollTo(robot, "#scheduleButton");
        robot.clickOn("#scheduleButton");
        UiSteps.waitUntilShowing(robot, "#sessionSave");
        UiSteps.waitUntil(() -> robot.lookup("#session-mediator-0").tryQuery().isPresent());
        assertTrue(robot.lookup("#session-mediator-0").queryAs(CheckBox.class).isSelected());
        ComboBox<?> room = robot.lookup("#sessionRoom").queryAs(ComboBox.class);
        robot.interact(() -> room.getEditor().setText("东胜区调解室一"));
        UiSteps.type(robot, "#sessionStart", "14:00");
        UiSteps.type(robot, "#sessionEnd", "15:30");
        scrollTo(robot, "#sessionSave");
        robot.clickOn("#sessionSave");
        UiSteps.waitUntilShowing(robot, "#session-0");
        assertTrue(UiSteps.text(robot, "#sessionsMessage").startsWith("已安排"), UiSteps.text(robot, "#sessionsMessage"));
        UiSteps.waitUntil(() -> UiSteps.text(robot, "#heading").contains("调解中"));

        SessionService.SessionView booked = context.services().sessions()
            .ofCase(context.services().mediationClock().caseId(caseNumber)).get(0);
        assertEquals(SessionStatus.SCHEDULED, booked.status());
        robot.clickOn("#nav-mediation");
        UiSteps.waitUntilShowing(robot, "#weekGrid");
        if (!booked.slot().date().isBefore(SessionService.monday(LocalDate.now()).plusWeeks(1))) {
            robot.clickOn("#nextWeek");
        }
        String block = "#week-session-" + booked.id();
        UiSteps.waitUntilShowing(robot, block);
        String text = robot.lookup(block).queryAs(Label.class).getText();
        assertTrue(text.startsWith(caseNumber) && text.contains("14:00–15:30 · 面对面"), text);

        robot.doubleClickOn(block);
        UiSteps.waitUntil(() -> UiSteps.isShowing(robot, "#heading")
            && UiSteps.text(robot, "#heading").startsWith(caseNumber));
    }

    @Test
    void extendsTheMediationPeriodFromTheCasePage(FxRobot robot) throws Exception {
        openCasePage(robot);
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
