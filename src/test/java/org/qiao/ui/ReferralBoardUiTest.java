// SPDX-License-Identifier: AGPL-3.0-or-later
package org.qiao.ui;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;

import javafx.scene.control.CheckBox;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;

import org.junit.jupiter.api.Test;
import org.qiao.app.AppContext;
import org.qiao.domain.cases.CaseSource;
import org.qiao.ui.court.ReferralBoardViewModel;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;

/**
 * A mediator opens 诉调对接 over the demo's referrals: the board lists the referrals not yet handed back, overdue ones
 * first; filtering by a court leaves that court's; the sheet goes to the printer; Enter (as a double-click) opens the
 * case page; 登记转介 goes to the intake with a court source.
 */
class ReferralBoardUiTest extends WindowTest {

    @Start
    void start(Stage stage) {
        openWindow(stage);
    }

    @Override
    protected AppContext openContext(Path folder) {
        AppContext opened = TestDatabase.withMediator(folder);
        opened.services().demoData().generate(60, 7);
        return opened;
    }

    @Test
    void listsFiltersPrintsAndOpensReferrals(FxRobot robot) throws Exception {
        UiSteps.signIn(robot, TestDatabase.MEDIATOR, TestDatabase.MEDIATOR_PASSWORD);
        robot.clickOn("#nav-court");
        UiSteps.waitUntilShowing(robot, "#boardTable");
        TableView<ReferralBoardViewModel.Row> table = robot.lookup("#boardTable").queryTableView();
        UiSteps.waitUntil(() -> !table.getItems().isEmpty());
        int held = table.getItems().size();
        assertTrue(table.getItems().stream().noneMatch(r -> r.status().startsWith("已退回")
            || r.status().equals("法院结果已登记")), "only referrals not handed back");
        assertTrue(UiSteps.text(robot, "#summary").startsWith("共 " + held + " 件"));

        CheckBox onlyHeld = robot.lookup("#onlyHeld").queryAs(CheckBox.class);
        robot.interact(() -> onlyHeld.setSelected(false));
        UiSteps.waitUntil(() -> table.getItems().size() > held);
        assertTrue(table.getItems().stream().anyMatch(r -> r.status().equals("法院结果已登记")));

        ReferralBoardViewModel.Row first = table.getItems().get(0);
        ComboBox<ReferralBoardViewModel.CourtChoice> court = robot.lookup("#courtFilter").queryComboBox();
        UiSteps.waitUntil(() -> court.getItems().size() > 100);
        ReferralBoardViewModel.CourtChoice chosen = court.getItems().stream()
            .filter(c -> c.label().startsWith(first.courtName() + "（")).findFirst().orElseThrow();
        robot.interact(() -> court.setValue(chosen));
        UiSteps.waitUntil(() -> table.getItems().stream().allMatch(r -> r.court().equals(first.court())));
        assertTrue(table.getItems().stream().anyMatch(r -> r.caseNumber().equals(first.caseNumber())));

        UiSteps.press(robot, "#printSheetButton");
        UiSteps.waitUntil(() -> printer.printed.size() == 1);
        assertTrue(printer.printed.get(0).getFileName().toString().startsWith("诉调对接案件期限管控表"));

        String opened = table.getItems().get(0).caseNumber();
        robot.interact(() -> {
            table.requestFocus();
            table.getSelectionModel().select(0);
        });
        robot.type(KeyCode.ENTER);
        UiSteps.waitUntil(() -> UiSteps.isShowing(robot, "#heading")
            && UiSteps.text(robot, "#heading").startsWith(opened));

        robot.clickOn("#nav-court");
        UiSteps.press(robot, "#registerReferralButton");
        UiSteps.waitUntilShowing(robot, "#source");
        ChoiceBox<?> source = robot.lookup("#source").queryAs(ChoiceBox.class);
        UiSteps.waitUntil(() -> source.getValue() == CaseSource.COURT_DELEGATED);
    }
}
