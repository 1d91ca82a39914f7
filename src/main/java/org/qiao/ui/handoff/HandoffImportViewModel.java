// SPDX-License-Identifier: AGPL-3.0-or-later
package org.qiao.ui.handoff;

import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.qiao.i18n.Messages;
import org.qiao.service.HandoffReport;
import org.qiao.service.HandoffService;
import org.qiao.ui.BackgroundTasks;
import org.qiao.ui.DialogService;
import org.qiao.ui.ErrorText;

/**
 * Imports an exchange package: asks for the file, checks it off the JavaFX thread, shows what it carries and who
 * signed it and asks to confirm, then imports it and says under which case number it is now (or that it already
 * was). A package that fails a check is refused with the message that names the check; nothing is stored.
 */
public final class HandoffImportViewModel {

    private final HandoffService handoffs;
    private final DialogService dialogs;
    private final BackgroundTasks background;
    private final Messages messages;
    private final ErrorText errors;
    private final Consumer<HandoffService.Imported> onImported;

    private final BooleanProperty running = new SimpleBooleanProperty();
    private final StringProperty message = new SimpleStringProperty("");

    /** @param onImported told of every import that stored a case, e.g. to refresh a board or open the case */
    public HandoffImportViewModel(HandoffService handoffs, DialogService dialogs, BackgroundTasks background,
        Messages messages, Consumer<HandoffService.Imported> onImported) {
        this.handoffs = Objects.requireNonNull(handoffs);
        this.dialogs = Objects.requireNonNull(dialogs);
        this.background = Objects.requireNonNull(background);
        this.messages = Objects.requireNonNull(messages);
        this.errors = new ErrorText(messages);
        this.onImported = Objects.requireNonNull(onImported);
    }

    /** Asks for a package and checks it; the import itself waits for the mediator's confirmation. */
    public void importPackage() {
        if (running.get()) {
            return;
        }
        Optional<Path> chosen = dialogs.chooseFileToOpen(messages.get("handoff.ui.import.title"),
            messages.get("handoff.ui.filter"), "*.zip");
        if (chosen.isEmpty()) {
            return;
        }
        Path file = chosen.get();
        running.set(true);
        message.set(messages.get("handoff.ui.import.checking"));
        background.submit(() -> handoffs.verify(file), report -> confirm(file, report), this::failed);
    }

    private void confirm(Path file, HandoffReport report) {
        if (!dialogs.confirm(messages.get("handoff.ui.import.confirmTitle"), describe(report))) {
            running.set(false);
            message.set(messages.get("handoff.ui.import.cancelled"));
            return;
        }
        message.set(messages.get("handoff.ui.import.running"));
        background.submit(() -> handoffs.importPackage(file), imported -> {
            running.set(false);
            message.set(messages.get(imported.alreadyImported() ? "handoff.ui.import.already"
                : "handoff.ui.import.done", imported.caseNumber(), imported.courtCaseNumber()));
            if (!imported.alreadyImported()) {
                onImported.accept(imported);
            }
        }, this::failed);
    }

    /** What the confirmation shows: the package's kind, sender, signer, court and files. */
    String describe(HandoffReport report) {
        String files = report.files().isEmpty() ? messages.get("handoff.ui.import.noFiles")
            : report.files().stream().map(f -> messages.get("handoff.ui.import.file", f.path(), f.size()))
                .collect(Collectors.joining("\n"));
        return messages.get("handoff.ui.import.confirm", messages.get(report.kind().messageKey()),
            report.senderName() == null ? "" : report.senderName(), report.signerName(), report.signerFingerprint(),
            report.courtName() == null ? "" : report.courtName(), report.courtCaseNumber(), files);
    }

    private void failed(Throwable failure) {
        running.set(false);
        message.set(errors.of(failure));
        dialogs.showError(messages.get("handoff.ui.import.failed"), errors.of(failure));
    }

    public ReadOnlyBooleanProperty runningProperty() {
        return running;
    }

    public ReadOnlyStringProperty messageProperty() {
        return message;
    }
}
