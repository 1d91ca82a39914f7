// SPDX-License-Identifier: AGPL-3.0-or-later
package org.qiao.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Set;

import javafx.scene.control.CheckBox;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.ScrollPane;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import javafx.stage.Stage;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import org.qiao.app.AppContext;
import org.qiao.domain.cases.CaseStatus;
import org.qiao.domain.identity.ResidentId;
import org.qiao.domain.region.Region;

/**
 * A mediator registers a collective case of 12 workers in the real window, finds it in the ledger screen through the
 * search box and opens its case page.
 */
class IntakeUiTest extends WindowTest {

    @Start
    void start(Stage stage) {
        openWindow(stage);
    }

    @Override
    protected AppContext openContext(Path folder) {
        return TestDatabase.withMediator(folder);
    }

    @Test
    void registersACollectiveCaseOfTwelveWorkersAndFindsItInTheLedger(FxRobot robot) throws Exception {
        UiSteps.signIn(robot, TestDatabase.MEDIATOR, TestDatabase.MEDIATOR_PASSWORD);
        robot.clickOn("#nav-intake");
        UiSteps.waitUntilShowing(robot, "#employerName");

        choose(robot, "#league", "150600");
        choose(robot, "#county", "150602");
        UiSteps.type(robot, "#employerName", "鄂尔多斯市东胜区某建筑工程有限公司");
        UiSteps.type(robot, "#creditCode", "91350100M000100Y44");
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(UiSteps.text(robot, "#problem-employer-creditCode").contains("校验"), "a wrong check character shows");
        UiSteps.type(robot, "#creditCode", "91350100M000100Y43");
        for (int i = 0; i < 12; i++) {
            if (i > 0) {
                robot.clickOn("#addWorkerButton");
            }
            UiSteps.waitUntilShowing(robot, "#worker-" + i + "-name");
            UiSteps.type(robot, "#worker-" + i + "-name", i % 2 == 0 ? "巴特尔·朝鲁" + i : "王秀兰" + i);
            String first17 = "15060219850101" + String.format("%03d", 100 + i);
            UiSteps.type(robot, "#worker-" + i + "-residentId", first17 + ResidentId.checkCharacter(first17));
            UiSteps.type(robot, "#worker-" + i + "-claim-0-amount", "8600.50");
            if (i < 3) {
                CheckBox representative = robot.lookup("#worker-" + i + "-representative").queryAs(CheckBox.class);
                robot.interact(() -> representative.setSelected(true));
            }
        }
        robot.press(KeyCode.CONTROL, KeyCode.S).release(KeyCode.S, KeyCode.CONTROL);
        UiSteps.waitUntil(() -> UiSteps.text(robot, "#message").startsWith("已登记"));
        ScrollPane scroll = robot.lookup("#scroll").queryAs(ScrollPane.class);
        robot.interact(() -> scroll.setVvalue(1.0));
        robot.clickOn("#acceptButton");
        UiSteps.waitUntil(() -> UiSteps.text(robot, "#message").startsWith("已受理"));

        var found = context.services().ledger().find("王秀兰11", Set.of(CaseStatus.ACCEPTED), 5);
        assertEquals(1, found.size());
        assertEquals(12, found.get(0).workerCount());
        assertEquals(new java.math.BigDecimal("103206.00"), found.get(0).claimed());

        // The mediator finds it in the ledger through the search box and opens its case page.
        UiSteps.searchAndOpenCase(robot, "王秀兰11");
        UiSteps.waitUntilShowing(robot, "#case-worker-11");
        assertEquals(12, robot.lookup(node -> node.getId() != null && node.getId().startsWith("case-worker-"))
            .queryAll().size());
        assertTrue(UiSteps.text(robot, "#heading").startsWith(found.get(0).caseNumber()));
        assertTrue(UiSteps.text(robot, "#totals").contains("103,206.00"), UiSteps.text(robot, "#totals"));
        robot.clickOn("#backButton");
        UiSteps.waitUntilShowing(robot, "#table");
    }

    @SuppressWarnings("unchecked")
    private static void choose(FxRobot robot, String query, String code) {
        ChoiceBox<Region> box = robot.lookup(query).queryAs(ChoiceBox.class);
        robot.interact(() -> box.setValue(box.getItems().stream().filter(r -> r.code().equals(code)).findFirst()
            .orElseThrow()));
    }

}
