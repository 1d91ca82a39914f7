// SPDX-License-Identifier: AGPL-3.0-or-later
package org.qiao.ui.dashboard;

import java.util.Map;
import java.util.Objects;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import org.qiao.domain.cases.CaseStatus;
import org.qiao.i18n.Messages;
import org.qiao.service.OverviewService;
import org.qiao.ui.BackgroundTasks;
import org.qiao.ui.ErrorText;

/** The dashboard's figures, loaded in the background: total and open cases and the count in each status. */
public final class DashboardViewModel {

    /** One row of the status table. */
    public record StatusRow(String status, long count) {
    }

    private final OverviewService overview;
    private final BackgroundTasks background;
    private final ErrorText errors;
    private final Messages messages;

    private final StringProperty totalCases = new SimpleStringProperty("–");
    private final StringProperty openCases = new SimpleStringProperty("–");
    private final StringProperty message = new SimpleStringProperty("");
    private final BooleanProperty loading = new SimpleBooleanProperty(false);
    private final ObservableList<StatusRow> statusRows = FXCollections.observableArrayList();

    public DashboardViewModel(OverviewService overview, BackgroundTasks background, ErrorText errors,
                              Messages messages) {
        this.overview = Objects.requireNonNull(overview);
        this.background = Objects.requireNonNull(background);
        this.errors = Objects.requireNonNull(errors);
        this.messages = Objects.requireNonNull(messages);
    }

    public void refresh() {
        loading.set(true);
        message.set("");
        background.submit(overview::overview, result -> {
            loading.set(false);
            totalCases.set(Long.toString(result.totalCases()));
            openCases.set(Long.toString(result.openCases()));
            statusRows.clear();
            for (Map.Entry<CaseStatus, Long> entry : result.byStatus().entrySet()) {
                statusRows.add(new StatusRow(messages.get(entry.getKey().messageKey()), entry.getValue()));
            }
        }, failure -> {
            loading.set(false);
            message.set(errors.of(failure));
        });
    }

    public StringProperty totalCasesProperty() {
        return totalCases;
    }

    public StringProperty openCasesProperty() {
        return openCases;
    }

    public StringProperty messageProperty() {
        return message;
    }

    public BooleanProperty loadingProperty() {
        return loading;
    }

    public ObservableList<StatusRow> statusRows() {
        return statusRows;
    }
}
