// SPDX-License-Identifier: AGPL-3.0-or-later
package org.qiao.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Set;

import javafx.scene.control.Button;
import javafx.scene.control.TextInputControl;
import javafx.stage.Stage;

import org.junit.jupiter.api.Test;
import org.qiao.app.AppContext;
import org.qiao.domain.agreement.AgreementStatus;
import org.qiao.domain.cases.CaseStatus;
import org.qiao.domain.cases.LedgerFilter;
import org.qiao.domain.cases.LedgerSort;
import org.qiao.domain.money.Money;
import org.qiao.service.AgreementVersion;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;

/**
 * A mediator opens a case in mediation, drafts its agreement, agrees a different amount for the first worker
 * (refused until the payment matches, then split into one payment), signs it, and sees the version locked and the
 * case at 达成协议.
 */
class AgreementUiTest extends WindowTest {

    private String number;

    @Start
    void start(Stage stage) {
        openWindow(stage);
    }

    @Override
    protected AppContext openContext(Path folder) {
        AppContext opened = TestDatabase.withMediator(folder);
        TestDatabase.signInMediator(opened);
        opened.services().demoData().generate(30, 5);
        number = opened.services().ledger().page(LedgerFilter.ALL.withStatuses(Set.of(CaseStatus.IN_MEDIATION)),
            LedgerSort.NEWEST_FIRST, 0, 1).rows().get(0).caseNumber();
        opened.services().auth().logout();
        return opened;
    }

    @Test
    void draftsChangesAnAmountAndSignsTheAgreement(FxRobot robot) throws Exception {
        UiSteps.openCasePage(robot, number);
        UiSteps.waitUntilShowing(robot, "#agreement-section");

        UiSteps.press(robot, "#agreement-draft");
        UiSteps.waitUntilShowing(robot, "#agreement-worker-0-item-0");
        UiSteps.type(robot, "#agreement-worker-0-item-0", "500.00");
        UiSteps.press(robot, "#agreement-save");
        UiSteps.waitUntilShowing(robot, "#agreement-problem-worker-0-payments");
        assertEquals("500.00", robot.lookup("#agreement-worker-0-item-0").queryAs(TextInputControl.class).getText(),
            "what was typed stays");

        UiSteps.type(robot, "#agreement-worker-0-months", "1");
        UiSteps.press(robot, "#agreement-worker-0-split");
        UiSteps.press(robot, "#agreement-save");
        UiSteps.waitUntilShowing(robot, "#agreement-1-text");
        assertTrue(UiSteps.text(robot, "#agreement-1-text").contains("草稿"), UiSteps.text(robot, "#agreement-1-text"));

        UiSteps.press(robot, "#agreement-1-sign");
        UiSteps.waitUntil(() -> UiSteps.text(robot, "#agreement-1-text").contains("已签署"));
        UiSteps.waitUntil(() -> UiSteps.text(robot, "#heading").contains("达成协议"));
        assertTrue(robot.lookup("#agreement-1-edit").queryAs(Button.class).isDisabled(), "a signed version is locked");
        UiSteps.waitUntilShowing(robot, "#agreement-1-newVersion");

        long caseId = context.services().agreements().caseId(number);
        AgreementVersion signed = context.services().agreements().versions(caseId).get(0);
        assertEquals(AgreementStatus.SIGNED, signed.status());
        assertEquals(Money.parse("500.00"), context.services().agreements().open(signed.id()).content().workers()
            .get(0).items().get(0).amount());
        assertEquals(CaseStatus.AGREEMENT_SIGNED, context.services().ledger().show(number).orElseThrow().status());
    }
}
