// SPDX-License-Identifier: AGPL-3.0-or-later
package org.qiao.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.zip.ZipFile;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import javafx.scene.control.DatePicker;
import javafx.scene.control.ScrollPane;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;

import org.qiao.app.AppContext;
import org.qiao.domain.cases.CaseSource;
import org.qiao.domain.cases.CaseStatus;
import org.qiao.domain.cases.LedgerRow;
import org.qiao.domain.handoff.PackageKind;
import org.qiao.service.HandoffReport;

/**
 * The loop in one window run: a mediator registers a 委派 referral from 东胜区人民法院 at the intake screen with
 * the court's letter scanned, opens the new case, schedules a session, drafts and signs the agreement, hands the case
 * back to the court as a success and exports the exchange package from the case page; the package checks out (the
 * studio's signature, every file's hash) and carries the referral, the agreed amount, the hand-back's papers and the
 * scan exactly as chosen.
 */
class ReferralToHandBackUiTest extends WindowTest {

    private static final String COURT_NUMBER = "(2026)内0602民诉前调88号";
    /** As courts write it, and as Qiao stores it. */
    private static final String COURT_NUMBER_WRITTEN = "（2026）内0602民诉前调88号";

    private final FakeDialogService dialogs = new FakeDialogService();

    @Start
    void start(Stage stage) {
        openWindow(stage, dialogs);
    }

    @Override
    protected AppContext openContext(Path folder) {
        return TestDatabase.withMediator(folder);
    }

    @Test
    void aDelegatedReferralIsRegisteredMediatedToAnAgreementAndHandedBackAsAPackage(FxRobot robot) throws Exception {
        Path scan = dataDir.resolve("委派调解函.pdf");
        Files.writeString(scan, "%PDF-1.4 scan of the court's letter", StandardCharsets.UTF_8);

        UiSteps.signIn(robot, TestDatabase.MEDIATOR, TestDatabase.MEDIATOR_PASSWORD);
        robot.clickOn("#nav-intake");
        UiSteps.waitUntilShowing(robot, "#employerName");
        robot.interact(() -> robot.lookup("#source").queryAs(javafx.scene.control.ChoiceBox.class)
            .getSelectionModel().select(CaseSource.COURT_DELEGATED));
        UiSteps.waitUntilShowing(robot, "#courtChoice");
        assertEquals("内0602", UiSteps.chooseCourt(robot, "东胜区").getCode());
        UiSteps.type(robot, "#courtCaseNumber", COURT_NUMBER);
        UiSteps.type(robot, "#judgeName", "王法官");
        LocalDate signedFor = LocalDate.now().minusDays(2);
        DatePicker signed = robot.lookup("#receivedDate").queryAs(DatePicker.class);
        robot.interact(() -> signed.setValue(signedFor));
        dialogs.fileLists.add(List.of(scan));
        UiSteps.press(robot, "#material-REFERRAL_LETTER-scan");
        UiSteps.waitUntil(() -> UiSteps.text(robot, "#material-REFERRAL_LETTER-file").equals(scan.getFileName()
            .toString()));
        UiSteps.fillOneWorkerCase(robot, "其木格", "15060219900315062");
        robot.press(KeyCode.CONTROL, KeyCode.S).release(KeyCode.S, KeyCode.CONTROL);
        UiSteps.waitUntil(() -> UiSteps.text(robot, "#message").startsWith("转介已登记"));

        LedgerRow row = context.services().ledger().find("其木格", java.util.EnumSet.allOf(CaseStatus.class), 5)
            .get(0);
        assertEquals(CaseSource.COURT_DELEGATED, row.source());
        ScrollPane intake = robot.lookup("#scroll").queryAs(ScrollPane.class);
        robot.interact(() -> intake.setVvalue(1.0));
        UiSteps.press(robot, "#openCaseButton");
        UiSteps.waitUntil(() -> UiSteps.text(robot, "#heading").startsWith(row.caseNumber()));
        UiSteps.waitUntil(() -> UiSteps.text(robot, "#handback-status").contains("已签收"));
        assertTrue(UiSteps.text(robot, "#handback-referral").contains(COURT_NUMBER_WRITTEN),
            UiSteps.text(robot, "#handback-referral"));

        UiSteps.scheduleSession(robot, "东胜区调解室一", "09:00", "10:30");
        UiSteps.waitUntil(() -> UiSteps.text(robot, "#heading").contains("调解中"));
        UiSteps.waitUntil(() -> UiSteps.text(robot, "#handback-status").contains("调解中"));

        UiSteps.press(robot, "#agreement-draft");
        UiSteps.waitUntilShowing(robot, "#agreement-worker-0-months");
        UiSteps.saveAndSignAgreement(robot);

        UiSteps.press(robot, "#handback-success-save");
        UiSteps.waitUntil(() -> UiSteps.text(robot, "#handback-status").contains("已退回（调解成功）"));

        Path zip = dataDir.resolve("handback.zip");
        dialogs.saveFiles.add(zip);
        UiSteps.press(robot, "#handoffExportButton");
        UiSteps.waitUntil(() -> UiSteps.text(robot, "#handoffExportMessage").endsWith(zip.toString()));

        HandoffReport report = context.services().handoffs().verify(zip);
        assertEquals(PackageKind.HANDBACK, report.kind());
        assertTrue(report.ownKey(), "signed with the studio's own key");
        assertEquals(row.caseNumber(), report.caseNumber());
        assertEquals(COURT_NUMBER_WRITTEN, report.courtCaseNumber());
        Map<String, HandoffReport.File> files = report.files().stream()
            .collect(Collectors.toMap(HandoffReport.File::kind, f -> f));
        assertTrue(files.keySet().containsAll(List.of("HANDBACK_LETTER", "JUDICIAL_CONFIRMATION_APPLICATION",
            "AGREEMENT", "SESSION_RECORDS", "REFERRAL_LETTER")), files.keySet().toString());
        assertEquals(sha256(Files.readAllBytes(scan)), files.get("REFERRAL_LETTER").sha256(), "the scan as chosen");

        try (ZipFile package_ = new ZipFile(zip.toFile())) {
            JsonNode manifest = new ObjectMapper().readTree(package_.getInputStream(package_.getEntry(
                "manifest.json")));
            assertEquals("DELEGATED", manifest.path("referral").path("type").asText());
            assertEquals(signedFor.toString(), manifest.path("referral").path("signedForDate").asText());
            JsonNode outcome = manifest.path("outcome");
            assertEquals("SUCCESS", outcome.path("handBackKind").asText(), outcome.toString());
            assertEquals("12000.00", outcome.path("agreement").path("amounts").path(0).path("amount").asText(),
                outcome.toString());
            String letter = new String(package_.getInputStream(package_.getEntry(files.get("HANDBACK_LETTER")
                .path())).readNBytes(5), StandardCharsets.US_ASCII);
            assertEquals("%PDF-", letter);
        }
    }

    private static String sha256(byte[] bytes) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    }
}
