// SPDX-License-Identifier: AGPL-3.0-or-later
package org.qiao.ui.settings;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import org.qiao.domain.QiaoException;
import org.qiao.domain.ValidationException;
import org.qiao.domain.cases.CaseNumberPattern;
import org.qiao.domain.region.Region;
import org.qiao.domain.region.RegionDirectory;
import org.qiao.i18n.Messages;
import org.qiao.service.StudioService;
import org.qiao.ui.BackgroundTasks;
import org.qiao.ui.ErrorText;

/**
 * The studios part of the settings screen (administrators only): each studio's case-number pattern and the number
 * its next case of this year gets. The administrator edits a pattern and sees, while typing, the next number it
 * would give or what is wrong with it; saving keeps the year's sequence, so numbering stays gap-free. The studio's
 * telephone, which its papers to the court give, is edited the same way.
 */
public final class StudioNumbering {

    /** A studio as listed, texts in the user's language. */
    public record Row(long studioId, String name, String region, String pattern, String phone, String nextNumber,
                      StudioService.Numbering numbering) {
    }

    private static final int PATTERN_MAX = 100;

    private final StudioService studios;
    private final RegionDirectory regions;
    private final Messages messages;
    private final BackgroundTasks background;
    private final ErrorText errors;
    private final Clock clock;

    private final ObservableList<Row> rows = FXCollections.observableArrayList();
    private final ObjectProperty<Row> selected = new SimpleObjectProperty<>();
    private final StringProperty pattern = new SimpleStringProperty("");
    private final StringProperty preview = new SimpleStringProperty("");
    private final StringProperty problem = new SimpleStringProperty("");
    private final StringProperty message = new SimpleStringProperty("");
    private final BooleanProperty canSave = new SimpleBooleanProperty(false);
    private final StringProperty phone = new SimpleStringProperty("");
    private final StringProperty phoneProblem = new SimpleStringProperty("");
    private final BooleanProperty canSavePhone = new SimpleBooleanProperty(false);
    private final BooleanProperty busy = new SimpleBooleanProperty(false);

    public StudioNumbering(StudioService studios, RegionDirectory regions, Messages messages,
                           BackgroundTasks background, ErrorText errors, Clock clock) {
        this.studios = Objects.requireNonNull(studios);
        this.regions = Objects.requireNonNull(regions);
        this.messages = Objects.requireNonNull(messages);
        this.background = Objects.requireNonNull(background);
        this.errors = Objects.requireNonNull(errors);
        this.clock = Objects.requireNonNull(clock);
        selected.addListener((obs, old, row) -> {
            pattern.set(row == null ? "" : row.pattern());
            phone.set(row == null ? "" : row.phone());
            phoneProblem.set("");
            if (old == null || row == null || old.studioId() != row.studioId()) {
                message.set("");
            }
        });
        pattern.addListener((obs, old, text) -> check());
        busy.addListener((obs, old, now) -> check());
        phone.addListener((obs, old, text) -> {
            phoneProblem.set("");
            checkPhone();
        });
        busy.addListener((obs, old, now) -> checkPhone());
        selected.addListener((obs, old, row) -> checkPhone());
    }

    /** Lists the studios, keeping the one chosen (and a pattern being typed for it) when it is still there. */
    public void load() {
        int year = LocalDate.now(clock).getYear();
        background.submit(() -> studios.numbering(year), list -> {
            Long chosen = selected.get() == null ? null : selected.get().studioId();
            String typed = pattern.get();
            String typedPhone = phone.get();
            rows.setAll(list.stream().map(this::row).toList());
            Optional<Row> again = rows.stream().filter(r -> chosen != null && r.studioId() == chosen).findFirst();
            selected.set(again.orElse(rows.isEmpty() ? null : rows.get(0)));
            if (again.isPresent()) {
                pattern.set(typed);
                phone.set(typedPhone);
            }
        }, failure -> message.set(errors.of(failure)));
    }

    private Row row(StudioService.Numbering n) {
        String region = n.regionCode() == null ? "" : regions.byCode(n.regionCode()).map(Region::name)
            .orElse(n.regionCode());
        return new Row(n.studioId(), n.name(), region, n.pattern(), n.phone(),
            n.nextNumber(CaseNumberPattern.parse(n.pattern())), n);
    }

    /** Re-reads the pattern being typed: the next number it gives, or what is wrong with it. */
    private void check() {
        Row row = selected.get();
        if (row == null) {
            preview.set("");
            problem.set("");
            canSave.set(false);
            return;
        }
        try {
            CaseNumberPattern parsed = CaseNumberPattern.parse(pattern.get());
            preview.set(messages.get("settings.studios.preview", row.numbering().nextNumber(parsed),
                row.numbering().year()));
            problem.set("");
            canSave.set(!busy.get() && !parsed.text().equals(row.pattern()));
        } catch (QiaoException e) {
            preview.set("");
            problem.set(explain(pattern.get()));
            canSave.set(false);
        }
    }

    /** Why a pattern the domain refuses is wrong, as precisely as a person needs to fix it. */
    String explain(String text) {
        String typed = text == null ? "" : text.strip();
        if (typed.isEmpty()) {
            return messages.get("settings.studios.pattern.empty");
        }
        if (typed.indexOf('｛') >= 0 || typed.indexOf('｝') >= 0) {
            return messages.get("settings.studios.pattern.fullWidth");
        }
        if (typed.length() > PATTERN_MAX) {
            return messages.get("settings.studios.pattern.tooLong", PATTERN_MAX, typed.length());
        }
        if (!typed.contains("{year}")) {
            return messages.get("settings.studios.pattern.noYear");
        }
        if (!typed.matches(".*\\{seq:\\d+}.*")) {
            return messages.get("settings.studios.pattern.noSeq");
        }
        if (!typed.matches(".*\\{seq:[1-9]}.*")) {
            return messages.get("settings.studios.pattern.digits");
        }
        return messages.get("studio.pattern.invalid", typed);
    }

    /** How a pattern is written, and that a new one keeps the year's numbering. */
    public String hint() {
        return messages.get("settings.studios.pattern.hint");
    }

    /** Stores the pattern typed for the chosen studio; a refused one stays in the field with the reason. */
    public void save() {
        Row row = selected.get();
        if (row == null || !canSave.get()) {
            return;
        }
        String typed = pattern.get();
        busy.set(true);
        background.submit(() -> studios.updatePattern(row.studioId(), typed), saved -> {
            busy.set(false);
            message.set(messages.get("settings.studios.saved", saved.getName()));
            load();
        }, failure -> {
            busy.set(false);
            problem.set(errors.of(failure));
        });
    }

    /** Whether the telephone typed differs from the chosen studio's, so that saving it changes something. */
    private void checkPhone() {
        Row row = selected.get();
        canSavePhone.set(row != null && !busy.get() && !phone.get().strip().equals(row.phone()));
    }

    /** How the telephone is used and written. */
    public String phoneHint() {
        return messages.get("settings.studios.phone.hint");
    }

    /**
     * Stores the telephone typed for the chosen studio (blank clears it); a refused one stays in the field with the
     * reason under it.
     */
    public void savePhone() {
        Row row = selected.get();
        if (row == null || !canSavePhone.get()) {
            return;
        }
        String typed = phone.get();
        busy.set(true);
        background.submit(() -> studios.updatePhone(row.studioId(), typed), saved -> {
            busy.set(false);
            message.set(saved.getPhone() == null ? messages.get("settings.studios.phone.cleared", saved.getName())
                : messages.get("settings.studios.phone.saved", saved.getName(), saved.getPhone()));
            phone.set(saved.getPhone() == null ? "" : saved.getPhone());
            load();
        }, failure -> {
            busy.set(false);
            phoneProblem.set(failure instanceof ValidationException invalid
                ? invalid.problems().stream().map(p -> messages.get(p.messageKey(), p.args()))
                    .collect(Collectors.joining(" "))
                : errors.of(failure));
        });
    }

    /** Puts the studio's stored pattern back in the field. */
    public void revert() {
        Row row = selected.get();
        pattern.set(row == null ? "" : row.pattern());
    }

    public ObservableList<Row> rows() {
        return rows;
    }

    public ObjectProperty<Row> selectedProperty() {
        return selected;
    }

    public StringProperty patternProperty() {
        return pattern;
    }

    public StringProperty previewProperty() {
        return preview;
    }

    public StringProperty problemProperty() {
        return problem;
    }

    public StringProperty messageProperty() {
        return message;
    }

    public BooleanProperty canSaveProperty() {
        return canSave;
    }

    public StringProperty phoneProperty() {
        return phone;
    }

    public StringProperty phoneProblemProperty() {
        return phoneProblem;
    }

    public BooleanProperty canSavePhoneProperty() {
        return canSavePhone;
    }

    public BooleanProperty busyProperty() {
        return busy;
    }
}
