// SPDX-License-Identifier: AGPL-3.0-or-later
package org.qiao.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.qiao.domain.QiaoException;
import org.qiao.domain.agreement.AgreedAmount;
import org.qiao.domain.agreement.Agreement;
import org.qiao.domain.agreement.AgreementLine;
import org.qiao.domain.agreement.AgreementStatus;
import org.qiao.domain.agreement.Instalment;
import org.qiao.domain.cases.DisputeCase;
import org.qiao.domain.cases.DisputeCategory;
import org.qiao.domain.money.Money;
import org.qiao.domain.user.Role;
import org.qiao.domain.user.User;

/** The agreement tables of V13 on every supported database, written through the repository and read back. */
abstract class AgreementStoreContract extends DatabaseContract {

    private static final LocalDate DRAWN = LocalDate.of(2026, 11, 20);

    private record Stored(long caseId, long agreementId, List<Long> workers) {
    }

    /** A case of two workers with a draft agreement: two items and two instalments for the first, one each after. */
    private Stored draft() {
        DisputeCase c = tx.call(r -> r.cases().save(StoreContract.newCase(unique("协议"), 2)));
        long mediator = tx.call(r -> r.users().save(new User(unique("m"), "李调解", Role.MEDIATOR))).getId();
        List<Long> workers = c.getWorkers().stream().map(w -> w.getId()).toList();
        Agreement a = new Agreement(c.getId(), 1, "协-" + c.getCaseNumber(), DRAWN, null, "tester");
        a.setContent(DRAWN, "事实", "回访核实", 3, List.of(new AgreementLine(AgreementLine.Kind.TERM, 1, "第一条"),
                new AgreementLine(AgreementLine.Kind.TERM, 2, "第二条"),
                new AgreementLine(AgreementLine.Kind.NON_MONETARY, 1, "出具证明")),
            List.of(mediator), List.of(
                new AgreedAmount(workers.get(0), 1, DisputeCategory.WAGES, Money.parse("3000.00")),
                new AgreedAmount(workers.get(0), 2, DisputeCategory.OVERTIME, Money.parse("500.50")),
                new AgreedAmount(workers.get(1), 1, DisputeCategory.WAGES, Money.parse("2000.00"))),
            List.of(new Instalment(workers.get(0), 1, DRAWN.plusDays(10), Money.parse("1500.00")),
                new Instalment(workers.get(0), 2, DRAWN.plusDays(40), Money.parse("2000.50")),
                new Instalment(workers.get(1), 1, DRAWN.plusDays(10), Money.parse("2000.00"))));
        long id = tx.call(r -> r.agreements().save(a)).getId();
        return new Stored(c.getId(), id, workers);
    }

    @Test
    void aDraftComesBackWithItsLinesAmountsAndScheduleInOrder() {
        Stored s = draft();
        Agreement a = tx.call(r -> r.agreements().findById(s.agreementId())).orElseThrow();
        assertEquals(List.of("第一条", "第二条"), a.lines(AgreementLine.Kind.TERM));
        assertEquals(List.of("出具证明"), a.lines(AgreementLine.Kind.NON_MONETARY));
        assertEquals(List.of(Money.parse("3000.00"), Money.parse("500.50"), Money.parse("2000.00")),
            a.getItems().stream().map(AgreedAmount::getAmount).toList());
        assertEquals(List.of(DRAWN.plusDays(10), DRAWN.plusDays(40), DRAWN.plusDays(10)),
            a.getInstalments().stream().map(Instalment::getDueDate).toList());
        assertEquals(1, a.getMediatorIds().size());
        assertEquals(AgreementStatus.DRAFT, a.getStatus());
    }

    @Test
    void editingADraftReplacesItsRowsAndRaisesItsVersion() {
        Stored s = draft();
        Agreement before = tx.call(r -> r.agreements().findById(s.agreementId())).orElseThrow();
        Agreement after = tx.call(r -> {
            Agreement a = r.agreements().findById(s.agreementId()).orElseThrow();
            a.setContent(DRAWN, "新事实", "回访", 2, List.of(new AgreementLine(AgreementLine.Kind.TERM, 1, "唯一条款")),
                a.getMediatorIds(), List.of(new AgreedAmount(s.workers().get(0), 1, DisputeCategory.WAGES,
                    Money.parse("100.00"))),
                List.of(new Instalment(s.workers().get(0), 1, DRAWN, Money.parse("100.00"))));
            return r.agreements().save(a);
        });
        assertTrue(after.getVersion() > before.getVersion());
        Agreement read = tx.call(r -> r.agreements().findById(s.agreementId())).orElseThrow();
        assertEquals(List.of("唯一条款"), read.lines(AgreementLine.Kind.TERM));
        assertEquals(List.of(), read.lines(AgreementLine.Kind.NON_MONETARY));
        assertEquals(1, read.getItems().size());
        assertEquals(1, read.getInstalments().size());
        assertEquals("新事实", read.getFacts());
    }

    @Test
    void aSignedVersionIsFoundByItsHashAndReadByPlainSql() throws SQLException {
        Stored s = draft();
        String sha = String.format("%064x", SERIAL.incrementAndGet());
        tx.run(r -> {
            Agreement a = r.agreements().findById(s.agreementId()).orElseThrow();
            a.sign(DRAWN, "tester", sha);
            r.agreements().save(a);
        });
        assertEquals(List.of(s.agreementId()), tx.call(r -> r.agreements().findSignedBySha256(sha)).stream()
            .map(Agreement::getId).toList());
        assertEquals(s.agreementId(), tx.call(r -> r.agreements().latestOfCase(s.caseId(), AgreementStatus.SIGNED))
            .orElseThrow().getId());
        QiaoException locked = assertThrows(QiaoException.class, () -> tx.run(r -> r.agreements()
            .findById(s.agreementId()).orElseThrow().setContent(DRAWN, "x", "y", 1, List.of(), List.of(), List.of(),
                List.of())));
        assertEquals("agreement.locked", locked.messageKey());

        // How the payments work reads the agreement in force: plain SQL over agreement, its items and instalments.
        try (Connection c = DriverManager.getConnection(openedWith.jdbcUrl(), openedWith.user(),
            openedWith.password());
             PreparedStatement p = c.prepareStatement("select i.worker_id, sum(i.amount) from agreement a "
                 + "join agreement_item i on i.agreement_id = a.id where a.status = 'SIGNED' and a.case_id = ? "
                 + "group by i.worker_id order by i.worker_id")) {
            p.setLong(1, s.caseId());
            List<BigDecimal> totals = new ArrayList<>();
            try (ResultSet rs = p.executeQuery()) {
                while (rs.next()) {
                    totals.add(rs.getBigDecimal(2));
                }
            }
            assertEquals(List.of(new BigDecimal("3500.50"), new BigDecimal("2000.00")), totals);
        }
    }

    @Test
    void theSchemaRefusesASignedRowWithoutItsHash() throws SQLException {
        Stored s = draft();
        try (Connection c = DriverManager.getConnection(openedWith.jdbcUrl(), openedWith.user(),
            openedWith.password());
             PreparedStatement p = c.prepareStatement("update agreement set status = 'SIGNED' where id = ?")) {
            p.setLong(1, s.agreementId());
            assertThrows(SQLException.class, p::executeUpdate);
        }
        assertEquals(AgreementStatus.DRAFT, tx.call(r -> r.agreements().findById(s.agreementId())).orElseThrow()
            .getStatus());
    }
}
