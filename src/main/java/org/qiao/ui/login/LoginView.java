// SPDX-License-Identifier: AGPL-3.0-or-later
package org.qiao.ui.login;

import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;

import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.StackPane;

/** Binds the sign-in screen to its {@link LoginViewModel}. */
public final class LoginView {

    private final LoginViewModel viewModel;
    private final Map<LoginViewModel.Mode, Node> panes = new EnumMap<>(LoginViewModel.Mode.class);

    @FXML private HBox header;
    @FXML private StackPane form;
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
        panes.put(LoginViewModel.Mode.OPENING, openingPane);
        panes.put(LoginViewModel.Mode.FAILED, failedPane);
        panes.put(LoginViewModel.Mode.SETUP, setupPane);
        panes.put(LoginViewModel.Mode.LOGIN, loginPane);
        panes.put(LoginViewModel.Mode.CHANGE_PASSWORD, changePane);
        form.getChildren().setAll(panes.get(viewModel.modeProperty().get()));
        viewModel.busyProperty().addListener((obs, old, busy) -> showProgress(busy));
        showProgress(viewModel.busyProperty().get());
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

        viewModel.modeProperty().addListener((obs, old, mode) -> {
            form.getChildren().setAll(panes.get(mode));
            focusFirstField(mode);
        });
    }

    private void showProgress(boolean busy) {
        if (busy && !header.getChildren().contains(progress)) {
            header.getChildren().add(progress);
        } else if (!busy) {
            header.getChildren().remove(progress);
        }
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
