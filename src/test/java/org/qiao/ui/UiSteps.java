// SPDX-License-Identifier: AGPL-3.0-or-later
package org.qiao.ui;

import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;

import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

import org.qiao.domain.court.Court;
import org.qiao.domain.identity.ResidentId;
import org.qiao.domain.region.Region;

/** What the headless UI tests do with the window: type into fields, read labels, wait for what a person sees. */
final class UiSteps {

    private UiSteps() {
    }

    /** Puts {@code text} into the field, as typing would (Chinese included, which a robot keyboard cannot type). */
    static void type(FxRobot robot, String query, String text) {
        TextInputControl field = robot.lookup(query).queryAs(TextInputControl.class);
        robot.interact(() -> {
            field.requestFocus();
            field.setText(text);
        });
    }

    /** The text of a label, or empty when it is not there. */
    static String text(FxRobot robot, String query) {
        return robot.lookup(query).tryQuery().map(node -> ((Label) node).getText()).orElse("");
    }

    /** Visible itself and inside visible parents, in a scene: what a person sees. */
    static boolean showing(Node node) {
        for (Node n = node; n != null; n = n.getParent()) {
            if (!n.isVisible()) {
                return false;
            }
        }
        return node.getScene() != null;
    }

    static boolean isShowing(FxRobot robot, String query) {
        return robot.lookup(query).tryQuery().map(UiSteps::showing).orElse(false);
    }

    /** Signs in on the sign-in card and waits for the main window's navigation. */
    static void signIn(FxRobot robot, String username, String password) throws Exception {
        waitUntilShowing(robot, "#loginUsername");
        type(robot, "#loginUsername", username);
        type(robot, "#loginPassword", password);
        robot.clickOn("#loginButton");
        waitUntilShowing(robot, "#nav-intake");
    }

    /** Goes to the ledger, searches for {@code search}, which must find one case, and opens its case page. */
    static void searchAndOpenCase(FxRobot robot, String search) throws Exception {
        robot.clickOn("#nav-cases");
        waitUntilShowing(robot, "#search");
        type(robot, "#search", search);
        robot.clickOn("#searchButton");
        TableView<?> table = robot.lookup("#table").queryAs(TableView.class);
        waitUntil(() -> table.getItems().size() == 1);
        robot.interact(() -> {
            table.requestFocus();
            table.getSelectionModel().select(0);
        });
        robot.type(KeyCode.ENTER);
    }

    /** Signs the mediator of {@link TestDatabase#withMediator} in and opens the case page of {@code caseNumber}. */
    static void openCasePage(FxRobot robot, String caseNumber) throws Exception {
        signIn(robot, TestDatabase.MEDIATOR, TestDatabase.MEDIATOR_PASSWORD);
        searchAndOpenCase(robot, caseNumber);
        waitUntil(() -> text(robot, "#heading").startsWith(caseNumber));
    }

    /** Presses a button of the case page wherever the page is scrolled to, once it shows and can be pressed. */
    static void press(FxRobot robot, String query) throws Exception {
        waitUntilShowing(robot, query);
        Button button = robot.lookup(query).queryAs(Button.class);
        waitUntil(() -> !button.isDisabled());
        robot.interact(button::fire);
    }

    /** Scrolls the case page so that the node is in view, for steps that click with the mouse. */
    static void scrollTo(FxRobot robot, String query) {
        ScrollPane page = robot.lookup("#root").queryAs(ScrollPane.class);
        robot.interact(() -> {
            Node node = robot.lookup(query).query();
            double y = node.localToScene(0, 0).getY() - page.getContent().localToScene(0, 0).getY();
            page.setVvalue(Math.min(1, y / Math.max(1, page.getContent().getBoundsInLocal().getHeight()
                - page.getViewportBounds().getHeight())));
        });
    }

    /**
     * Schedules a face-to-face session on the case page, on the date the form proposes, with the signed-in mediator
     * (checked by default) in {@code room} from {@code start} to {@code end}; waits for the session's line. On a
     * demo case, book a morning: the demo books its sessions of the coming weeks in the afternoons, so a morning never
     * clashes with them.
     */
    static void scheduleSession(FxRobot robot, String room, String start, String end) throws Exception {
        scrollTo(robot, "#scheduleButton");
        robot.clickOn("#scheduleButton");
        waitUntilShowing(robot, "#sessionSave");
        waitUntil(() -> robot.lookup("#session-mediator-0").tryQuery().isPresent());
        ComboBox<?> rooms = robot.lookup("#sessionRoom").queryAs(ComboBox.class);
        robot.interact(() -> rooms.getEditor().setText(room));
        type(robot, "#sessionStart", start);
        type(robot, "#sessionEnd", end);
        scrollTo(robot, "#sessionSave");
        robot.clickOn("#sessionSave");
        waitUntilShowing(robot, "#session-0");
    }

    /**
     * Picks the court on the intake screen's referral form by typing {@code nameFragment}, which must leave one
     * court in the list, and pressing Enter, as a mediator does.
     */
    @SuppressWarnings("unchecked")
    static Court chooseCourt(FxRobot robot, String nameFragment) throws Exception {
        ComboBox<Court> court = robot.lookup("#courtChoice").queryAs(ComboBox.class);
        waitUntil(() -> !court.getItems().isEmpty());
        TextField editor = court.getEditor();
        robot.interact(() -> {
            editor.requestFocus();
            editor.setText(nameFragment);
        });
        WaitForAsyncUtils.waitForFxEvents();
        waitUntil(() -> court.getItems().size() == 1);
        robot.type(KeyCode.ENTER);
        waitUntil(() -> court.getValue() != null);
        return court.getValue();
    }

    /**
     * Fills the intake form's parties and facts: an employer of 东胜区, one worker {@code worker} whose resident id
     * starts with {@code first17} (its check character added), claiming 12,000 yuan of wages.
     */
    static void fillOneWorkerCase(FxRobot robot, String worker, String first17) {
        chooseRegion(robot, "#league", "150600");
        chooseRegion(robot, "#county", "150602");
        type(robot, "#employerName", "鄂尔多斯市东胜区某物业服务有限公司");
        type(robot, "#worker-0-name", worker);
        type(robot, "#worker-0-residentId", first17 + ResidentId.checkCharacter(first17));
        type(robot, "#worker-0-claim-0-amount", "12000");
        type(robot, "#facts", "2026 年 1 月至 3 月的工资未发。");
    }

    @SuppressWarnings("unchecked")
    private static void chooseRegion(FxRobot robot, String query, String code) {
        ChoiceBox<Region> box = robot.lookup(query).queryAs(ChoiceBox.class);
        robot.interact(() -> box.setValue(box.getItems().stream().filter(r -> r.code().equals(code)).findFirst()
            .orElseThrow()));
    }

    /** Saves the agreement drafted on the case page as the case's first version and signs it, as of today. */
    static void saveAndSignAgreement(FxRobot robot) throws Exception {
        press(robot, "#agreement-save");
        waitUntilShowing(robot, "#agreement-1-text");
        press(robot, "#agreement-1-sign");
        waitUntil(() -> text(robot, "#agreement-1-text").contains("已签署"));
    }

    static void waitUntilShowing(FxRobot robot, String query) throws Exception {
        waitUntil(() -> isShowing(robot, query));
    }

    static void waitUntil(Callable<Boolean> condition) throws Exception {
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, condition);
        WaitForAsyncUtils.waitForFxEvents();
    }
}
