// SPDX-License-Identifier: AGPL-3.0-or-later
package org.qiao.document;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.qiao.domain.money.Money;

/**
 * Everything a 调解协议书 shows, as plain data (人民调解法 art.29, 特邀调解规定 art.24): the parties' particulars,
 * the facts and issues, the agreed terms, each worker's agreed amounts and how and by when they are paid, the
 * performance terms, the number of copies and the mediators. Labels such as a worker's sex or a dispute category
 * come already translated; the renderer adds only the document's fixed wording.
 *
 * @param agreementNumber the agreement's own number
 * @param version 1 for the first text; a re-issued text counts up
 * @param date the date the agreement is drawn up
 * @param studioName the mediation organisation that seals it
 * @param caseNumber the case it settles
 * @param employer the respondent (被申请人)
 * @param workers the applicants (申请人), every worker of a collective case, at least one
 * @param facts the main facts, the issues and each party's responsibility; paragraphs separated by line breaks
 * @param terms the agreed terms, numbered in this order
 * @param nonMonetaryTerms terms other than payment (a certificate of employment, a reference), may be empty
 * @param performanceCheck how performance is checked and confirmed
 * @param copies how many originals are signed
 * @param mediators the mediators who sign, at least one
 */
public record AgreementDocument(String agreementNumber, int version, LocalDate date, String studioName,
    String caseNumber, EmployerParty employer, List<WorkerParty> workers, String facts, List<String> terms,
    List<String> nonMonetaryTerms, String performanceCheck, int copies, List<String> mediators) {

    public AgreementDocument {
        Objects.requireNonNull(agreementNumber, "agreementNumber");
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(studioName, "studioName");
        Objects.requireNonNull(caseNumber, "caseNumber");
        Objects.requireNonNull(employer, "employer");
        Objects.requireNonNull(facts, "facts");
        Objects.requireNonNull(performanceCheck, "performanceCheck");
        workers = List.copyOf(workers);
        terms = List.copyOf(terms);
        nonMonetaryTerms = List.copyOf(nonMonetaryTerms);
        mediators = List.copyOf(mediators);
        if (version < 1) {
            throw new IllegalArgumentException("version must be 1 or more: " + version);
        }
        if (workers.isEmpty()) {
            throw new IllegalArgumentException("an agreement needs at least one worker");
        }
        if (mediators.isEmpty()) {
            throw new IllegalArgumentException("an agreement needs at least one mediator");
        }
        if (copies < 1) {
            throw new IllegalArgumentException("copies must be 1 or more: " + copies);
        }
    }

    /** The sum of every worker's agreed amounts. */
    public Money total() {
        return workers.stream().map(WorkerParty::total).reduce(Money.ZERO, Money::plus);
    }

    /** The employer's particulars (劳动争议调解仲裁法 art.28 asks the same of an arbitration application). */
    public record EmployerParty(String name, String creditCode, String legalRepresentative, String address,
        String phone) {

        public EmployerParty {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(creditCode, "creditCode");
            Objects.requireNonNull(legalRepresentative, "legalRepresentative");
            Objects.requireNonNull(address, "address");
            Objects.requireNonNull(phone, "phone");
        }
    }

    /**
     * One worker, the amounts agreed for them and how those are paid. The payments add up to the agreed total, so a
     * schedule can never promise more or less than the table of amounts.
     *
     * @param sex the translated label (男, 女)
     * @param payments one payment, or instalments in due-date order
     */
    public record WorkerParty(String name, String sex, String residentId, String address, String phone,
        List<AgreedItem> items, List<Payment> payments) {

        public WorkerParty {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(sex, "sex");
            Objects.requireNonNull(residentId, "residentId");
            Objects.requireNonNull(address, "address");
            Objects.requireNonNull(phone, "phone");
            items = List.copyOf(items);
            payments = List.copyOf(payments);
            if (items.isEmpty()) {
                throw new IllegalArgumentException(name + ": no agreed amount");
            }
            if (payments.isEmpty()) {
                throw new IllegalArgumentException(name + ": no payment");
            }
            Money agreed = items.stream().map(AgreedItem::amount).reduce(Money.ZERO, Money::plus);
            Money scheduled = payments.stream().map(Payment::amount).reduce(Money.ZERO, Money::plus);
            if (!agreed.equals(scheduled)) {
                throw new IllegalArgumentException(name + ": payments " + scheduled + " differ from agreed " + agreed);
            }
            for (int i = 1; i < payments.size(); i++) {
                if (payments.get(i).due().isBefore(payments.get(i - 1).due())) {
                    throw new IllegalArgumentException(name + ": instalments out of date order");
                }
            }
        }

        /** The sum of this worker's agreed amounts. */
        public Money total() {
            return items.stream().map(AgreedItem::amount).reduce(Money.ZERO, Money::plus);
        }
    }

    /** One agreed amount: a dispute category's translated label and the amount. */
    public record AgreedItem(String category, Money amount) {

        public AgreedItem {
            Objects.requireNonNull(category, "category");
            Objects.requireNonNull(amount, "amount");
            if (amount.isNegative()) {
                throw new IllegalArgumentException("negative agreed amount: " + amount);
            }
        }
    }

    /** A payment due by {@code due}: the only one, or one instalment. */
    public record Payment(LocalDate due, Money amount) {

        public Payment {
            Objects.requireNonNull(due, "due");
            Objects.requireNonNull(amount, "amount");
            if (amount.isNegative() || amount.isZero()) {
                throw new IllegalArgumentException("a payment must be positive: " + amount);
            }
        }
    }
}
