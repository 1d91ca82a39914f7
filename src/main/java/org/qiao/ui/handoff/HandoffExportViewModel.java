// SPDX-License-Identifier: AGPL-3.0-or-later
package org.qiao.ui.handoff;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.qiao.i18n.Messages;
import org.qiao.service.HandoffService;
import org.qiao.ui.BackgroundTasks;
import org.qiao.ui.DialogService;
import org.qiao.ui.ErrorText;

/**
 * Exports a referral case's exchange package: asks where to save it, writes it off the JavaFX thread and says
 * where it went (or why not). The case is set by the page that shows the control ({@link #setCase}).
 */
public final class HandoffExportViewModel {

    private final HandoffService handoffs;
    private final DialogService dialogs;
    private final BackgroundTasks background;
    private final Messages messages;
    private final ErrorText errors;

    private final BooleanProperty running = new SimpleBooleanProperty();
    private final BooleanProperty available = new SimpleBooleanProperty();
    private final StringProperty message = new SimpleStringProperty("");
    private Long caseId;
    private String caseNumber;

    public HandoffExportViewModel(HandoffService handoffs, DialogService dialogs, BackgroundTasks background,
        Messages messages) {
        this.handoffs = Objects.requireNonNull(handoffs);
        this.dialogs = Objects.requireNonNull(dialogs);
        this.background = Objects.requireNonNull(background);
        this.messages = Objects.requireNonNull(messages);
        this.errors = new ErrorText(messages);
    }

    /** The case to export, or {@code null} for none (the button is then disabled); clears the last message. */
    public void setCase(Long id, String number) {
        this.caseId = id;
        this.caseNumber = number;
        available.set(id != null);
        message.set("");
    }

    /** Asks where to save the package, then writes it in the background. */
    public void export() {
        if (running.get() || caseId == null) {
            return;
        }
        Optional<Path> chosen = dialogs.chooseFileToSave(messages.get("handoff.ui.export.title"),
            messages.get("handoff.ui.filter"), "*.zip",
            messages.get("handoff.ui.export.fileName", caseNumber.replaceAll("[\\\\/:*?\"<>|\\s]", "_")));
        if (chosen.isEmpty()) {
            return;
        }
        Path file = chosen.get().getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".zip")
            ? chosen.get() : chosen.get().resolveSibling(chosen.get().getFileName() + ".zip");
        long id = caseId;
        running.set(true);
        message.set(messages.get("handoff.ui.export.running"));
        background.submit(() -> handoffs.export(id, file), exported -> {
            running.set(false);
            message.set(messages.get("handoff.ui.export.done", messages.get(exported.kind().messageKey()),
                exported.files(), exported.file().toString()));
        }, failure -> {
            running.set(false);
            message.set(errors.of(failure));
            dialogs.showError(messages.get("handoff.ui.export.failed"), errors.of(failure));
        });
    }

    public ReadOnlyBooleanProperty runningProperty() {
        return running;
    }

    /** Whether a case is set. */
    public ReadOnlyBooleanProperty availableProperty() {
        return available;
    }

    public ReadOnlyStringProperty messageProperty() {
        return message;
    }
}
