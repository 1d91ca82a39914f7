// SPDX-License-Identifier: AGPL-3.0-or-later
package org.qiao.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javafx.scene.control.TableView;
import javafx.stage.Stage;

import org.junit.jupiter.api.Test;
import org.qiao.app.AppContext;
import org.qiao.document.PdfPages;
import org.qiao.domain.cases.CaseStatus;
import org.qiao.domain.money.Money;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;

/**
 * The whole flow in the window, on one accepted case with one worker: a mediator schedules a session (the
 * case goes into mediation), drafts the agreement with the claim split into two monthly instalments, signs it (达成协议),
 * records two payments and sees the outstanding amount fall after each (履行中 after the first), and opens the
 * case's recovered-wage summary.
 */
class MediationFlowUiTest extends WindowTest {

    private static final Pattern TOTALS = Pattern.compile("协议 ([0-9,.]+) 元，已付 ([0-9,.]+) 元，未付 ([0-9,.]+) 元");

    private String caseNumber;

    @Start
    void start(Stage stage) {
        openWindow(stage);
    }

    @Override
    protected AppContext openContext(Path folder) {
        AppContext opened = TestDatabase.withMediator(folder);
        TestDatabase.signInMediator(opened);
        // One worker, so the payment form chooses them; a claim large enough for both payments below.
        caseNumber = TestDatabase.acceptedDemoCase(opened, row -> row.workerCount() == 1
            && row.claimed().compareTo(BigDecimal.valueOf(2_000)) >= 0);
        opened.services().auth().logout();
        return opened;
    }

    @Test
    void schedulesASessionSignsAnAgreementInInstalmentsAndRecordsTwoPaymentsAsTheOutstandingAmountFalls(
        FxRobot robot) throws Exception {
        UiSteps.openCasePage(robot, caseNumber);
        assertTrue(UiSteps.text(robot, "#heading").contains("受理"), UiSteps.text(robot, "#heading"));

        UiSteps.scheduleSession(robot, "东胜区调解室二", "09:30", "11:00");
        UiSteps.waitUntil(() -> UiSteps.text(robot, "#heading").contains("调解中"));

        UiSteps.press(robot, "#agreement-draft");
        UiSteps.waitUntilShowing(robot, "#agreement-worker-0-months");
        UiSteps.type(robot, "#agreement-worker-0-months", "2");
        UiSteps.press(robot, "#agreement-worker-0-split");
        UiSteps.waitUntilShowing(robot, "#agreement-worker-0-payment-1-due");
        UiSteps.saveAndSignAgreement(robot);
        UiSteps.waitUntil(() -> UiSteps.text(robot, "#heading").contains("达成协议"));

        UiSteps.waitUntilShowing(robot, "#paymentTotals");
        UiSteps.waitUntil(() -> TOTALS.matcher(UiSteps.text(robot, "#paymentTotals")).find());
        TableView<?> instalments = robot.lookup("#instalmentTable").queryTableView();
        UiSteps.waitUntil(() -> instalments.getItems().size() == 2);
        Money agreed = figure(robot, 1);
        assertEquals(agreed, figure(robot, 3), "nothing paid yet: all of it is outstanding");

        recordPayment(robot, "1,000");
        Money afterFirst = agreed.minus(Money.parse("1000"));
        UiSteps.waitUntil(() -> figure(robot, 3).equals(afterFirst));
        UiSteps.waitUntil(() -> UiSteps.text(robot, "#heading").contains("履行中"));
        assertEquals(Money.parse("1000"), figure(robot, 2));

        recordPayment(robot, "500.50");
        Money afterSecond = afterFirst.minus(Money.parse("500.50"));
        UiSteps.waitUntil(() -> figure(robot, 3).equals(afterSecond));
        assertEquals(2, robot.lookup("#paymentTable").queryTableView().getItems().size());
        assertEquals(CaseStatus.PERFORMING, context.services().ledger().show(caseNumber).orElseThrow().status());

        UiSteps.press(robot, "#openSummaryButton");
        UiSteps.waitUntil(() -> printer.opened.size() == 1);
        Path summary = printer.opened.get(0);
        String text = String.join("", PdfPages.texts(Files.readAllBytes(summary))).replaceAll("\\s+", "");
        assertTrue(text.contains(caseNumber.replaceAll("\\s+", "")) && text.contains("1,500.50"), text);
        UiSteps.waitUntil(() -> UiSteps.text(robot, "#paymentMessage").contains(summary.toString()));
    }

    /** Records a payment of {@code amount} for the case's worker, from the employer, today. */
    private static void recordPayment(FxRobot robot, String amount) throws Exception {
        UiSteps.press(robot, "#recordPaymentButton");
        UiSteps.waitUntilShowing(robot, "#paymentAmount");
        UiSteps.type(robot, "#paymentAmount", amount);
        UiSteps.press(robot, "#savePaymentButton");
    }

    /** A figure of the section's totals line: 1 agreed, 2 paid, 3 outstanding. */
    private static Money figure(FxRobot robot, int group) {
        Matcher totals = TOTALS.matcher(UiSteps.text(robot, "#paymentTotals"));
        return totals.find() ? Money.parse(totals.group(group)) : Money.ZERO;
    }
}
