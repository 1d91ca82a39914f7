// SPDX-License-Identifier: AGPL-3.0-or-later
package org.qiao.store;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.hibernate.Session;
import org.hibernate.query.NativeQuery;
import org.qiao.domain.cases.CaseStatus;
import org.qiao.domain.cases.DisputeCategory;
import org.qiao.domain.money.Money;
import org.qiao.domain.payment.FollowUp;
import org.qiao.domain.payment.Payment;
import org.qiao.domain.payment.SignedAgreement;

/**
 * Payments and follow-up visits, and the agreement in force of a case as payments are counted against it (read
 * with plain SQL from the agreement tables, which the agreement screens write).
 */
public final class PaymentRepository {

    private final Session session;

    PaymentRepository(Session session) {
        this.session = session;
    }

    public Payment save(Payment payment) {
        if (payment.getId() == null) {
            session.persist(payment);
            return payment;
        }
        return session.merge(payment);
    }

    public Optional<Payment> findPayment(long id) {
        return Optional.ofNullable(session.find(Payment.class, id));
    }

    /** A case's payments, voided ones included, in the order they were made (then recorded). */
    public List<Payment> ofCase(long caseId) {
        return session.createSelectionQuery("from Payment where caseId = :case order by paidDate, id", Payment.class)
            .setParameter("case", caseId)
            .getResultList();
    }

    /** A worker's payments in every case, voided ones included, in the order they were made. */
    public List<Payment> ofWorker(long workerId) {
        return session.createSelectionQuery("from Payment where workerId = :worker order by paidDate, id",
                Payment.class)
            .setParameter("worker", workerId)
            .getResultList();
    }

    public FollowUp record(FollowUp followUp) {
        session.persist(followUp);
        return followUp;
    }

    /** A case's follow-up visits, earliest first. */
    public List<FollowUp> followUpsOf(long caseId) {
        return session.createSelectionQuery("from FollowUp where caseId = :case order by visitDate, id",
                FollowUp.class)
            .setParameter("case", caseId)
            .getResultList();
    }

    /** The agreement of the case with status SIGNED (at most one), with its items and instalments. */
    public Optional<SignedAgreement> signedAgreement(long caseId) {
        List<Object[]> heads = session.createNativeQuery("select id, agreement_number, signed_date from agreement "
                + "where case_id = :case and status = 'SIGNED'", Object[].class)
            .setParameter("case", caseId)
            .getResultList();
        if (heads.isEmpty()) {
            return Optional.empty();
        }
        Object[] head = heads.get(0);
        long id = ((Number) head[0]).longValue();
        List<SignedAgreement.AgreedItem> items = new ArrayList<>();
        for (Object[] row : rows("select i.worker_id, i.line_no, i.category, i.amount from agreement_item i "
            + "join case_worker w on w.case_id = :case and w.worker_id = i.worker_id "
            + "where i.agreement_id = :agreement order by w.worker_order, i.line_no", caseId, id)) {
            items.add(new SignedAgreement.AgreedItem(((Number) row[0]).longValue(), ((Number) row[1]).intValue(),
                DisputeCategory.valueOf((String) row[2]), Money.of((BigDecimal) row[3])));
        }
        List<SignedAgreement.Instalment> instalments = new ArrayList<>();
        for (Object[] row : rows("select i.worker_id, i.seq, i.due_date, i.amount from agreement_instalment i "
            + "join case_worker w on w.case_id = :case and w.worker_id = i.worker_id "
            + "where i.agreement_id = :agreement order by w.worker_order, i.due_date, i.seq", caseId, id)) {
            instalments.add(new SignedAgreement.Instalment(((Number) row[0]).longValue(),
                ((Number) row[1]).intValue(), date(row[2]), Money.of((BigDecimal) row[3])));
        }
        return Optional.of(new SignedAgreement(id, caseId, (String) head[1], date(head[2]), items, instalments));
    }

    private List<Object[]> rows(String sql, long caseId, long agreementId) {
        return session.createNativeQuery(sql, Object[].class)
            .setParameter("case", caseId)
            .setParameter("agreement", agreementId)
            .getResultList();
    }

    /**
     * The cases still being performed ({@code statuses}) whose agreement in force has an instalment due before
     * {@code asOf}, the earliest such due day first, at most {@code limit}; only {@code mediatorId}'s cases unless
     * it is {@code null}. Whether those instalments are still open is for the payments to say.
     */
    public List<Long> casesWithInstalmentsDueBefore(LocalDate asOf, List<CaseStatus> statuses, Long mediatorId,
        int limit) {
        NativeQuery<Object[]> query = session.createNativeQuery("select c.id, min(i.due_date) from dispute_case c "
                + "join agreement a on a.case_id = c.id and a.status = 'SIGNED' "
                + "join agreement_instalment i on i.agreement_id = a.id "
                + "where c.status in (:statuses) and i.due_date < :asOf"
                + (mediatorId == null ? "" : " and c.mediator_id = :mediator")
                + " group by c.id order by min(i.due_date), c.id", Object[].class)
            .setParameter("asOf", asOf)
            .setParameterList("statuses", statuses.stream().map(Enum::name).toList());
        if (mediatorId != null) {
            query.setParameter("mediator", mediatorId);
        }
        return query.setMaxResults(limit).getResultList().stream().map(row -> ((Number) row[0]).longValue())
            .toList();
    }

    /** The cases {@code workerId} is a party to, earliest received first. */
    public List<Long> casesOfWorker(long workerId) {
        return session.createNativeQuery("select w.case_id from case_worker w join dispute_case c on c.id = w.case_id "
                + "where w.worker_id = :worker order by c.received_date, c.id", Long.class)
            .setParameter("worker", workerId)
            .getResultList().stream().map(Number::longValue).toList();
    }

    private static LocalDate date(Object value) {
        if (value instanceof java.sql.Date sqlDate) {
            return sqlDate.toLocalDate();
        }
        return (LocalDate) value;
    }
}
