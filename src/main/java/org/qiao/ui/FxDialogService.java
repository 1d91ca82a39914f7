// SPDX-License-Identifier: AGPL-3.0-or-later
package org.qiao.ui;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;

import javafx.geometry.Insets;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.TextArea;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.stage.Window;

import org.qiao.domain.QiaoException;
import org.qiao.i18n.Messages;

/** Dialogs owned by the main window, with buttons labelled from the bundle. */
public final class FxDialogService implements DialogService {

    private final Supplier<Window> owner;
    private final Messages messages;

    public FxDialogService(Supplier<Window> owner, Messages messages) {
        this.owner = Objects.requireNonNull(owner);
        this.messages = Objects.requireNonNull(messages);
    }

    @Override
    public void showError(String title, String message) {
        alert(Alert.AlertType.ERROR, title, message).showAndWait();
    }

    @Override
    public void showInformation(String title, String message) {
        alert(Alert.AlertType.INFORMATION, title, message).showAndWait();
    }

    @Override
    public boolean confirm(String title, String message) {
        Alert alert = alert(Alert.AlertType.CONFIRMATION, title, message);
        ButtonType ok = new ButtonType(messages.get("dialog.ok"), ButtonBar.ButtonData.OK_DONE);
        ButtonType cancel = new ButtonType(messages.get("dialog.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE);
        alert.getButtonTypes().setAll(ok, cancel);
        return alert.showAndWait().filter(ok::equals).isPresent();
    }

    @Override
    public Optional<Path> chooseFileToOpen(String title, String filterName, String pattern) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(title);
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(filterName, pattern));
        return Optional.ofNullable(chooser.showOpenDialog(owner.get())).map(java.io.File::toPath);
    }

    @Override
    public List<Path> chooseFilesToOpen(String title, String filterName, List<String> patterns) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(title);
        chooser.getExtensionFilters().addAll(new FileChooser.ExtensionFilter(filterName, patterns),
            new FileChooser.ExtensionFilter(messages.get("dialog.files.all"), "*.*"));
        List<java.io.File> chosen = chooser.showOpenMultipleDialog(owner.get());
        return chosen == null ? List.of() : chosen.stream().map(java.io.File::toPath).toList();
    }

    /**
     * Hands the file to the desktop's opener ({@code xdg-open} on Linux and Kylin, the shell on Windows, {@code open}
     * on macOS), as JavaFX's HostServices would; the window has no Application object to ask for those.
     */
    @Override
    public void openWithSystem(Path file) {
        String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
        String path = file.toAbsolutePath().toString();
        List<String> command = os.contains("win") ? List.of("rundll32", "url.dll,FileProtocolHandler", path)
            : os.contains("mac") ? List.of("open", path) : List.of("xdg-open", path);
        try {
            new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        } catch (IOException e) {
            throw new QiaoException(e, "dialog.open.failed", path, String.valueOf(e.getMessage()));
        }
    }

    @Override
    public Optional<Path> chooseFileToSave(String title, String filterName, String pattern, String initialName) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(title);
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(filterName, pattern));
        chooser.setInitialFileName(initialName);
        return Optional.ofNullable(chooser.showSaveDialog(owner.get())).map(java.io.File::toPath);
    }

    @Override
    public Optional<String> askText(String title, String prompt) {
        Dialog<String> dialog = new Dialog<>();
        dialog.initOwner(owner.get());
        dialog.setTitle(title);
        TextArea text = new TextArea();
        text.setId("askedText");
        text.setPrefRowCount(3);
        text.setWrapText(true);
        Label label = new Label(prompt);
        label.setWrapText(true);
        VBox content = new VBox(8, label, text);
        content.setPadding(new Insets(12));
        content.setPrefWidth(460);
        dialog.getDialogPane().setContent(content);
        ButtonType ok = new ButtonType(messages.get("dialog.ok"), ButtonBar.ButtonData.OK_DONE);
        ButtonType cancel = new ButtonType(messages.get("dialog.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE);
        dialog.getDialogPane().getButtonTypes().setAll(ok, cancel);
        dialog.setResultConverter(button -> button == ok ? text.getText() : null);
        return dialog.showAndWait();
    }

    @Override
    public Optional<char[][]> askNewPassword(String title, String prompt) {
        Dialog<char[][]> dialog = new Dialog<>();
        dialog.initOwner(owner.get());
        dialog.setTitle(title);
        PasswordField first = new PasswordField();
        first.setId("newPassword");
        first.setPromptText(messages.get("dialog.password.new"));
        PasswordField second = new PasswordField();
        second.setId("newPasswordRepeat");
        second.setPromptText(messages.get("dialog.password.repeat"));
        VBox content = new VBox(8, new Label(prompt), first, second);
        content.setPadding(new Insets(12));
        dialog.getDialogPane().setContent(content);
        ButtonType ok = new ButtonType(messages.get("dialog.ok"), ButtonBar.ButtonData.OK_DONE);
        ButtonType cancel = new ButtonType(messages.get("dialog.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE);
        dialog.getDialogPane().getButtonTypes().setAll(ok, cancel);
        dialog.setResultConverter(button -> button == ok
            ? new char[][] {first.getText().toCharArray(), second.getText().toCharArray()} : null);
        return dialog.showAndWait();
    }

    private Alert alert(Alert.AlertType type, String title, String message) {
        Alert alert = new Alert(type, message, new ButtonType(messages.get("dialog.ok"), ButtonBar.ButtonData.OK_DONE));
        alert.initOwner(owner.get());
        alert.setTitle(title);
        alert.setHeaderText(null);
        return alert;
    }
}
