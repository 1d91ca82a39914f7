// SPDX-License-Identifier: AGPL-3.0-or-later
package org.qiao.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.qiao.domain.agreement.AgreementStatus;
import org.qiao.domain.cases.CaseStatus;
import org.qiao.domain.cases.DisputeCase;
import org.qiao.domain.mediation.SessionOutcome;
import org.qiao.domain.mediation.SessionStatus;
import org.qiao.domain.money.Money;
import org.qiao.domain.user.Role;
import org.qiao.domain.user.User;
import org.qiao.i18n.Messages;
import org.qiao.store.AttachmentStore;
import org.qiao.store.Database;
import org.qiao.store.DatabaseConfig;
import org.qiao.store.ReferenceData;
import org.qiao.store.Transactions;

/**
 * A demo database shows the whole mediation flow: sessions held and booked (without double-booking), signed
 * agreements whose printed copies verify, instalments and payments in step with each case's status, some overdue.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DemoMediationDataTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-06-30T02:00:00Z"), ZoneId.of("Asia/Shanghai"));
    private static final LocalDate TODAY = LocalDate.now(CLOCK);
    private static final int CASES = 400;
    /** The statuses a case can have reached through mediation. */
    private static final Set<CaseStatus> MEDIATED = EnumSet.of(CaseStatus.IN_MEDIATION, CaseStatus.AGREEMENT_SIGNED,
        CaseStatus.MEDIATION_FAILED, CaseStatus.PERFORMING, CaseStatus.CLOSED, CaseStatus.HANDED_BACK,
        CaseStatus.WITHDRAWN);

    @TempDir
    static Path dir;

    private Database database;
    private Transactions tx;
    private SessionService sessions;
    private AgreementService agreements;
    private PaymentService payments;
    private List<DisputeCase> cases;

    @BeforeAll
    void generate() {
        database = Database.open(DatabaseConfig.embedded(dir.resolve("db")), () -> "demo");
        tx = database.transactions();
        tx.run(r -> {
            r.users().save(new User("qiqige", "其其格", Role.MEDIATOR));
            r.users().save(new User("bayar", "巴雅尔", Role.MEDIATOR));
        });
        new DemoDataService(tx, CLOCK).generate(CASES, 2026L);
        UserSession session = new UserSession("qiqige");
        CalendarService calendar = new CalendarService(ReferenceData.holidays(), tx, session);
        Messages messages = new Messages(Locale.SIMPLIFIED_CHINESE);
        sessions = new SessionService(tx, session, CLOCK);
        agreements = new AgreementService(tx, session, new CaseStatusService(tx, calendar, session, CLOCK), messages,
            CLOCK);
        payments = new PaymentService(tx, new AttachmentStore(dir.resolve("files")), session, messages, CLOCK);
        cases = tx.call(r -> r.cases().page(0, CASES + 1));
    }

    @AfterAll
    void close() {
        database.close();
    }

    @Test
    void casesInMediationHaveSessionsHeldAndBookedWithoutADoubleBooking() {
        int held = 0;
        int booked = 0;
        int outcomes = 0;
        int concluded = 0;
        for (DisputeCase c : cases) {
            List<SessionService.SessionView> ofCase = sessions.ofCase(c.getId());
            if (!MEDIATED.contains(c.getStatus())) {
                assertEquals(List.of(), ofCase, c.getCaseNumber());
                continue;
            }
            for (SessionService.SessionView s : ofCase) {
                if (s.status() == SessionStatus.HELD) {
                    held++;
                    assertFalse(s.slot().date().isAfter(TODAY), c.getCaseNumber());
                    assertFalse(s.attendees().isEmpty(), c.getCaseNumber());
                } else {
                    booked++;
                    assertEquals(CaseStatus.IN_MEDIATION, c.getStatus(), c.getCaseNumber());
                    assertTrue(s.slot().date().isAfter(TODAY), c.getCaseNumber());
                    // Afternoons only: the mornings stay free for whoever tries the demo (and the tests).
                    assertTrue(s.slot().start().isAfter(LocalTime.NOON), c.getCaseNumber() + " " + s.slot());
                    assertEquals(List.of(), sessions.clashes(s.slot(), s.id()), c.getCaseNumber());
                }
            }
            if (c.getStatus() == CaseStatus.AGREEMENT_SIGNED || c.getStatus() == CaseStatus.MEDIATION_FAILED) {
                SessionOutcome expected = c.getStatus() == CaseStatus.AGREEMENT_SIGNED ? SessionOutcome.AGREEMENT
                    : SessionOutcome.NO_AGREEMENT;
                // The session that reached the outcome, unless the mediator's day was already full.
                if (!ofCase.isEmpty()) {
                    assertEquals(expected, ofCase.get(ofCase.size() - 1).outcome(), c.getCaseNumber());
                    concluded++;
                }
                outcomes++;
            }
        }
        // No mediator is in two sessions at once, and every session is on a working day.
        List<SessionService.SessionView> all = cases.stream().flatMap(c -> sessions.ofCase(c.getId()).stream())
            .toList();
        for (SessionService.SessionView a : all) {
            assertTrue(ReferenceData.calendar().isWorkingDay(a.slot().date()), a.caseNumber() + " " + a.slot());
            for (SessionService.SessionView b : all) {
                if (a.id() < b.id()) {
                    assertFalse(a.slot().clashesWith(b.slot()), a.caseNumber() + " / " + b.caseNumber());
                }
            }
        }
        assertTrue(held > 50, "held sessions: " + held);
        assertTrue(concluded >= outcomes * 9 / 10, concluded + " of " + outcomes + " outcomes have their session");
        assertTrue(booked > 5, "booked sessions: " + booked);
    }

    @Test
    void casesPastSigningHaveTheirSignedAgreementWhosePrintedCopyVerifies() {
        List<DisputeCase> signed = cases.stream().filter(c -> c.getStatus() == CaseStatus.AGREEMENT_SIGNED
            || c.getStatus() == CaseStatus.PERFORMING).toList();
        assertTrue(signed.size() > 20, "signed cases: " + signed.size());
        int checked = 0;
        for (DisputeCase c : signed) {
            List<AgreementVersion> versions = agreements.versions(c.getId());
            boolean money = tx.call(r -> r.cases().findById(c.getId()).orElseThrow().totalClaimed().signum() > 0);
            // A case that claimed no amount (a labour relationship to confirm) has no money to agree on.
            assertEquals(money ? 1 : 0, versions.size(), c.getCaseNumber());
            if (!money) {
                continue;
            }
            AgreementVersion version = versions.get(0);
            assertEquals(AgreementStatus.SIGNED, version.status());
            if (checked++ < 6) {
                AgreementService.Verification verification = agreements.verify(agreements.pdf(version.id()));
                assertEquals(AgreementService.Verdict.MATCHES, verification.verdict(), c.getCaseNumber());
            }
        }
    }

    @Test
    void paymentsFollowEachCaseStatusAndSomeInstalmentsAreOverdue() {
        Map<CaseStatus, List<DisputeCase>> byStatus = cases.stream()
            .collect(Collectors.groupingBy(DisputeCase::getStatus));
        for (DisputeCase c : byStatus.get(CaseStatus.PERFORMING)) {
            CasePerformance p = payments.performance(c.getId());
            assertTrue(p.paid().compareTo(Money.ZERO) > 0, c.getCaseNumber());
            assertTrue(p.paid().compareTo(p.agreed()) <= 0, c.getCaseNumber());
        }
        for (DisputeCase c : byStatus.get(CaseStatus.AGREEMENT_SIGNED)) {
            assertEquals(Money.ZERO, payments.performance(c.getId()).paid(), c.getCaseNumber());
        }
        List<CasePerformance> closedAfterAgreement = new ArrayList<>();
        for (DisputeCase c : byStatus.get(CaseStatus.CLOSED)) {
            CasePerformance p = payments.performance(c.getId());
            if (p.hasAgreement()) {
                closedAfterAgreement.add(p);
                assertEquals(Money.ZERO, p.outstanding(), c.getCaseNumber());
            }
        }
        assertTrue(closedAfterAgreement.size() > 20, "closed after an agreement: " + closedAfterAgreement.size());
        assertTrue(closedAfterAgreement.stream().anyMatch(p -> !p.followUps().isEmpty()));
        PaymentService.OverdueWatch overdue = payments.overdue(false, 100);
        assertFalse(overdue.rows().isEmpty());
        assertTrue(overdue.rows().size() < byStatus.get(CaseStatus.PERFORMING).size()
            + byStatus.get(CaseStatus.AGREEMENT_SIGNED).size(), "most instalments are not overdue");
    }

}
