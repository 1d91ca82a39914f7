// SPDX-License-Identifier: AGPL-3.0-or-later
package org.qiao.ui.intake;

import java.nio.file.Path;
import java.util.Objects;

import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

import org.qiao.service.IntakeForm;

/**
 * A file chosen as evidence on the intake form, before the case is saved: its name, what reading it found (size
 * and SHA-256, or why it could not be read) and the mediator's description.
 */
public final class EvidenceRow {

    private final Path file;
    private final StringProperty description = new SimpleStringProperty("");
    private final StringProperty sizeText = new SimpleStringProperty("");
    private final StringProperty sha256 = new SimpleStringProperty(null);
    /** Why the file could not be read, in the user's language; empty when it was read (or is being read). */
    private final StringProperty problem = new SimpleStringProperty("");

    public EvidenceRow(Path file) {
        this.file = Objects.requireNonNull(file);
    }

    public Path file() {
        return file;
    }

    public String fileName() {
        return String.valueOf(file.getFileName());
    }

    public StringProperty descriptionProperty() {
        return description;
    }

    public StringProperty sizeTextProperty() {
        return sizeText;
    }

    /** The content's SHA-256 when the file was read, {@code null} before. */
    public StringProperty sha256Property() {
        return sha256;
    }

    public StringProperty problemProperty() {
        return problem;
    }

    IntakeForm.EvidenceEntry toEntry() {
        return new IntakeForm.EvidenceEntry(file, description.get(), sha256.get());
    }
}
