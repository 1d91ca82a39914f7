// SPDX-License-Identifier: AGPL-3.0-or-later
package org.qiao.ui.intake;

import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import org.qiao.domain.cases.WorkerGroup;
import org.qiao.service.IntakeForm;

/** One worker (申请人) on the intake form with their claims, as typed. */
public final class WorkerRow {

    private final StringProperty name = new SimpleStringProperty("");
    private final StringProperty residentId = new SimpleStringProperty("");
    private final StringProperty phone = new SimpleStringProperty("");
    private final StringProperty address = new SimpleStringProperty("");
    private final BooleanProperty representative = new SimpleBooleanProperty(false);
    private final Map<WorkerGroup, BooleanProperty> groups = new EnumMap<>(WorkerGroup.class);
    private final ObservableList<ClaimRow> claims = FXCollections.observableArrayList();
    /** Filled from a valid resident ID: sex and age, in the user's language. */
    private final StringProperty identityLine = new SimpleStringProperty("");
    private final StringProperty total = new SimpleStringProperty("");

    public WorkerRow() {
        for (WorkerGroup group : WorkerGroup.values()) {
            groups.put(group, new SimpleBooleanProperty(false));
        }
        claims.add(new ClaimRow());
    }

    public StringProperty nameProperty() {
        return name;
    }

    public StringProperty residentIdProperty() {
        return residentId;
    }

    public StringProperty phoneProperty() {
        return phone;
    }

    public StringProperty addressProperty() {
        return address;
    }

    public BooleanProperty representativeProperty() {
        return representative;
    }

    public BooleanProperty groupProperty(WorkerGroup group) {
        return groups.get(group);
    }

    public ObservableList<ClaimRow> claims() {
        return claims;
    }

    public StringProperty identityLineProperty() {
        return identityLine;
    }

    public StringProperty totalProperty() {
        return total;
    }

    IntakeForm.WorkerEntry toEntry() {
        Set<WorkerGroup> chosen = EnumSet.noneOf(WorkerGroup.class);
        groups.forEach((group, on) -> {
            if (on.get()) {
                chosen.add(group);
            }
        });
        return new IntakeForm.WorkerEntry(name.get(), residentId.get(), phone.get(), address.get(), chosen,
            representative.get(), claims.stream().map(ClaimRow::toEntry).toList());
    }
}
