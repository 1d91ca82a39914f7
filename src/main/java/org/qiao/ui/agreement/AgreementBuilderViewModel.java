// SPDX-License-Identifier: AGPL-3.0-or-later
package org.qiao.ui.agreement;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.ObservableMap;

import org.qiao.domain.FieldProblem;
import org.qiao.domain.QiaoException;
import org.qiao.domain.ValidationException;
import org.qiao.domain.cases.DisputeCategory;
import org.qiao.domain.money.Money;
import org.qiao.i18n.Messages;
import org.qiao.service.AgreementDraft;
import org.qiao.service.AgreementService;

/**
 * The agreement builder's form: every field as text exactly as typed, so a refused save loses nothing, and the
 * problems by field ({@code drawnDate}, {@code copies}, {@code worker.<i>.payment.<j>}, … as
 * {@link AgreementService} names them) so each message shows next to its field. Amounts may differ from the claim;
 * each item shows the claimed amount beside it. A worker's schedule is one payment or instalments, and can be split
 * evenly over N months.
 */
public final class AgreementBuilderViewModel {

    /** One agreed amount: its category, what was claimed in it, and the amount as typed. */
    public record ItemForm(DisputeCategory category, Money claimed, StringProperty amount) {
    }

    /** One payment: its due date and amount as typed. */
    public record PaymentForm(StringProperty due, StringProperty amount) {
    }

    /** A mediator who may sign, and whether they do. */
    public record MediatorOption(long id, String name, BooleanProperty selected) {
    }

    /** One worker's items and schedule. */
    public record WorkerForm(long workerId, String name, Money claimed, ObservableList<ItemForm> items,
                             ObservableList<PaymentForm> payments, StringProperty months) {
    }

    private final Messages messages;
    private final StringProperty drawnDate = new SimpleStringProperty("");
    private final StringProperty facts = new SimpleStringProperty("");
    private final StringProperty terms = new SimpleStringProperty("");
    private final StringProperty otherTerms = new SimpleStringProperty("");
    private final StringProperty performance = new SimpleStringProperty("");
    private final StringProperty copies = new SimpleStringProperty("");
    /** One per {@link AgreementService#COMMON_NON_MONETARY}, in that order. */
    private final List<BooleanProperty> common = new ArrayList<>();
    private final ObservableList<MediatorOption> mediators = FXCollections.observableArrayList();
    private final ObservableList<WorkerForm> workers = FXCollections.observableArrayList();
    private final ObservableMap<String, String> problems = FXCollections.observableHashMap();

    public AgreementBuilderViewModel(Messages messages) {
        this.messages = Objects.requireNonNull(messages);
        for (int i = 0; i < AgreementService.COMMON_NON_MONETARY.size(); i++) {
            common.add(new SimpleBooleanProperty(false));
        }
    }

    /** Fills the form with {@code draft}; {@code choices} are the mediators one may pick. */
    public void load(AgreementDraft draft, List<AgreementService.MediatorChoice> choices) {
        problems.clear();
        drawnDate.set(draft.drawnDate() == null ? "" : draft.drawnDate().toString());
        facts.set(draft.facts());
        terms.set(String.join("\n", draft.terms()));
        List<String> commonTexts = commonTexts();
        List<String> others = new ArrayList<>();
        common.forEach(c -> c.set(false));
        for (String term : draft.nonMonetaryTerms()) {
            int known = commonTexts.indexOf(term);
            if (known >= 0) {
                common.get(known).set(true);
            } else {
                others.add(term);
            }
        }
        otherTerms.set(String.join("\n", others));
        performance.set(draft.performanceCheck());
        copies.set(Integer.toString(draft.copies()));
        mediators.setAll(choices.stream().map(c -> new MediatorOption(c.id(), c.displayName(),
            new SimpleBooleanProperty(draft.mediatorIds().contains(c.id())))).toList());
        workers.setAll(draft.workers().stream().map(w -> new WorkerForm(w.workerId(), w.name(), w.claimed(),
            FXCollections.observableArrayList(w.items().stream().map(i -> new ItemForm(i.category(), i.claimed(),
                new SimpleStringProperty(i.amount().toPlainString()))).toList()),
            FXCollections.observableArrayList(w.payments().stream().map(p -> new PaymentForm(
                new SimpleStringProperty(p.due().toString()), new SimpleStringProperty(p.amount().toPlainString())))
                .toList()),
            new SimpleStringProperty(""))).toList());
    }

    /** The texts of the common terms other than payment, in the user's language. */
    public List<String> commonTexts() {
        return AgreementService.COMMON_NON_MONETARY.stream().map(messages::get).toList();
    }

    /**
     * The form as a draft, or empty with the problems shown when a date, amount or number cannot be read. What the
     * service then refuses comes back through {@link #show(ValidationException)}.
     */
    public Optional<AgreementDraft> toDraft() {
        problems.clear();
        LocalDate drawn = date("drawnDate", drawnDate.get());
        int copyCount = 0;
        try {
            copyCount = Integer.parseInt(copies.get().strip());
        } catch (NumberFormatException e) {
            problems.put("copies", messages.get("agreement.copies.min"));
        }
        List<String> nonMonetary = new ArrayList<>();
        List<String> commonTexts = commonTexts();
        for (int i = 0; i < common.size(); i++) {
            if (common.get(i).get()) {
                nonMonetary.add(commonTexts.get(i));
            }
        }
        nonMonetary.addAll(lines(otherTerms.get()));
        List<AgreementDraft.WorkerTerms> terms = new ArrayList<>();
        for (int i = 0; i < workers.size(); i++) {
            WorkerForm w = workers.get(i);
            List<AgreementDraft.Item> items = new ArrayList<>();
            for (int j = 0; j < w.items().size(); j++) {
                ItemForm item = w.items().get(j);
                money("worker." + i + ".item." + j, item.amount().get())
                    .ifPresent(m -> items.add(new AgreementDraft.Item(item.category(), item.claimed(), m)));
            }
            List<AgreementDraft.Payment> payments = new ArrayList<>();
            for (int j = 0; j < w.payments().size(); j++) {
                PaymentForm p = w.payments().get(j);
                String field = "worker." + i + ".payment." + j;
                LocalDate due = date(field, p.due().get());
                Optional<Money> amount = money(field, p.amount().get());
                if (due != null && amount.isPresent()) {
                    payments.add(new AgreementDraft.Payment(due, amount.get()));
                }
            }
            terms.add(new AgreementDraft.WorkerTerms(w.workerId(), w.name(), w.claimed(), items, payments));
        }
        if (!problems.isEmpty()) {
            return Optional.empty();
        }
        List<Long> chosen = mediators.stream().filter(m -> m.selected().get()).map(MediatorOption::id).toList();
        return Optional.of(new AgreementDraft(drawn, facts.get(), lines(this.terms.get()), nonMonetary,
            performance.get(), copyCount, chosen, terms));
    }

    /** Shows the service's refusal next to the fields it names. */
    public void show(ValidationException refused) {
        problems.clear();
        for (FieldProblem p : refused.problems()) {
            problems.merge(p.field(), messages.get(p.messageKey(), p.args()), (a, b) -> a + "\n" + b);
        }
    }

    /** Adds a payment to worker {@code index}'s schedule, due a month after the last one. */
    public void addPayment(int index) {
        WorkerForm w = workers.get(index);
        String due = w.payments().isEmpty() ? drawnDate.get() : w.payments().get(w.payments().size() - 1).due().get();
        String next = due;
        try {
            next = LocalDate.parse(due.strip()).plusMonths(1).toString();
        } catch (DateTimeParseException e) {
            // kept as typed; the date field will say what is wrong with it
        }
        w.payments().add(new PaymentForm(new SimpleStringProperty(next), new SimpleStringProperty("")));
    }

    public void removePayment(int index, int payment) {
        workers.get(index).payments().remove(payment);
    }

    /**
     * Splits worker {@code index}'s agreed total evenly over the number of months typed in their months field: the
     * first payment when the current first one falls due (else 15 days after the agreement date), then one a month
     * later each; cents that do not divide go to the last payment.
     */
    public void splitEvenly(int index) {
        WorkerForm w = workers.get(index);
        String field = "worker." + index + ".payments";
        problems.remove(field);
        int months;
        try {
            months = Integer.parseInt(w.months().get().strip());
        } catch (NumberFormatException e) {
            months = 0;
        }
        if (months < 1 || months > 60) {
            problems.put(field, messages.get("agreement.builder.months.invalid"));
            return;
        }
        Money total = Money.ZERO;
        for (int j = 0; j < w.items().size(); j++) {
            Optional<Money> amount = money("worker." + index + ".item." + j, w.items().get(j).amount().get());
            if (amount.isEmpty()) {
                return;
            }
            total = total.plus(amount.get());
        }
        LocalDate first = firstDue(w);
        if (first == null) {
            return;
        }
        BigDecimal share = total.amount().divide(BigDecimal.valueOf(months), 2, RoundingMode.DOWN);
        List<PaymentForm> schedule = new ArrayList<>();
        Money scheduled = Money.ZERO;
        for (int m = 0; m < months; m++) {
            Money amount = m == months - 1 ? total.minus(scheduled) : Money.of(share);
            scheduled = scheduled.plus(amount);
            schedule.add(new PaymentForm(new SimpleStringProperty(first.plusMonths(m).toString()),
                new SimpleStringProperty(amount.toPlainString())));
        }
        w.payments().setAll(schedule);
    }

    private LocalDate firstDue(WorkerForm w) {
        if (!w.payments().isEmpty()) {
            try {
                return LocalDate.parse(w.payments().get(0).due().get().strip());
            } catch (DateTimeParseException e) {
                // fall back to the agreement date
            }
        }
        LocalDate drawn = date("drawnDate", drawnDate.get());
        return drawn == null ? null : drawn.plusDays(15);
    }

    /** The agreed total of worker {@code index} as typed so far, or empty while an amount cannot be read. */
    public Optional<Money> agreedTotal(int index) {
        Money total = Money.ZERO;
        for (ItemForm item : workers.get(index).items()) {
            try {
                total = total.plus(Money.parse(item.amount().get()));
            } catch (QiaoException e) {
                return Optional.empty();
            }
        }
        return Optional.of(total);
    }

    private LocalDate date(String field, String text) {
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            problems.merge(field, messages.get("agreement.builder.date.invalid", text.strip()),
                (a, b) -> a + "\n" + b);
            return null;
        }
    }

    private Optional<Money> money(String field, String text) {
        try {
            return Optional.of(Money.parse(text));
        } catch (QiaoException e) {
            problems.merge(field, messages.get(e.messageKey(), e.args()), (a, b) -> a + "\n" + b);
            return Optional.empty();
        }
    }

    private static List<String> lines(String text) {
        return text.lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
    }

    public StringProperty drawnDateProperty() {
        return drawnDate;
    }

    public StringProperty factsProperty() {
        return facts;
    }

    public StringProperty termsProperty() {
        return terms;
    }

    public StringProperty otherTermsProperty() {
        return otherTerms;
    }

    public StringProperty performanceProperty() {
        return performance;
    }

    public StringProperty copiesProperty() {
        return copies;
    }

    public List<BooleanProperty> common() {
        return common;
    }

    public ObservableList<MediatorOption> mediators() {
        return mediators;
    }

    public ObservableList<WorkerForm> workers() {
        return workers;
    }

    public ObservableMap<String, String> problems() {
        return problems;
    }
}
