// SPDX-License-Identifier: AGPL-3.0-or-later
package org.qiao.ui.dashboard;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import org.qiao.domain.cases.CaseStatus;
import org.qiao.domain.cases.LedgerCount;
import org.qiao.domain.cases.LedgerRow;
import org.qiao.i18n.Messages;
import org.qiao.service.CaseLedgerService;
import org.qiao.service.OverviewService;
import org.qiao.ui.BackgroundTasks;
import org.qiao.ui.ErrorText;
import org.qiao.ui.Labels;

/**
 * The dashboard, loaded in the background: total and open cases, the count in each status, and the mediation
 * deadlines to watch — overdue cases and cases due within 3 working days (a mediator's own, every mediator's for
 * anyone else), earliest first, each opening the case page.
 */
public final class DashboardViewModel {

    /** How many deadline rows of each kind the dashboard lists; the cards give the full counts. */
    public static final int DEADLINE_ROWS = 20;

    /** One row of the status table. */
    public record StatusRow(String status, long count) {
    }

    /** One row of the deadline table, as shown; {@code overdue} rows are marked. */
    public record DeadlineRow(String caseNumber, String status, String employer, String workers, String due,
                              String left, boolean overdue, String mediator) {
    }

    private final OverviewService overview;
    private final CaseLedgerService ledger;
    private final boolean onlyMine;
    private final Consumer<String> openCase;
    private final BackgroundTasks background;
    private final ErrorText errors;
    private final Messages messages;

    private final StringProperty totalCases = new SimpleStringProperty("–");
    private final StringProperty openCases = new SimpleStringProperty("–");
    private final StringProperty message = new SimpleStringProperty("");
    private final BooleanProperty loading = new SimpleBooleanProperty(false);
    private final ObservableList<StatusRow> statusRows = FXCollections.observableArrayList();
    private final StringProperty overdueCount = new SimpleStringProperty("–");
    private final StringProperty dueSoonCount = new SimpleStringProperty("–");
    private final StringProperty deadlineNote = new SimpleStringProperty("");
    private final ObservableList<DeadlineRow> deadlineRows = FXCollections.observableArrayList();

    /**
     * @param onlyMine  a mediator's dashboard: the deadlines of the signed-in user's own cases
     * @param openCase  opens a case page by its number (the ledger's)
     */
    public DashboardViewModel(OverviewService overview, CaseLedgerService ledger, boolean onlyMine,
                              Consumer<String> openCase, BackgroundTasks background, ErrorText errors,
                              Messages messages) {
        this.overview = Objects.requireNonNull(overview);
        this.ledger = Objects.requireNonNull(ledger);
        this.onlyMine = onlyMine;
        this.openCase = Objects.requireNonNull(openCase);
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
        background.submit(() -> ledger.deadlineWatch(onlyMine, DEADLINE_ROWS), this::showDeadlines,
            failure -> message.set(errors.of(failure)));
    }

    private void showDeadlines(CaseLedgerService.DeadlineWatch watch) {
        overdueCount.set(count(watch.overdueCount()));
        dueSoonCount.set(count(watch.dueSoonCount()));
        List<DeadlineRow> rows = new ArrayList<>();
        watch.overdue().forEach(row -> rows.add(deadlineRow(row, watch.today())));
        watch.dueSoon().forEach(row -> rows.add(deadlineRow(row, watch.today())));
        deadlineRows.setAll(rows);
        String scope = messages.get(onlyMine ? "dashboard.deadlines.mine" : "dashboard.deadlines.all");
        deadlineNote.set(rows.isEmpty() ? messages.get("dashboard.deadlines.none", scope) : scope);
    }

    private String count(LedgerCount count) {
        return messages.get(count.exact() ? "dashboard.count" : "dashboard.count.atLeast", count.matches());
    }

    private DeadlineRow deadlineRow(LedgerRow row, LocalDate today) {
        long days = ChronoUnit.DAYS.between(today, row.mediationDue());
        String left = days < 0 ? messages.get("dashboard.deadlines.overdueDays", -days)
            : days == 0 ? messages.get("dashboard.deadlines.today")
            : messages.get("dashboard.deadlines.daysLeft", days);
        return new DeadlineRow(row.caseNumber(), messages.get(row.status().messageKey()), row.employerName(),
            Labels.workers(messages, row), row.mediationDue().toString(), left, days < 0,
            row.mediatorName() == null ? messages.get("ledger.mediator.none") : row.mediatorName());
    }

    /** Opens the case of a deadline row on the case page. */
    public void open(DeadlineRow row) {
        if (row != null) {
            openCase.accept(row.caseNumber());
        }
    }

    public StringProperty overdueCountProperty() {
        return overdueCount;
    }

    public StringProperty dueSoonCountProperty() {
        return dueSoonCount;
    }

    /** Whose deadlines these are, or that there are none. */
    public StringProperty deadlineNoteProperty() {
        return deadlineNote;
    }

    public ObservableList<DeadlineRow> deadlineRows() {
        return deadlineRows;
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
