// SPDX-License-Identifier: AGPL-3.0-or-later
package org.qiao.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Locale;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.qiao.app.AppContext;
import org.qiao.document.PdfPages;
import org.qiao.domain.court.Court;
import org.qiao.domain.court.HandBackReason;
import org.qiao.domain.court.ReferralType;
import org.qiao.service.AgreementDraft;
import org.qiao.service.AgreementVersion;
import org.qiao.service.ReferralFixtures;
import org.qiao.service.Services;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;

/**
 * A mediator opens a case a court referred, sees its 诉调对接 section, is refused a failure hand-back without a
 * reason or facts (what was typed stays), hands it back with both, and prints the notice that mediation ended.
 */
class HandBackUiTest extends WindowTest {

    /** Set once per class: both tests share the database (WindowTest's folder is the class's). */
    private static String caseNumber;
    private static String courtNumber;
    private static String agreedNumber;

    @Start
    void start(Stage stage) {
        openWindow(stage);
    }

    @Override
    protected AppContext openContext(Path folder) {
        if (Files.exists(folder)) {
            return TestDatabase.open(folder, Locale.SIMPLIFIED_CHINESE);
        }
        AppContext opened = TestDatabase.withMediator(folder);
        Services services = opened.services();
        long court = services.courts().active().stream()
            .filter(c -> c.getCode().equals(ReferralFixtures.COURT_CODE)).findFirst().map(Court::getId).orElseThrow();
        long caseId = services.referrals().register(ReferralFixtures.form(court, ReferralType.DELEGATED,
            LocalDate.now().minusDays(3), 1), null).caseId();
        caseNumber = services.handBacks().view(caseId).caseNumber();
        courtNumber = services.handBacks().view(caseId).courtCaseNumber();
        long agreed = services.referrals().register(ReferralFixtures.form(court, ReferralType.ENTRUSTED,
            LocalDate.now().minusDays(3), 1), null).caseId();
        services.auth().login(TestDatabase.MEDIATOR, TestDatabase.MEDIATOR_PASSWORD.toCharArray());
        AgreementDraft d = services.agreements().prefill(agreed);
        AgreementVersion v = services.agreements().save(agreed, null, null, d);
        services.agreements().sign(v.id(), null, LocalDate.now());
        services.auth().logout();
        agreedNumber = services.handBacks().view(agreed).caseNumber();
        return opened;
    }

    @Test
    void aFailedReferralGoesBackToTheCourtAndItsNoticePrints(FxRobot robot) throws Exception {
        UiSteps.openCasePage(robot, caseNumber);
        UiSteps.waitUntilShowing(robot, "#handback-section");
        UiSteps.waitUntil(() -> UiSteps.text(robot, "#handback-status").contains("已签收"));
        assertTrue(UiSteps.text(robot, "#handback-referral").contains(courtNumber));
        assertTrue(UiSteps.text(robot, "#handback-materials").contains("委派/委托调解函"));
        assertFalse(UiSteps.isShowing(robot, "#handback-success"), "no agreement, no success hand-back");
        assertFalse(UiSteps.isShowing(robot, "#handback-outcome"));

        UiSteps.type(robot, "#handback-failure-note", "");
        UiSteps.press(robot, "#handback-failure-save");
        UiSteps.waitUntil(() -> UiSteps.text(robot, "#handback-problem-failure-facts").contains("无争议事实"));
        assertTrue(UiSteps.text(robot, "#handback-problem-failure-reason").contains("请选择"));
        UiSteps.type(robot, "#handback-failure-facts", "双方确认劳动关系存续。");
        UiSteps.type(robot, "#handback-failure-date", LocalDate.now().plusDays(1).toString());
        ComboBox<HandBackReason> reason = robot.lookup("#handback-failure-reason").queryComboBox();
        robot.interact(() -> reason.setValue(HandBackReason.MEDIATION_FAILED));
        UiSteps.press(robot, "#handback-failure-save");
        UiSteps.waitUntil(() -> UiSteps.text(robot, "#handback-problem-failure-date").contains("晚于今天"));
        assertEquals("双方确认劳动关系存续。", robot.lookup("#handback-failure-facts").queryAs(TextArea.class).getText(),
            "typed text stays");
        assertEquals("", UiSteps.text(robot, "#handback-problem-failure-facts"));

        UiSteps.type(robot, "#handback-failure-date", LocalDate.now().toString());
        UiSteps.press(robot, "#handback-failure-save");
        UiSteps.waitUntil(() -> UiSteps.text(robot, "#handback-status").contains("已退回（调解不成）"));
        UiSteps.waitUntil(() -> UiSteps.text(robot, "#heading").contains("退回/转仲裁诉讼"));
        assertTrue(UiSteps.text(robot, "#handback-handedBack").contains("无争议事实：双方确认劳动关系存续。"));
        assertFalse(UiSteps.isShowing(robot, "#handback-failure"));
        UiSteps.waitUntilShowing(robot, "#handback-outcome");

        UiSteps.press(robot, "#handback-doc-TERMINATION_NOTICE-print");
        UiSteps.waitUntil(() -> printer.printed.size() == 1);
        String text = String.join("", PdfPages.texts(Files.readAllBytes(printer.printed.get(0))))
            .replaceAll("\\s+", "");
        assertTrue(text.contains("调解终结告知书") && text.contains(courtNumber), text);
    }

    @Test
    void aReferralWithASignedAgreementGoesBackWithTheApplicationForConfirmation(FxRobot robot) throws Exception {
        UiSteps.openCasePage(robot, agreedNumber);
        UiSteps.waitUntilShowing(robot, "#handback-success");
        UiSteps.waitUntil(() -> UiSteps.text(robot, "#handback-window").contains("还有"));
        assertFalse(UiSteps.isShowing(robot, "#handback-failure"), "a signed agreement goes back as a success");
        UiSteps.press(robot, "#handback-success-save");
        UiSteps.waitUntil(() -> UiSteps.text(robot, "#handback-status").contains("已退回（调解成功）"));
        UiSteps.waitUntilShowing(robot, "#handback-doc-JUDICIAL_CONFIRMATION_APPLICATION");
        UiSteps.waitUntilShowing(robot, "#handback-applied");
        assertFalse(UiSteps.isShowing(robot, "#handback-success"));

        // Recording the application turns the form into a correction of the recorded date.
        String today = LocalDate.now().toString();
        UiSteps.type(robot, "#handback-applied-date", today);
        UiSteps.press(robot, "#handback-applied-save");
        UiSteps.waitUntil(() -> UiSteps.text(robot, "#handback-window").contains("已于 " + today + " 申请"));
        Button save = robot.lookup("#handback-applied-save").queryButton();
        UiSteps.waitUntil(() -> save.getText().equals("更正申请日期"));
        assertEquals(today, robot.lookup("#handback-applied-date").queryAs(TextField.class).getText());
    }
}
