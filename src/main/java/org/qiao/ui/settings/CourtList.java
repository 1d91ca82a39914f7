// SPDX-License-Identifier: AGPL-3.0-or-later
package org.qiao.ui.settings;

import java.util.List;
import java.util.Objects;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.ObservableMap;

import org.qiao.domain.ValidationException;
import org.qiao.domain.court.Court;
import org.qiao.domain.court.CourtLevel;
import org.qiao.i18n.Messages;
import org.qiao.service.CourtService;
import org.qiao.service.CourtService.CourtEntry;
import org.qiao.ui.BackgroundTasks;
import org.qiao.ui.ErrorText;

/**
 * The court list part of the settings screen (administrators only): every court, retired ones included, with a form
 * below to add a court or correct the one chosen, and retiring or reactivating the chosen one. A refused form shows
 * each problem next to its field and keeps what was typed.
 */
public final class CourtList {

    /** A court as listed, texts in the user's language. */
    public record Row(Court court, String code, String name, String level, String phone, String state) {
    }

    private final CourtService courts;
    private final Messages messages;
    private final BackgroundTasks background;
    private final ErrorText errors;

    private final ObservableList<Row> rows = FXCollections.observableArrayList();
    /** The court being corrected, or {@code null} when the form adds a new one. */
    private final ObjectProperty<Court> editing = new SimpleObjectProperty<>();
    private final StringProperty code = new SimpleStringProperty("");
    private final StringProperty name = new SimpleStringProperty("");
    private final ObjectProperty<CourtLevel> level = new SimpleObjectProperty<>(CourtLevel.BASIC);
    private final StringProperty regionCode = new SimpleStringProperty("");
    private final StringProperty phone = new SimpleStringProperty("");
    private final StringProperty address = new SimpleStringProperty("");
    private final ObservableMap<String, String> problems = FXCollections.observableHashMap();
    private final StringProperty message = new SimpleStringProperty("");
    private final BooleanProperty busy = new SimpleBooleanProperty(false);
    private final StringProperty formTitle = new SimpleStringProperty("");
    private final BooleanProperty messageIsError = new SimpleBooleanProperty(false);

    public CourtList(CourtService courts, Messages messages, BackgroundTasks background, ErrorText errors) {
        this.courts = Objects.requireNonNull(courts);
        this.messages = Objects.requireNonNull(messages);
        this.background = Objects.requireNonNull(background);
        this.errors = Objects.requireNonNull(errors);
        formTitle.set(messages.get("settings.courts.form.new"));
        editing.addListener((obs, old, court) -> formTitle.set(court == null ? messages.get("settings.courts.form.new")
            : messages.get("settings.courts.form.edit", court.getName())));
    }

    /** Lists every court, by code. */
    public void load() {
        background.submit(courts::all, list -> rows.setAll(list.stream().map(this::row).toList()),
            failure -> message.set(errors.of(failure)));
    }

    private Row row(Court court) {
        return new Row(court, court.getCode(), court.getName(), messages.get(court.getLevel().messageKey()),
            Objects.toString(court.getPhone(), ""),
            messages.get(court.isActive() ? "court.state.active" : "court.state.retired"));
    }

    /** Empties the form for a new court. */
    public void startNew() {
        editing.set(null);
        fill(new CourtEntry("", "", CourtLevel.BASIC, "", "", ""));
        message.set("");
    }

    /** Fills the form with the chosen court, to correct it. */
    public void edit(Row row) {
        if (row == null) {
            return;
        }
        Court before = editing.get();
        editing.set(row.court());
        fill(CourtEntry.of(row.court()));
        // The list reloaded after a change chooses the same court again: what was done stays said.
        if (before == null || !before.getId().equals(row.court().getId())) {
            message.set("");
        }
    }

    private void fill(CourtEntry entry) {
        code.set(entry.code());
        name.set(entry.name());
        level.set(entry.level());
        regionCode.set(Objects.toString(entry.regionCode(), ""));
        phone.set(Objects.toString(entry.phone(), ""));
        address.set(Objects.toString(entry.address(), ""));
        problems.clear();
    }

    /** Adds the court typed, or stores the corrections of the one chosen. */
    public void save() {
        if (busy.get()) {
            return;
        }
        CourtEntry entry = new CourtEntry(code.get(), name.get(), level.get(), regionCode.get(), phone.get(),
            address.get());
        Court chosen = editing.get();
        run(() -> chosen == null ? courts.add(entry) : courts.update(chosen.getId(), chosen.getVersion(), entry),
            chosen == null ? "court.added" : "court.updated");
    }

    /** Retires the chosen court. */
    public void retire(Row row) {
        if (row != null && !busy.get()) {
            run(() -> courts.retire(row.court().getId()), "court.retired");
        }
    }

    /** Brings the chosen court back. */
    public void reactivate(Row row) {
        if (row != null && !busy.get()) {
            run(() -> courts.reactivate(row.court().getId()), "court.reactivated");
        }
    }

    private void run(java.util.concurrent.Callable<Court> change, String doneKey) {
        busy.set(true);
        problems.clear();
        message.set("");
        background.submit(change, court -> {
            busy.set(false);
            editing.set(court);
            fill(CourtEntry.of(court));
            messageIsError.set(false);
            message.set(messages.get(doneKey, court.getName(), court.getCode()));
            load();
        }, failure -> {
            busy.set(false);
            messageIsError.set(true);
            if (failure instanceof ValidationException invalid) {
                invalid.problems().forEach(p -> problems.putIfAbsent(p.field(),
                    messages.get(p.messageKey(), p.args())));
                message.set(messages.get("validation.failed", invalid.problems().size()));
            } else {
                message.set(errors.of(failure));
            }
        });
    }

    public List<CourtLevel> levels() {
        return List.of(CourtLevel.values());
    }

    public String levelName(CourtLevel value) {
        return messages.get(value.messageKey());
    }

    /** The problem shown next to {@code field}, or empty. */
    public String problemAt(String field) {
        return problems.getOrDefault(field, "");
    }

    public ObservableList<Row> rows() {
        return rows;
    }

    public ObjectProperty<Court> editingProperty() {
        return editing;
    }

    public StringProperty codeProperty() {
        return code;
    }

    public StringProperty nameProperty() {
        return name;
    }

    public ObjectProperty<CourtLevel> levelProperty() {
        return level;
    }

    public StringProperty regionCodeProperty() {
        return regionCode;
    }

    public StringProperty phoneProperty() {
        return phone;
    }

    public StringProperty addressProperty() {
        return address;
    }

    public ObservableMap<String, String> problems() {
        return problems;
    }

    public StringProperty messageProperty() {
        return message;
    }

    /** Whether the message says what was refused rather than what was done. */
    public BooleanProperty messageIsErrorProperty() {
        return messageIsError;
    }

    /** What the form does: add a court, or correct the one chosen. */
    public StringProperty formTitleProperty() {
        return formTitle;
    }

    public BooleanProperty busyProperty() {
        return busy;
    }
}
