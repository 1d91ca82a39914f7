// SPDX-License-Identifier: AGPL-3.0-or-later
package org.qiao.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.time.LocalDate;

import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;

import org.junit.jupiter.api.Test;
import org.qiao.app.AppContext;
import org.qiao.service.PerformingCaseFixture;
import org.qiao.service.Services;
import org.qiao.store.DatabaseConfig;
import org.qiao.ui.payment.OverdueInstalmentsViewModel;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;

/**
 * A mediator sees an overdue instalment on the dashboard, opens its case from there and records two payments on the
 * case page, watching the outstanding amount fall after each; a payment above what is owed is refused at its field
 * and what was typed stays.
 */
class PaymentUiTest extends WindowTest {

    private static final LocalDate TODAY = LocalDate.now();

    private String caseNumber;

    @Start
    void start(Stage stage) {
        openWindow(stage);
    }

    @Override
    protected AppContext openContext(Path folder) {
        AppContext opened = TestDatabase.withMediator(folder);
        Services services = opened.services();
        DatabaseConfig config = DatabaseConfig.embedded(folder);
        long caseId = PerformingCaseFixture.create(services, config, TODAY);
        caseNumber = services.payments().performance(caseId).caseNumber();
        try (Connection c = DriverManager.getConnection(config.jdbcUrl(), config.user(), config.password());
             PreparedStatement p = c.prepareStatement("update dispute_case set mediator_id = (select id from app_user"
                 + " where username = ?) where id = ?")) {
            p.setString(1, TestDatabase.MEDIATOR);
            p.setLong(2, caseId);
            p.executeUpdate();
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
        return opened;
    }

    @Test
    void opensTheOverdueCaseFromTheDashboardAndRecordsTwoPaymentsAsTheOutstandingAmountFalls(FxRobot robot)
        throws Exception {
        UiSteps.signIn(robot, TestDatabase.MEDIATOR, TestDatabase.MEDIATOR_PASSWORD);
        TableView<OverdueInstalmentsViewModel.Row> overdue = robot.lookup("#overdueInstalmentTable").queryTableView();
        UiSteps.waitUntil(() -> overdue.getItems().size() == 1);
        OverdueInstalmentsViewModel.Row row = overdue.getItems().get(0);
        assertEquals(caseNumber, row.caseNumber());
        assertEquals("逾期 20 天", row.overdue());
        assertTrue(row.nextStep().contains("支付令"), row.nextStep());

        robot.interact(() -> {
            overdue.requestFocus();
            overdue.getSelectionModel().select(0);
        });
        robot.type(KeyCode.ENTER);
        UiSteps.waitUntilShowing(robot, "#paymentTotals");
        UiSteps.waitUntil(() -> UiSteps.text(robot, "#paymentTotals").contains("未付 6,000.00"));

        UiSteps.press(robot, "#recordPaymentButton");
        UiSteps.waitUntilShowing(robot, "#paymentAmount");
        assertEquals(PerformingCaseFixture.EMPLOYER, robot.lookup("#paymentPayer").queryAs(TextField.class).getText());
        UiSteps.type(robot, "#paymentAmount", "9000");
        UiSteps.press(robot, "#savePaymentButton");
        UiSteps.waitUntil(() -> UiSteps.text(robot, "#problem-payment-amount").contains("6,000.00"));
        assertEquals("9000", robot.lookup("#paymentAmount").queryAs(TextField.class).getText(), "typed text stays");

        UiSteps.type(robot, "#paymentAmount", "2,000");
        UiSteps.press(robot, "#savePaymentButton");
        UiSteps.waitUntil(() -> UiSteps.text(robot, "#paymentTotals").contains("未付 4,000.00"));
        UiSteps.waitUntil(() -> UiSteps.text(robot, "#heading").contains("履行中"));

        UiSteps.press(robot, "#recordPaymentButton");
        UiSteps.waitUntilShowing(robot, "#paymentAmount");
        UiSteps.type(robot, "#paymentAmount", "1500.50");
        UiSteps.press(robot, "#savePaymentButton");
        UiSteps.waitUntil(() -> UiSteps.text(robot, "#paymentTotals").contains("未付 2,499.50"));
        TableView<?> payments = robot.lookup("#paymentTable").queryTableView();
        assertEquals(2, payments.getItems().size());
    }
}
