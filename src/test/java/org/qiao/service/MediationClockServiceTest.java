// SPDX-License-Identifier: AGPL-3.0-or-later
package org.qiao.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.function.Executable;
import org.qiao.domain.QiaoException;
import org.qiao.domain.audit.AuditEntry;
import org.qiao.domain.cases.CaseSource;
import org.qiao.domain.cases.CaseStatus;
import org.qiao.domain.cases.DisputeCase;
import org.qiao.domain.mediation.Consent;
import org.qiao.domain.mediation.Extension;
import org.qiao.domain.mediation.MediationClock;
import org.qiao.domain.mediation.MediationEvent;
import org.qiao.domain.mediation.Resumption;
import org.qiao.domain.mediation.Suspension;
import org.qiao.store.Database;
import org.qiao.store.DatabaseConfig;
import org.qiao.store.ReferenceData;
import org.qiao.store.Transactions;

/** Extensions, suspensions and resumptions on a real embedded database; today is 2026-03-10 (IntakeFixtures). */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class MediationClockServiceTest {

    private static final Set<Consent> BOTH_PARTIES = Set.of(Consent.WORKER, Consent.EMPLOYER);

    private Database database;
    private Transactions tx;
    private IntakeService intake;
    private CaseStatusService status;
    private MediationClockService clocks;
    private long studio;

    @BeforeAll
    void open() throws Exception {
        UserSession session = new UserSession("mediator.gerel");
        Path dataDir = Files.createTempDirectory("qiao-clock-");
        database = Database.open(DatabaseConfig.embedded(dataDir), session::actorName);
        tx = database.transactions();
        intake = new IntakeService(tx, session, ReferenceData.regions(), IntakeFixtures.CLOCK);
        CalendarService calendar = new CalendarService(ReferenceData.holidays(), tx, session);
        status = new CaseStatusService(tx, calendar, session, IntakeFixtures.CLOCK);
        clocks = new MediationClockService(tx, calendar, session, IntakeFixtures.CLOCK);
        studio = new StudioService(tx, session).add("期限工作室", "150602", "期工调〔{year}〕{seq:4}号").getId();
    }

    @AfterAll
    void close() {
        database.close();
    }

    /** A walk-in case received Monday 2026-03-02 and accepted: due 15 days later, Tuesday 2026-03-17. */
    private long accepted() {
        IntakeForm f = IntakeFixtures.form(studio, 1, 0);
        IntakeForm form = new IntakeForm(CaseSource.WALK_IN, null, null, false, studio, "150602",
            IntakeFixtures.RECEIVED, f.employer(), f.workers(), null, null, null, false, false, null, null, null);
        long id = intake.register(form).caseId();
        status.change(id, CaseStatus.ACCEPTED, null);
        assertEquals(LocalDate.of(2026, 3, 17), load(id).getMediationDueDate());
        return id;
    }

    private DisputeCase load(long id) {
        return tx.call(r -> r.cases().findById(id)).orElseThrow();
    }

    private List<MediationEvent> events(long id) {
        return tx.call(r -> r.mediationEvents().ofCase(id));
    }

    @Test
    void anExtensionMovesTheStoredDueDateAndIsRecordedWithWhoAndWhen() {
        long id = accepted();
        long version = load(id).getVersion();
        // 15 + 10 days from 2026-03-02: Friday 2026-03-27.
        MediationClock clock = clocks.extend(id, version,
            Extension.addingDays(LocalDate.of(2026, 3, 9), 10, BOTH_PARTIES, "双方同意继续调解"));
        assertEquals(LocalDate.of(2026, 3, 27), clock.due().orElseThrow().due());
        DisputeCase stored = load(id);
        assertEquals(LocalDate.of(2026, 3, 27), stored.getMediationDueDate());
        assertTrue(stored.getVersion() > version);

        List<MediationEvent> events = events(id);
        assertEquals(1, events.size());
        assertEquals("mediator.gerel", events.get(0).getRecordedBy());
        assertEquals(LocalDate.of(2026, 3, 10).atTime(9, 0), events.get(0).getRecordedAt());
        assertEquals(clock.events(), clocks.clock(id).events());
        List<AuditEntry> audit = tx.call(r -> r.audit().forEntity("MediationEvent", events.get(0).getId()));
        assertEquals(List.of("INSERT"), audit.stream().map(AuditEntry::action).toList());
    }

    @Test
    void aSuspensionClearsTheDueDateAndTheResumptionSetsTheClocksDate() {
        long id = accepted();
        // Suspended on 03-05: 3 of the 15 days have run, 12 are left.
        MediationClock suspended = clocks.suspend(id, null, new Suspension(LocalDate.of(2026, 3, 5), "等待工伤认定"));
        assertEquals(LocalDate.of(2026, 3, 5), suspended.suspendedSince().orElseThrow());
        assertNull(load(id).getMediationDueDate(), "a suspended case is neither overdue nor due soon");

        // Resumed on 03-09: 12 days from then is Saturday 03-21, which rolls to Monday 03-23.
        MediationClock resumed = clocks.resume(id, load(id).getVersion(), new Resumption(LocalDate.of(2026, 3, 9)));
        assertEquals(LocalDate.of(2026, 3, 23), resumed.due().orElseThrow().due());
        assertEquals(LocalDate.of(2026, 3, 23), load(id).getMediationDueDate());
        assertEquals(List.of(MediationEvent.Kind.SUSPENSION, MediationEvent.Kind.RESUMPTION),
            events(id).stream().map(MediationEvent::getKind).toList());
        assertEquals(resumed.due(), clocks.clock(id).due());
    }

    /** Runs {@code write}, expects it refused with {@code key}, and the case and its events as they were. */
    private QiaoException refused(long id, String key, Executable write) {
        Snapshot before = snapshot(id);
        QiaoException e = assertThrows(QiaoException.class, write);
        assertEquals(key, e.messageKey());
        assertEquals(before, snapshot(id));
        return e;
    }

    @Test
    void anExtensionWithoutBothPartiesConsentIsRefusedAndNothingChanges() {
        long id = accepted();
        long version = load(id).getVersion();
        refused(id, "mediation.extension.consent", () -> clocks.extend(id, version,
            Extension.addingDays(LocalDate.of(2026, 3, 9), 10, Set.of(Consent.WORKER), "申请人要求延长")));
    }

    @Test
    void aClosedCaseIsRefusedAndNothingChanges() {
        long id = accepted();
        status.change(id, CaseStatus.WITHDRAWN, "申请人撤回");
        QiaoException e = refused(id, "mediation.clock.notRunning", () -> clocks.extend(id, null,
            Extension.addingDays(LocalDate.of(2026, 3, 9), 10, BOTH_PARTIES, "双方同意继续调解")));
        assertEquals(List.of("WITHDRAWN"), List.of(e.args()));
    }

    @Test
    void aCaseNotYetAcceptedIsRefused() {
        long id = intake.register(IntakeFixtures.form(studio, 1, 0)).caseId();
        refused(id, "mediation.clock.notRunning",
            () -> clocks.suspend(id, null, new Suspension(LocalDate.of(2026, 3, 5), "等待鉴定")));
        assertTrue(events(id).isEmpty());
    }

    @Test
    void anEventOnAStaleVersionIsAConflictEvenWhenTheDueDateStayedTheSame() {
        long id = accepted();
        clocks.suspend(id, null, new Suspension(LocalDate.of(2026, 3, 5), "等待工伤认定"));
        long seen = load(id).getVersion();
        // Added days while suspended leave the due date empty, yet the case's version still rises.
        clocks.extend(id, seen, Extension.addingDays(LocalDate.of(2026, 3, 6), 5, BOTH_PARTIES, "双方同意"));
        refused(id, "store.conflict", () -> clocks.resume(id, seen, new Resumption(LocalDate.of(2026, 3, 9))));
    }

    @Test
    void anEventDatedAfterTodayIsRefused() {
        long id = accepted();
        refused(id, "mediation.event.future",
            () -> clocks.suspend(id, null, new Suspension(LocalDate.of(2026, 3, 11), "等待工伤认定")));
    }

    @Test
    void aHistoryTheClockRefusesIsNotRecorded() {
        long id = accepted();
        refused(id, "mediation.resumption.notSuspended",
            () -> clocks.resume(id, null, new Resumption(LocalDate.of(2026, 3, 9))));
    }

    /** What a refused write must leave as it was. */
    private record Snapshot(long version, LocalDate due, CaseStatus status, int events) {
    }

    private Snapshot snapshot(long id) {
        DisputeCase c = load(id);
        return new Snapshot(c.getVersion(), c.getMediationDueDate(), c.getStatus(), events(id).size());
    }
}
