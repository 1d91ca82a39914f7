// SPDX-License-Identifier: AGPL-3.0-or-later
package org.qiao.ui.login;

import java.util.Objects;

import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.TextField;

/** Binds the sign-in screen to its {@link LoginViewModel}. */
public final class LoginView {

    private final LoginViewModel viewModel;

    @FXML private Node openingPane;
    @FXML private Node failedPane;
    @FXML private Node setupPane;
    @FXML private Node loginPane;
    @FXML private Node changePane;
    @FXML private ProgressIndicator progress;
    @FXML private Label message;
    @FXML private Label notice;

    @FXML private TextField setupUsername;
    @FXML private TextField setupDisplayName;
    @FXML private PasswordField setupPassword;
    @FXML private PasswordField setupConfirmation;
    @FXML private Button setupButton;

    @FXML private TextField loginUsername;
    @FXML private PasswordField loginPassword;
    @FXML private Button loginButton;

    @FXML private PasswordField newPassword;
    @FXML private PasswordField newPasswordRepeat;
    @FXML private Button changeButton;

    public LoginView(LoginViewModel viewModel) {
        this.viewModel = Objects.requireNonNull(viewModel);
    }

    @FXML
    private void initialize() {
        showFor(openingPane, LoginViewModel.Mode.OPENING);
        showFor(failedPane, LoginViewModel.Mode.FAILED);
        showFor(setupPane, LoginViewModel.Mode.SETUP);
        showFor(loginPane, LoginViewModel.Mode.LOGIN);
        showFor(changePane, LoginViewModel.Mode.CHANGE_PASSWORD);
        progress.visibleProperty().bind(viewModel.busyProperty());
        message.textProperty().bind(viewModel.messageProperty());
        message.visibleProperty().bind(viewModel.messageProperty().isNotEmpty());
        message.managedProperty().bind(message.visibleProperty());
        notice.textProperty().bind(viewModel.noticeProperty());
        notice.visibleProperty().bind(viewModel.noticeProperty().isNotEmpty());
        notice.managedProperty().bind(notice.visibleProperty());

        setupUsername.textProperty().bindBidirectional(viewModel.usernameProperty());
        setupDisplayName.textProperty().bindBidirectional(viewModel.displayNameProperty());
        setupPassword.textProperty().bindBidirectional(viewModel.passwordProperty());
        setupConfirmation.textProperty().bindBidirectional(viewModel.confirmationProperty());
        loginUsername.textProperty().bindBidirectional(viewModel.usernameProperty());
        loginPassword.textProperty().bindBidirectional(viewModel.passwordProperty());
        newPassword.textProperty().bindBidirectional(viewModel.newPasswordProperty());
        newPasswordRepeat.textProperty().bindBidirectional(viewModel.newPasswordRepeatProperty());
        setupButton.disableProperty().bind(viewModel.busyProperty());
        loginButton.disableProperty().bind(viewModel.busyProperty());
        changeButton.disableProperty().bind(viewModel.busyProperty());

        viewModel.modeProperty().addListener((obs, old, mode) -> focusFirstField(mode));
    }

    private void showFor(Node pane, LoginViewModel.Mode mode) {
        pane.visibleProperty().bind(viewModel.modeProperty().isEqualTo(mode));
        pane.managedProperty().bind(pane.visibleProperty());
    }

    private void focusFirstField(LoginViewModel.Mode mode) {
        switch (mode) {
            case SETUP -> setupUsername.requestFocus();
            case LOGIN -> (loginUsername.getText().isEmpty() ? loginUsername : loginPassword).requestFocus();
            case CHANGE_PASSWORD -> newPassword.requestFocus();
            default -> { }
        }
    }

    @FXML
    private void onSetup() {
        viewModel.submitSetup();
    }

    @FXML
    private void onLogin() {
        viewModel.submitLogin();
    }

    @FXML
    private void onChangePassword() {
        viewModel.submitPasswordChange();
    }

    @FXML
    private void onRetry() {
        viewModel.start();
    }
}
