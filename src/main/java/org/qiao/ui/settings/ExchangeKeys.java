// SPDX-License-Identifier: AGPL-3.0-or-later
package org.qiao.ui.settings;

import java.nio.file.Path;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.Function;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import org.qiao.domain.handoff.TrustedKey;
import org.qiao.i18n.Messages;
import org.qiao.service.HandoffService;
import org.qiao.ui.BackgroundTasks;
import org.qiao.ui.DialogService;
import org.qiao.ui.ErrorText;

/**
 * The exchange keys part of the settings screen (交换密钥, administrators only): the fingerprint of the studio's own
 * signing key (made when first shown), exporting its public key for a court, and the keys of courts and other
 * studios whose packages are accepted, with trusting a new one and retiring one (撤销信任). A refused key changes
 * nothing and the message says why.
 */
public final class ExchangeKeys {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
    private static final int GROUP = 4;
    private static final int SHORT_GROUPS = 4;

    /**
     * A trusted key as listed, texts in the user's language; {@code fingerprint} is its start, {@code fullFingerprint}
     * all of it, both in groups of four.
     */
    public record Row(TrustedKey key, String owner, String fingerprint, String fullFingerprint, String trustedAt,
                      String trustedBy, String state) {

        public boolean inForce() {
            return key.isInForce();
        }
    }

    private final HandoffService handoffs;
    private final Messages messages;
    private final BackgroundTasks background;
    private final ErrorText errors;
    private final DialogService dialogs;

    private final ObservableList<Row> rows = FXCollections.observableArrayList();
    private final StringProperty fingerprint = new SimpleStringProperty("");
    private final StringProperty keyNote = new SimpleStringProperty("");
    private final StringProperty message = new SimpleStringProperty("");
    private final BooleanProperty messageIsError = new SimpleBooleanProperty(false);
    private final BooleanProperty busy = new SimpleBooleanProperty(false);

    public ExchangeKeys(HandoffService handoffs, Messages messages, BackgroundTasks background, ErrorText errors,
                        DialogService dialogs) {
        this.handoffs = Objects.requireNonNull(handoffs);
        this.messages = Objects.requireNonNull(messages);
        this.background = Objects.requireNonNull(background);
        this.errors = Objects.requireNonNull(errors);
        this.dialogs = Objects.requireNonNull(dialogs);
    }

    /** Shows the studio's key (making it if the studio has none yet) and lists the trusted keys. */
    public void load() {
        background.submit(handoffs::publicKey, key -> {
            fingerprint.set(grouped(key.fingerprint()));
            keyNote.set(key.madeNow() ? messages.get("settings.keys.own.new") : "");
        }, this::fail);
        loadTrusted();
    }

    private void loadTrusted() {
        background.submit(handoffs::trustedKeys, list -> rows.setAll(list.stream().map(this::row).toList()),
            this::fail);
    }

    private Row row(TrustedKey key) {
        String state = key.isInForce() ? messages.get("settings.keys.state.inForce")
            : messages.get("settings.keys.state.retired", WHEN.format(key.getRetiredAt()), key.getRetiredBy());
        String shortened = grouped(key.getFingerprint().substring(0, GROUP * SHORT_GROUPS)) + " …";
        return new Row(key, key.getOwnerName(), shortened, grouped(key.getFingerprint()), WHEN.format(key.getAddedAt()),
            key.getAddedBy(), state);
    }

    /** The fingerprint in groups of four hex digits, as read out over the phone to compare. */
    public static String grouped(String hex) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < hex.length(); i += GROUP) {
            if (i > 0) {
                out.append(' ');
            }
            out.append(hex, i, Math.min(hex.length(), i + GROUP));
        }
        return out.toString();
    }

    /** Saves the studio's public key (PEM) where the administrator chooses, to hand to a court. */
    public void exportPublicKey() {
        if (busy.get()) {
            return;
        }
        Optional<Path> chosen = dialogs.chooseFileToSave(messages.get("settings.keys.export.title"),
            messages.get("settings.keys.filter"), "*.pem", messages.get("settings.keys.export.fileName"));
        if (chosen.isEmpty()) {
            return;
        }
        Path file = chosen.get().getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".pem")
            ? chosen.get() : chosen.get().resolveSibling(chosen.get().getFileName() + ".pem");
        run(() -> handoffs.writePublicKey(file), key -> messages.get("settings.keys.export.done", file.toString(),
            grouped(key.fingerprint())));
    }

    /** Asks for a public key file and whose it is, and trusts it. */
    public void trust() {
        if (busy.get()) {
            return;
        }
        Optional<Path> file = dialogs.chooseFileToOpen(messages.get("settings.keys.trust.title"),
            messages.get("settings.keys.filter"), "*.pem");
        if (file.isEmpty()) {
            return;
        }
        Optional<String> owner = dialogs.askText(messages.get("settings.keys.trust.title"),
            messages.get("settings.keys.trust.owner", file.get().getFileName().toString()));
        if (owner.isEmpty()) {
            return;
        }
        run(() -> handoffs.trust(file.get(), owner.get()), key -> messages.get("settings.keys.trust.done",
            key.getOwnerName(), grouped(key.getFingerprint())));
    }

    /** Retires the chosen key after the administrator confirms. */
    public void untrust(Row row) {
        if (row == null || busy.get()) {
            return;
        }
        TrustedKey key = row.key();
        if (!dialogs.confirm(messages.get("settings.keys.untrust.title"), messages.get("settings.keys.untrust.confirm",
            key.getOwnerName(), grouped(key.getFingerprint())))) {
            return;
        }
        run(() -> handoffs.untrust(key.getFingerprint()), retired -> messages.get("settings.keys.untrust.done",
            retired.getOwnerName(), grouped(retired.getFingerprint())));
    }

    private <T> void run(Callable<T> change, Function<T, String> done) {
        busy.set(true);
        message.set("");
        background.submit(change, result -> {
            busy.set(false);
            messageIsError.set(false);
            message.set(done.apply(result));
            loadTrusted();
        }, failure -> {
            busy.set(false);
            fail(failure);
        });
    }

    private void fail(Throwable failure) {
        messageIsError.set(true);
        message.set(errors.of(failure));
    }

    public ObservableList<Row> rows() {
        return rows;
    }

    /** The studio's own key's fingerprint, grouped. */
    public StringProperty fingerprintProperty() {
        return fingerprint;
    }

    /** Says the studio's key was made just now, or empty. */
    public StringProperty keyNoteProperty() {
        return keyNote;
    }

    public StringProperty messageProperty() {
        return message;
    }

    /** Whether the message says what was refused rather than what was done. */
    public BooleanProperty messageIsErrorProperty() {
        return messageIsError;
    }

    public BooleanProperty busyProperty() {
        return busy;
    }
}
