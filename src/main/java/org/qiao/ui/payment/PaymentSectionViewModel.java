// SPDX-License-Identifier: AGPL-3.0-or-later
package org.qiao.ui.payment;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import org.qiao.domain.FieldProblem;
import org.qiao.domain.ValidationException;
import org.qiao.domain.money.Money;
import org.qiao.domain.payment.FollowUp;
import org.qiao.domain.payment.FollowUpMethod;
import org.qiao.domain.payment.InstalmentAllocation;
import org.qiao.domain.payment.Payment;
import org.qiao.domain.payment.PaymentMethod;
import org.qiao.i18n.Messages;
import org.qiao.service.CaseDetail;
import org.qiao.service.CasePerformance;
import org.qiao.service.PaymentService;
import org.qiao.ui.BackgroundTasks;
import org.qiao.ui.DialogService;
import org.qiao.ui.DocumentOutput;
import org.qiao.ui.ErrorText;
import org.qiao.ui.FileText;

/**
 * The case page's section on performance and recovered wages (履行与回款): per worker what was claimed, agreed,
 * paid and is outstanding, with the case's totals; the instalments with their state (an overdue one with the next
 * step); the payments, each of which may be voided with a reason; the follow-up visits; and the forms to record a
 * payment or a visit; and the case's recovered-wage summary (挽回经济损失情况) opened in the system viewer or printed,
 * as {@code qiao print recovery-summary} writes it. A form that is refused keeps what was typed and shows each message
 * next to its field. After a payment the case page reloads, since a payment can move the case on (履行中, 结案).
 */
public final class PaymentSectionViewModel {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    /** A worker to choose in a form. */
    public record WorkerChoice(long id, String name) {

        @Override
        public String toString() {
            return name;
        }
    }

    /** One worker's figures, as shown. */
    public record WorkerRow(String name, String claimed, String agreed, String paid, String outstanding) {
    }

    /** One instalment, as shown; {@code overdue} rows are marked and carry the next step. */
    public record InstalmentRow(String worker, String number, String due, String amount, String paid, String state,
                                String nextStep, String nextStepInFull, boolean overdue) {
    }

    /** One payment, as shown; a voided one says why and cannot be voided again. */
    public record PaymentRow(long id, String date, String worker, String payer, String method, String amount,
                             String proof, String note, boolean voided) {
    }

    private final PaymentService payments;
    private final Messages messages;
    private final BackgroundTasks background;
    private final ErrorText errors;
    private final DialogService dialogs;
    private final DocumentOutput documents;
    private final Clock clock;

    private final BooleanProperty available = new SimpleBooleanProperty(false);
    private final BooleanProperty busy = new SimpleBooleanProperty(false);
    private final BooleanProperty canRecord = new SimpleBooleanProperty(false);
    private final StringProperty agreement = new SimpleStringProperty("");
    private final StringProperty totals = new SimpleStringProperty("");
    private final StringProperty message = new SimpleStringProperty("");
    private final ObservableList<WorkerRow> workerRows = FXCollections.observableArrayList();
    private final ObservableList<InstalmentRow> instalmentRows = FXCollections.observableArrayList();
    private final ObservableList<PaymentRow> paymentRows = FXCollections.observableArrayList();
    private final ObservableList<String> followUpLines = FXCollections.observableArrayList();
    private final ObservableList<WorkerChoice> workerChoices = FXCollections.observableArrayList();

    private final BooleanProperty paymentFormShowing = new SimpleBooleanProperty(false);
    private final ObjectProperty<WorkerChoice> paymentWorker = new SimpleObjectProperty<>();
    private final ObjectProperty<LocalDate> paymentDate = new SimpleObjectProperty<>();
    private final StringProperty payer = new SimpleStringProperty("");
    private final StringProperty amount = new SimpleStringProperty("");
    private final ObjectProperty<PaymentMethod> method = new SimpleObjectProperty<>();
    private final ObjectProperty<Path> proof = new SimpleObjectProperty<>();
    private final StringProperty proofText = new SimpleStringProperty("");
    private final StringProperty note = new SimpleStringProperty("");
    private final Map<String, StringProperty> paymentProblems = problems("worker", "date", "payer", "amount",
        "method", "proof", "note");

    private final BooleanProperty followUpFormShowing = new SimpleBooleanProperty(false);
    private final ObjectProperty<LocalDate> followUpDate = new SimpleObjectProperty<>();
    private final ObjectProperty<FollowUpMethod> followUpMethod = new SimpleObjectProperty<>();
    private final ObjectProperty<WorkerChoice> followUpWorker = new SimpleObjectProperty<>();
    private final StringProperty followUpResult = new SimpleStringProperty("");
    private final Map<String, StringProperty> followUpProblems = problems("date", "method", "result");

    private CaseDetail shown;
    private long version;
    private Runnable onCaseChanged = () -> { };

    public PaymentSectionViewModel(PaymentService payments, Messages messages, BackgroundTasks background,
                                   ErrorText errors, DialogService dialogs, DocumentOutput documents, Clock clock) {
        this.payments = Objects.requireNonNull(payments);
        this.messages = Objects.requireNonNull(messages);
        this.background = Objects.requireNonNull(background);
        this.errors = Objects.requireNonNull(errors);
        this.dialogs = Objects.requireNonNull(dialogs);
        this.documents = Objects.requireNonNull(documents);
        this.clock = Objects.requireNonNull(clock);
    }

    private static Map<String, StringProperty> problems(String... fields) {
        Map<String, StringProperty> map = new java.util.LinkedHashMap<>();
        for (String field : fields) {
            map.put(field, new SimpleStringProperty(""));
        }
        return map;
    }

    /** Called after a payment was recorded or voided, so the case page shows the case's new status and version. */
    public void setOnCaseChanged(Runnable onCaseChanged) {
        this.onCaseChanged = Objects.requireNonNull(onCaseChanged);
    }

    /** Shows the section for the case on the page ({@code null}: none), loading it in the background. */
    public void show(CaseDetail detail) {
        boolean otherCase = detail == null || shown == null || shown.id() != detail.id();
        shown = detail;
        if (otherCase) {
            paymentFormShowing.set(false);
            followUpFormShowing.set(false);
            message.set("");
        }
        if (detail == null) {
            available.set(false);
            return;
        }
        reload();
    }

    private void reload() {
        CaseDetail detail = shown;
        busy.set(true);
        background.submit(() -> payments.performance(detail.id()), performance -> {
            busy.set(false);
            if (shown != null && shown.id() == performance.caseId()) {
                showPerformance(performance);
            }
        }, failure -> {
            busy.set(false);
            message.set(errors.of(failure));
        });
    }

    private void showPerformance(CasePerformance p) {
        version = p.version();
        available.set(p.hasAgreement() || !p.payments().isEmpty());
        canRecord.set(p.hasAgreement() && PaymentService.PERFORMANCE.contains(p.status()));
        agreement.set(p.hasAgreement() ? messages.get("payment.section.agreement", p.agreementNumber(),
            p.signedDate().toString()) : messages.get("payment.section.noAgreement"));
        workerRows.setAll(p.workers().stream().map(w -> new WorkerRow(w.name(), money(w.claimed()),
            money(w.agreed()), money(w.paid()), money(w.outstanding()))).toList());
        totals.set(messages.get("payment.section.totals", money(p.claimed()), money(p.agreed()), money(p.paid()),
            money(p.outstanding())));
        instalmentRows.setAll(p.instalments().stream().map(this::instalmentRow).toList());
        Map<Long, String> names = new java.util.HashMap<>();
        p.workers().forEach(w -> names.put(w.workerId(), w.name()));
        paymentRows.setAll(p.payments().stream().map(pay -> paymentRow(pay, names, p)).toList());
        followUpLines.setAll(p.followUps().stream().map(f -> followUpLine(f, names, p)).toList());
        List<WorkerChoice> choices = new ArrayList<>();
        p.workers().stream().filter(w -> !w.agreed().isZero())
            .forEach(w -> choices.add(new WorkerChoice(w.workerId(), w.name())));
        WorkerChoice chosen = paymentWorker.get();
        workerChoices.setAll(choices);
        paymentWorker.set(choices.contains(chosen) ? chosen : choices.size() == 1 ? choices.get(0) : null);
    }

    private InstalmentRow instalmentRow(CasePerformance.InstalmentLine line) {
        boolean overdue = line.state() == InstalmentAllocation.State.OVERDUE;
        String state = overdue ? messages.get("payment.instalment.overdueDays", line.daysOverdue())
            : messages.get(line.state().messageKey());
        return new InstalmentRow(line.workerName(), messages.get("payment.instalment.number", line.seq()),
            line.due().toString(), money(line.amount()), money(line.paid()), state,
            line.nextStep() == null ? "" : messages.get(line.nextStep().shortKey()),
            line.nextStep() == null ? "" : messages.get(line.nextStep().messageKey()), overdue);
    }

    private PaymentRow paymentRow(Payment p, Map<Long, String> names, CasePerformance performance) {
        String noteText = Objects.toString(p.getNote(), "");
        if (p.isVoided()) {
            noteText = messages.get("payment.voided", p.getVoidReason(), performance.person(p.getVoidedBy()),
                p.getVoidedAt().format(WHEN));
        }
        return new PaymentRow(p.getId(), p.getPaidDate().toString(), names.getOrDefault(p.getWorkerId(), ""),
            p.getPayer(), messages.get(p.getMethod().messageKey()), money(p.getAmount()),
            Objects.toString(p.getProofFileName(), ""), noteText, p.isVoided());
    }

    private String followUpLine(FollowUp f, Map<Long, String> names, CasePerformance performance) {
        String whom = f.getWorkerId() == null ? messages.get("followUp.wholeCase")
            : names.getOrDefault(f.getWorkerId(), "");
        return messages.get("followUp.line", f.getVisitDate().toString(), messages.get(f.getMethod().messageKey()),
            whom, f.getResult(), performance.person(f.getRecordedBy()));
    }

    private static String money(Money value) {
        return value.toGroupedString();
    }

    // ---- recording a payment ----

    /** Opens the payment form, dated today, for the only worker when there is one. */
    public void openPaymentForm() {
        if (!canRecord.get()) {
            return;
        }
        if (!paymentFormShowing.get()) {
            paymentDate.set(LocalDate.now(clock));
            method.set(PaymentMethod.BANK_TRANSFER);
            // Most payments come from the employer; a guarantor or third party is typed over it.
            if (payer.get().isBlank() && shown != null) {
                payer.set(shown.employer().name());
            }
            clearProblems(paymentProblems);
        }
        paymentFormShowing.set(true);
    }

    public void cancelPayment() {
        paymentFormShowing.set(false);
        clearPaymentForm();
    }

    private void clearPaymentForm() {
        payer.set("");
        amount.set("");
        note.set("");
        proof.set(null);
        proofText.set("");
        clearProblems(paymentProblems);
    }

    /** Lets the mediator choose the proof file (a bank slip, a receipt photo). */
    public void chooseProof() {
        dialogs.chooseFilesToOpen(messages.get("payment.proof.choose"), messages.get("intake.evidence.filter"),
            FileText.EVIDENCE_PATTERNS).stream().findFirst().ifPresent(file -> {
                proof.set(file);
                proofText.set(file.getFileName().toString());
                paymentProblems.get("proof").set("");
            });
    }

    /** Records the payment typed; on a refusal everything typed stays and each message is shown at its field. */
    public void savePayment() {
        CaseDetail detail = shown;
        if (detail == null || busy.get()) {
            return;
        }
        WorkerChoice worker = paymentWorker.get();
        PaymentService.PaymentEntry entry = new PaymentService.PaymentEntry(worker == null ? null : worker.id(),
            paymentDate.get(), payer.get(), amount.get(), method.get(), proof.get(), note.get());
        clearProblems(paymentProblems);
        message.set("");
        busy.set(true);
        long expected = version;
        background.submit(() -> payments.record(detail.id(), expected, entry), recorded -> {
            busy.set(false);
            paymentFormShowing.set(false);
            clearPaymentForm();
            message.set(messages.get("payment.recorded", worker == null ? "" : worker.name(),
                money(recorded.payment().getAmount()), messages.get(recorded.status().messageKey())));
            onCaseChanged.run();
        }, failure -> {
            busy.set(false);
            showFailure(failure, paymentProblems);
        });
    }

    /** Voids a payment after asking why; cancelling the question changes nothing. */
    public void voidPayment(PaymentRow row) {
        if (row == null || row.voided() || busy.get()) {
            return;
        }
        Optional<String> reason = dialogs.askText(messages.get("payment.void"),
            messages.get("payment.void.ask", row.date(), row.worker(), row.amount()));
        if (reason.isEmpty()) {
            return;
        }
        busy.set(true);
        long expected = version;
        background.submit(() -> payments.voidPayment(row.id(), expected, reason.get()), voided -> {
            busy.set(false);
            message.set(messages.get("payment.voided.done", row.date(), row.amount()));
            onCaseChanged.run();
        }, failure -> {
            busy.set(false);
            message.set(errors.of(failure));
        });
    }

    /** Opens a payment's proof file in the system's viewer, after checking it is unchanged. */
    public void openProof(PaymentRow row) {
        if (row == null || row.proof().isEmpty() || busy.get()) {
            return;
        }
        busy.set(true);
        background.submit(() -> payments.copyProofForViewing(row.id()), file -> {
            busy.set(false);
            try {
                dialogs.openWithSystem(file);
            } catch (RuntimeException e) {
                message.set(errors.of(e));
            }
        }, failure -> {
            busy.set(false);
            message.set(errors.of(failure));
        });
    }

    // ---- the recovered-wage summary ----

    /** Writes the case's 挽回经济损失情况 as of today and opens it in the system viewer. */
    public void openSummary() {
        summary(DocumentOutput.Delivery.OPEN, "payment.summary.opened");
    }

    /** Writes the case's 挽回经济损失情况 as of today and sends it to the default printer. */
    public void printSummary() {
        summary(DocumentOutput.Delivery.PRINT, "payment.summary.printed");
    }

    private void summary(DocumentOutput.Delivery delivery, String doneKey) {
        CaseDetail detail = shown;
        if (detail == null || busy.get()) {
            return;
        }
        busy.set(true);
        String name = messages.get("payment.summary.fileName", detail.caseNumber());
        background.submit(() -> documents.deliver(name,
            payments.printRecoverySummaryForCase(detail.caseNumber()).pdf(), delivery), file -> {
                busy.set(false);
                message.set(messages.get(doneKey, file.toString()));
            }, failure -> {
                busy.set(false);
                message.set(errors.of(failure));
            });
    }

    // ---- follow-up visits ----

    public void openFollowUpForm() {
        if (shown == null) {
            return;
        }
        if (!followUpFormShowing.get()) {
            followUpDate.set(LocalDate.now(clock));
            followUpMethod.set(FollowUpMethod.PHONE);
            clearProblems(followUpProblems);
        }
        followUpFormShowing.set(true);
    }

    public void cancelFollowUp() {
        followUpFormShowing.set(false);
        followUpResult.set("");
        followUpWorker.set(null);
        clearProblems(followUpProblems);
    }

    /** Records the visit typed; on a refusal everything typed stays and each message is shown at its field. */
    public void saveFollowUp() {
        CaseDetail detail = shown;
        if (detail == null || busy.get()) {
            return;
        }
        WorkerChoice worker = followUpWorker.get();
        PaymentService.FollowUpEntry entry = new PaymentService.FollowUpEntry(followUpDate.get(),
            followUpMethod.get(), worker == null ? null : worker.id(), followUpResult.get());
        clearProblems(followUpProblems);
        message.set("");
        busy.set(true);
        background.submit(() -> payments.recordFollowUp(detail.id(), entry), recorded -> {
            busy.set(false);
            cancelFollowUp();
            message.set(messages.get("followUp.recorded", recorded.getVisitDate().toString()));
            reload();
        }, failure -> {
            busy.set(false);
            showFailure(failure, followUpProblems);
        });
    }

    private void showFailure(Throwable failure, Map<String, StringProperty> fields) {
        Throwable cause = failure;
        while (cause != null && !(cause instanceof ValidationException)) {
            cause = cause.getCause();
        }
        if (cause instanceof ValidationException invalid) {
            for (FieldProblem problem : invalid.problems()) {
                StringProperty at = fields.get(problem.field());
                String text = messages.get(problem.messageKey(), problem.args());
                if (at == null) {
                    message.set(text);
                } else {
                    at.set(at.get().isEmpty() ? text : at.get() + " " + text);
                }
            }
            return;
        }
        message.set(errors.of(failure));
    }

    private static void clearProblems(Map<String, StringProperty> fields) {
        fields.values().forEach(p -> p.set(""));
    }

    // ---- labels ----

    public String methodLabel(PaymentMethod value) {
        return value == null ? "" : messages.get(value.messageKey());
    }

    public String followUpMethodLabel(FollowUpMethod value) {
        return value == null ? "" : messages.get(value.messageKey());
    }

    /** The label of the void button on a payment row. */
    public String voidLabel() {
        return messages.get("payment.void");
    }

    public String openProofLabel() {
        return messages.get("payment.proof.open");
    }

    // ---- properties ----

    public BooleanProperty availableProperty() {
        return available;
    }

    public BooleanProperty busyProperty() {
        return busy;
    }

    /** Whether payments can be recorded: an agreement is in force and the case is still being performed. */
    public BooleanProperty canRecordProperty() {
        return canRecord;
    }

    public StringProperty agreementProperty() {
        return agreement;
    }

    public StringProperty totalsProperty() {
        return totals;
    }

    public StringProperty messageProperty() {
        return message;
    }

    public ObservableList<WorkerRow> workerRows() {
        return workerRows;
    }

    public ObservableList<InstalmentRow> instalmentRows() {
        return instalmentRows;
    }

    public ObservableList<PaymentRow> paymentRows() {
        return paymentRows;
    }

    public ObservableList<String> followUpLines() {
        return followUpLines;
    }

    public ObservableList<WorkerChoice> workerChoices() {
        return workerChoices;
    }

    public BooleanProperty paymentFormShowingProperty() {
        return paymentFormShowing;
    }

    public ObjectProperty<WorkerChoice> paymentWorkerProperty() {
        return paymentWorker;
    }

    public ObjectProperty<LocalDate> paymentDateProperty() {
        return paymentDate;
    }

    public StringProperty payerProperty() {
        return payer;
    }

    public StringProperty amountProperty() {
        return amount;
    }

    public ObjectProperty<PaymentMethod> methodProperty() {
        return method;
    }

    public StringProperty proofTextProperty() {
        return proofText;
    }

    public StringProperty noteProperty() {
        return note;
    }

    /** The message shown next to a field of the payment form ({@code worker}, {@code date}, {@code amount}…). */
    public StringProperty paymentProblem(String field) {
        return paymentProblems.get(field);
    }

    public BooleanProperty followUpFormShowingProperty() {
        return followUpFormShowing;
    }

    public ObjectProperty<LocalDate> followUpDateProperty() {
        return followUpDate;
    }

    public ObjectProperty<FollowUpMethod> followUpMethodProperty() {
        return followUpMethod;
    }

    public ObjectProperty<WorkerChoice> followUpWorkerProperty() {
        return followUpWorker;
    }

    public StringProperty followUpResultProperty() {
        return followUpResult;
    }

    /** The message shown next to a field of the follow-up form ({@code date}, {@code method}, {@code result}). */
    public StringProperty followUpProblem(String field) {
        return followUpProblems.get(field);
    }
}
