// SPDX-License-Identifier: AGPL-3.0-or-later
package org.qiao.ui.payment;

import java.util.Objects;
import java.util.function.Consumer;

import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import org.qiao.i18n.Messages;
import org.qiao.service.PaymentService;
import org.qiao.ui.BackgroundTasks;
import org.qiao.ui.ErrorText;

/**
 * The dashboard's card of overdue instalments: of a mediator's own cases (everyone's for anyone else), longest
 * overdue first, each with the next step, opening the case page like the deadline watch does.
 */
public final class OverdueInstalmentsViewModel {

    /** How many overdue instalments the card lists. */
    public static final int ROWS = 20;

    /** One overdue instalment, as shown. */
    public record Row(String caseNumber, String employer, String worker, String instalment, String due,
                      String overdue, String remaining, String nextStep, String nextStepInFull, String mediator) {
    }

    private final PaymentService payments;
    private final boolean onlyMine;
    private final Consumer<String> openCase;
    private final BackgroundTasks background;
    private final ErrorText errors;
    private final Messages messages;

    private final ObservableList<Row> rows = FXCollections.observableArrayList();
    private final StringProperty count = new SimpleStringProperty("–");
    private final StringProperty note = new SimpleStringProperty("");

    /**
     * @param onlyMine a mediator's dashboard: the signed-in user's own cases
     * @param openCase opens a case page by its number
     */
    public OverdueInstalmentsViewModel(PaymentService payments, boolean onlyMine, Consumer<String> openCase,
                                       BackgroundTasks background, ErrorText errors, Messages messages) {
        this.payments = Objects.requireNonNull(payments);
        this.onlyMine = onlyMine;
        this.openCase = Objects.requireNonNull(openCase);
        this.background = Objects.requireNonNull(background);
        this.errors = Objects.requireNonNull(errors);
        this.messages = Objects.requireNonNull(messages);
    }

    public void refresh() {
        // One more than shown, to tell "exactly 20" from "more than 20".
        background.submit(() -> payments.overdue(onlyMine, ROWS + 1), this::show,
            failure -> note.set(errors.of(failure)));
    }

    private void show(PaymentService.OverdueWatch watch) {
        rows.setAll(watch.rows().stream().limit(ROWS).map(row -> new Row(row.caseNumber(), row.employerName(),
            row.workerName(),
            messages.get("payment.instalment.number", row.seq()), row.due().toString(),
            messages.get("dashboard.deadlines.overdueDays", row.daysOverdue()), row.remaining().toGroupedString(),
            messages.get(row.nextStep().shortKey()), messages.get(row.nextStep().messageKey()),
            row.mediatorName() == null ? messages.get("ledger.mediator.none") : row.mediatorName())).toList());
        count.set(watch.rows().size() > ROWS ? messages.get("dashboard.count.atLeast", ROWS)
            : messages.get("dashboard.count", watch.rows().size()));
        String scope = messages.get(onlyMine ? "dashboard.deadlines.mine" : "dashboard.deadlines.all");
        note.set(rows.isEmpty() ? messages.get("payment.overdue.none", scope) : scope);
    }

    /** Opens the case of a row on the case page. */
    public void open(Row row) {
        if (row != null) {
            openCase.accept(row.caseNumber());
        }
    }

    public ObservableList<Row> rows() {
        return rows;
    }

    public StringProperty countProperty() {
        return count;
    }

    /** Whose instalments these are, that there are none, or why they could not be read. */
    public StringProperty noteProperty() {
        return note;
    }
}
