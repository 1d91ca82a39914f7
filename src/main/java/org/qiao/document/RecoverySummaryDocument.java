// SPDX-License-Identifier: AGPL-3.0-or-later
package org.qiao.document;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.qiao.domain.money.Money;

/**
 * Everything a 挽回经济损失情况 (recovered-wage summary) shows, as plain data: for one case (a section per worker) or
 * for one worker across cases (a section per case), what was claimed, agreed and paid per item, the payments with
 * their dates, and the totals. Labels (a dispute category, a payment method) come already translated; the renderer
 * adds only the document's fixed wording and the amounts in 人民币大写.
 *
 * @param scope whether this is one case's summary or one worker's
 * @param subject the case number (scope CASE) or the worker's name (scope WORKER)
 * @param studioName the organisation issuing the summary
 * @param date the day the summary is drawn up; amounts are as of this day
 * @param sections at least one
 */
public record RecoverySummaryDocument(Scope scope, String subject, String studioName, LocalDate date,
    List<Section> sections) {

    /** One case's summary, or one worker's across cases. */
    public enum Scope { CASE, WORKER }

    public RecoverySummaryDocument {
        Objects.requireNonNull(scope, "scope");
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(studioName, "studioName");
        Objects.requireNonNull(date, "date");
        sections = List.copyOf(sections);
        if (sections.isEmpty()) {
            throw new IllegalArgumentException("a summary needs at least one section");
        }
    }

    public Money claimed() {
        return sections.stream().map(Section::claimed).reduce(Money.ZERO, Money::plus);
    }

    public Money agreed() {
        return sections.stream().map(Section::agreed).reduce(Money.ZERO, Money::plus);
    }

    public Money paid() {
        return sections.stream().map(Section::paid).reduce(Money.ZERO, Money::plus);
    }

    /** Agreed and not yet paid; never negative (an overpayment shows as nothing outstanding). */
    public Money outstanding() {
        return sections.stream().map(Section::outstanding).reduce(Money.ZERO, Money::plus);
    }

    /**
     * One worker in one case.
     *
     * @param agreementNumber the agreement in force, or {@code null} while none is signed (nothing agreed yet)
     * @param agreedDate the day that agreement was signed, or {@code null}
     * @param items claimed vs agreed vs paid per dispute category, in the agreement's order then the claim's
     * @param payments received, in date order
     */
    public record Section(String caseNumber, String employerName, String workerName, String agreementNumber,
        LocalDate agreedDate, List<Item> items, List<PaymentLine> payments) {

        public Section {
            Objects.requireNonNull(caseNumber, "caseNumber");
            Objects.requireNonNull(employerName, "employerName");
            Objects.requireNonNull(workerName, "workerName");
            items = List.copyOf(items);
            payments = List.copyOf(payments);
        }

        public Money claimed() {
            return items.stream().map(Item::claimed).reduce(Money.ZERO, Money::plus);
        }

        public Money agreed() {
            return items.stream().map(Item::agreed).reduce(Money.ZERO, Money::plus);
        }

        public Money paid() {
            return payments.stream().map(PaymentLine::amount).reduce(Money.ZERO, Money::plus);
        }

        public Money outstanding() {
            Money left = agreed().minus(paid());
            return left.isNegative() ? Money.ZERO : left;
        }
    }

    /** One dispute category: its translated label and the three amounts (zero where there is none). */
    public record Item(String category, Money claimed, Money agreed, Money paid) {

        public Item {
            Objects.requireNonNull(category, "category");
            Objects.requireNonNull(claimed, "claimed");
            Objects.requireNonNull(agreed, "agreed");
            Objects.requireNonNull(paid, "paid");
        }
    }

    /** A payment received: its date, the translated method, who paid, and the amount. */
    public record PaymentLine(LocalDate date, String method, String payer, Money amount) {

        public PaymentLine {
            Objects.requireNonNull(date, "date");
            Objects.requireNonNull(method, "method");
            Objects.requireNonNull(payer, "payer");
            Objects.requireNonNull(amount, "amount");
        }
    }
}
