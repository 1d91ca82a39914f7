// SPDX-License-Identifier: AGPL-3.0-or-later
package org.qiao.ui.intake;

import java.time.LocalDate;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

import org.qiao.domain.cases.DisputeCategory;
import org.qiao.service.IntakeForm;

/** One claim of one worker on the intake form, as typed. */
public final class ClaimRow {

    private final ObjectProperty<DisputeCategory> category = new SimpleObjectProperty<>(DisputeCategory.WAGES);
    private final StringProperty amount = new SimpleStringProperty("");
    private final ObjectProperty<LocalDate> periodFrom = new SimpleObjectProperty<>();
    private final ObjectProperty<LocalDate> periodTo = new SimpleObjectProperty<>();
    private final StringProperty note = new SimpleStringProperty("");

    public ObjectProperty<DisputeCategory> categoryProperty() {
        return category;
    }

    public StringProperty amountProperty() {
        return amount;
    }

    /** The first day of the period the claim covers (e.g. the first unpaid month), if given. */
    public ObjectProperty<LocalDate> periodFromProperty() {
        return periodFrom;
    }

    /** The last day of the period the claim covers, if given. */
    public ObjectProperty<LocalDate> periodToProperty() {
        return periodTo;
    }

    public StringProperty noteProperty() {
        return note;
    }

    IntakeForm.ClaimEntry toEntry() {
        return new IntakeForm.ClaimEntry(category.get(), amount.get(), periodFrom.get(), periodTo.get(), note.get());
    }
}
