// SPDX-License-Identifier: AGPL-3.0-or-later
package org.qiao.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.EnumSet;

import javafx.scene.control.CheckBox;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import org.qiao.app.AppContext;
import org.qiao.domain.cases.CaseSource;
import org.qiao.domain.cases.CaseStatus;
import org.qiao.domain.cases.LedgerRow;
import org.qiao.domain.court.Court;

/**
 * A mediator registers a 委派 referral from 东胜区人民法院 in the real window: picks the court by typing part of its
 * name, sees a court case number of another court refused on its field, corrects it, saves, and opens the case.
 */
class ReferralIntakeUiTest extends WindowTest {

    @Start
    void start(Stage stage) {
        openWindow(stage);
    }

    @Override
    protected AppContext openContext(Path folder) {
        return TestDatabase.withMediator(folder);
    }

    @Test
    @SuppressWarnings("unchecked")
    void registersADelegatedReferralThroughTheScreen(FxRobot robot) throws Exception {
        UiSteps.signIn(robot, TestDatabase.MEDIATOR, TestDatabase.MEDIATOR_PASSWORD);
        robot.clickOn("#nav-intake");
        UiSteps.waitUntilShowing(robot, "#employerName");
        ChoiceBox<CaseSource> source = robot.lookup("#source").queryAs(ChoiceBox.class);
        assertTrue(source.getItems().contains(CaseSource.COURT_INVITED), "特邀 is a source");
        robot.interact(() -> source.setValue(CaseSource.COURT_DELEGATED));
        UiSteps.waitUntilShowing(robot, "#courtChoice");
        UiSteps.waitUntilShowing(robot, "#material-REFERRAL_LETTER");
        assertEquals("签收日期", UiSteps.text(robot, "#receivedDateLabel"));

        ComboBox<Court> court = robot.lookup("#courtChoice").queryAs(ComboBox.class);
        UiSteps.waitUntil(() -> court.getItems().size() == 116);
        assertEquals(12, court.getVisibleRowCount(), "116 courts open as twelve rows, not the screen's height");
        assertEquals("内0602", UiSteps.chooseCourt(robot, "东胜区").getCode());

        UiSteps.type(robot, "#courtCaseNumber", "(2026)内0603民诉前调7号");
        UiSteps.type(robot, "#judgeName", "王法官");
        UiSteps.type(robot, "#judgeContact", "0477-8561234");
        DatePicker signed = robot.lookup("#receivedDate").queryAs(DatePicker.class);
        robot.interact(() -> signed.setValue(LocalDate.now().minusDays(1)));
        CheckBox letter = robot.lookup("#material-REFERRAL_LETTER").queryAs(CheckBox.class);
        robot.interact(() -> letter.setSelected(true));
        UiSteps.type(robot, "#material-COMPLAINT-note", "原件一份");
        CheckBox complaint = robot.lookup("#material-COMPLAINT").queryAs(CheckBox.class);
        robot.interact(() -> complaint.setSelected(true));

        UiSteps.fillOneWorkerCase(robot, "乌云其木格", "15060219850101088");
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(UiSteps.text(robot, "#problem-courtCaseNumber").contains("不符"),
            UiSteps.text(robot, "#problem-courtCaseNumber"));

        robot.press(KeyCode.CONTROL, KeyCode.S).release(KeyCode.S, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(UiSteps.text(robot, "#message").contains("处"), UiSteps.text(robot, "#message"));
        assertEquals("王法官", robot.lookup("#judgeName").queryAs(TextField.class).getText(), "kept as typed");

        UiSteps.type(robot, "#courtCaseNumber", "(2026)内0602民诉前调7号");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("", UiSteps.text(robot, "#problem-courtCaseNumber"));
        robot.press(KeyCode.CONTROL, KeyCode.S).release(KeyCode.S, KeyCode.CONTROL);
        UiSteps.waitUntil(() -> UiSteps.text(robot, "#message").startsWith("转介已登记"));

        LedgerRow saved = context.services().ledger().find("乌云其木格", EnumSet.allOf(CaseStatus.class), 5).get(0);
        assertEquals(CaseStatus.ACCEPTED, saved.status());
        assertEquals(CaseSource.COURT_DELEGATED, saved.source());
        assertEquals(LocalDate.now().minusDays(1), context.services().referrals().ofCase(saved.id()).orElseThrow()
            .getSignedForDate());
        String message = UiSteps.text(robot, "#message");
        assertTrue(message.contains(saved.caseNumber()) && message.contains("调解期限至 " + saved.mediationDue()),
            message);
        assertEquals(2, context.services().referrals().materials(context.services().referrals().ofCase(saved.id())
            .orElseThrow().getId()).size());

        ScrollPane scroll = robot.lookup("#scroll").queryAs(ScrollPane.class);
        robot.interact(() -> scroll.setVvalue(1.0));
        assertTrue(!UiSteps.isShowing(robot, "#acceptButton"), "the referral's case is accepted already");
        UiSteps.press(robot, "#openCaseButton");
        UiSteps.waitUntil(() -> UiSteps.text(robot, "#heading").startsWith(saved.caseNumber()));
    }
}
