// SPDX-License-Identifier: AGPL-3.0-or-later
package org.qiao.ui.intake;

import java.nio.file.Path;
import java.util.Objects;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

import org.qiao.domain.court.MaterialKind;
import org.qiao.service.ReferralForm;

/** One line of a referral's materials checklist: whether it came with the court's file, a note, its scan. */
public final class MaterialRow {

    private final MaterialKind kind;
    private final BooleanProperty received = new SimpleBooleanProperty(false);
    private final StringProperty note = new SimpleStringProperty("");
    private final ObjectProperty<Path> scan = new SimpleObjectProperty<>();

    public MaterialRow(MaterialKind kind) {
        this.kind = Objects.requireNonNull(kind);
    }

    public MaterialKind kind() {
        return kind;
    }

    public BooleanProperty receivedProperty() {
        return received;
    }

    public StringProperty noteProperty() {
        return note;
    }

    /** The scanned copy chosen, or {@code null}. */
    public ObjectProperty<Path> scanProperty() {
        return scan;
    }

    /** Back to not received, no note, no scan. */
    void clear() {
        received.set(false);
        note.set("");
        scan.set(null);
    }

    ReferralForm.MaterialEntry toEntry() {
        return new ReferralForm.MaterialEntry(kind, note.get(), scan.get());
    }
}
