// SPDX-License-Identifier: AGPL-3.0-or-later
package org.qiao.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.qiao.domain.QiaoException;
import org.qiao.domain.cases.CaseSource;
import org.qiao.domain.cases.CaseStatus;
import org.qiao.domain.cases.CaseStatusChange;
import org.qiao.domain.cases.DisputeCase;
import org.qiao.domain.cases.Evidence;
import org.qiao.store.AttachmentStore;
import org.qiao.store.Database;
import org.qiao.store.DatabaseConfig;
import org.qiao.store.ReferenceData;
import org.qiao.store.Transactions;

/** Status changes, deadlines on acceptance, evidence, drafts and studios on a real embedded database. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CaseStatusServiceTest {

    private Path dataDir;
    private Database database;
    private Transactions tx;
    private IntakeService intake;
    private CaseStatusService status;
    private EvidenceService evidence;
    private DraftService drafts;
    private long studio;

    @BeforeAll
    void open() throws Exception {
        UserSession session = new UserSession("mediator.gerel");
        dataDir = Files.createTempDirectory("qiao-status-");
        database = Database.open(DatabaseConfig.embedded(dataDir), session::actorName);
        tx = database.transactions();
        intake = new IntakeService(tx, session, ReferenceData.regions(), IntakeFixtures.CLOCK);
        CalendarService calendar = new CalendarService(ReferenceData.holidays(), tx, session);
        status = new CaseStatusService(tx, calendar, session, IntakeFixtures.CLOCK);
        evidence = new EvidenceService(tx, new AttachmentStore(dataDir.resolve("attachments")), session,
            IntakeFixtures.CLOCK);
        drafts = new DraftService(tx, IntakeFixtures.CLOCK);
        studio = new StudioService(tx, session).add("状态工作室", "150602", "状工调〔{year}〕{seq:4}号").getId();
    }

    @AfterAll
    void close() {
        database.close();
    }

    private long register(CaseSource source, boolean simple, LocalDate received) {
        return register(intake, source, simple, received);
    }

    private long register(IntakeService service, CaseSource source, boolean simple, LocalDate received) {
        IntakeForm f = IntakeFixtures.form(studio, 1, 0);
        IntakeForm form = new IntakeForm(source, "东胜区人民法院", "（2026）内0602诉前调1号", simple, studio, "150602",
            received, f.employer(), f.workers(), null, null, null, false, false, null, null, null);
        return service.register(form).caseId();
    }

    private DisputeCase load(long id) {
        return tx.call(r -> r.cases().findById(id)).orElseThrow();
    }

    @ParameterizedTest
    @CsvSource({
        // received 2026-03-02 (Mon): +15 = 03-17 (Tue); +30 = 04-01 (Wed); +7 = 03-09 (Mon)
        "WALK_IN, false, 2026-03-02, 2026-03-17",
        "COURT_DELEGATED, false, 2026-03-02, 2026-04-01",
        "COURT_ENTRUSTED, false, 2026-03-02, 2026-03-17",
        "COURT_ENTRUSTED, true, 2026-03-02, 2026-03-09",
        // received 2026-02-01: +15 = 02-16, inside the Spring Festival holiday, moves to the next working day
        "HOTLINE_12351, false, 2026-02-01, 2026-02-24",
    })
    void acceptingComputesTheMediationDeadlineBySource(CaseSource source, boolean simple, LocalDate received,
        LocalDate due) {
        long id = register(source, simple, received);
        CaseStatusService.StatusChange change = status.change(id, CaseStatus.ACCEPTED, null);
        assertEquals(due, change.mediationDue());
        assertTrue(change.warnings().isEmpty());
        DisputeCase accepted = load(id);
        assertEquals(CaseStatus.ACCEPTED, accepted.getStatus());
        assertEquals(LocalDate.of(2026, 3, 10), accepted.getAcceptedDate());
        assertEquals(due, accepted.getMediationDueDate());
    }

    @Test
    void aDeadlineInAYearWithoutScheduleComesWithAWarning() {
        java.time.Clock december = java.time.Clock.offset(IntakeFixtures.CLOCK, java.time.Duration.ofDays(300));
        IntakeService later = new IntakeService(tx, new UserSession("x"), ReferenceData.regions(), december);
        long id = register(later, CaseSource.COURT_DELEGATED, false, LocalDate.of(2026, 12, 15));
        CaseStatusService.StatusChange change = status.change(id, CaseStatus.ACCEPTED, null);
        assertEquals(List.of("calendar.deadline.noSchedule"),
            change.warnings().stream().map(w -> w.messageKey()).toList());
    }

    @Test
    void recordsEveryChangeWithWhoWhenAndWhyAndClosesAtTheEnd() {
        long id = register(CaseSource.WALK_IN, false, IntakeFixtures.RECEIVED);
        status.change(id, CaseStatus.ACCEPTED, null);
        status.change(id, CaseStatus.IN_MEDIATION, null);
        status.change(id, CaseStatus.AGREEMENT_SIGNED, "双方达成协议");
        status.change(id, CaseStatus.CLOSED, "当场履行完毕");

        List<CaseStatusChange> history = status.history(id);
        assertEquals(List.of(CaseStatus.INTAKE, CaseStatus.ACCEPTED, CaseStatus.IN_MEDIATION,
            CaseStatus.AGREEMENT_SIGNED, CaseStatus.CLOSED), history.stream().map(h -> h.getToStatus()).toList());
        assertEquals(CaseStatus.AGREEMENT_SIGNED, history.get(4).getFromStatus());
        assertEquals("当场履行完毕", history.get(4).getReason());
        assertEquals("mediator.gerel", history.get(4).getByUser());
        assertEquals(LocalDate.of(2026, 3, 10), load(id).getClosedDate());
    }

    @ParameterizedTest
    @CsvSource({"IN_MEDIATION, status.transition.notAllowed", "CLOSED, status.transition.notAllowed",
        "NOT_ACCEPTED, status.reason.required"})
    void refusesTransitionsOutsideTheLifecycleAndRefusalsWithoutReason(CaseStatus target, String key) {
        long id = register(CaseSource.WALK_IN, false, IntakeFixtures.RECEIVED);
        QiaoException e = assertThrows(QiaoException.class, () -> status.change(id, target, "  ".trim()));
        assertEquals(key, e.messageKey());
        assertEquals(CaseStatus.INTAKE, load(id).getStatus());
        assertEquals(1, status.history(id).size());
    }

    @Test
    void aChangeOnAStaleVersionIsAConflict() {
        long id = register(CaseSource.WALK_IN, false, IntakeFixtures.RECEIVED);
        long seen = load(id).getVersion();
        status.change(id, CaseStatus.NOT_ACCEPTED, "不属于受理范围");
        QiaoException e = assertThrows(QiaoException.class,
            () -> status.change(id, seen, CaseStatus.ACCEPTED, null));
        assertEquals("store.conflict", e.messageKey());
    }

    @Test
    void attachesEvidenceWithHashAndSizeAndStoresTheSameFileOnce() throws Exception {
        long id = register(CaseSource.WALK_IN, false, IntakeFixtures.RECEIVED);
        Path scan = Files.createTempFile("工资条", ".pdf");
        Files.writeString(scan, "%PDF-1.4 工资条");
        Evidence first = evidence.attach(id, scan, "2025年10月工资条");
        Evidence second = evidence.attach(id, scan, "再次上传");

        assertEquals(Files.size(scan), first.getSizeBytes());
        assertEquals(64, first.getSha256().length());
        assertEquals(first.getSha256(), second.getSha256());
        assertEquals("application/pdf", first.getContentType());
        assertEquals(scan.getFileName().toString(), first.getFileName());
        assertEquals("mediator.gerel", first.getAddedBy());
        try (var stored = Files.list(dataDir.resolve("attachments"))) {
            assertEquals(1, stored.filter(p -> p.getFileName().toString().equals(first.getSha256())).count());
        }
        assertEquals(Files.readString(scan), Files.readString(evidence.open(first.getId())));
        assertEquals(2, evidence.list(id).size());
    }

    @Test
    void aChangedAttachmentIsNotOpenedAsTheOriginal() throws Exception {
        long id = register(CaseSource.WALK_IN, false, IntakeFixtures.RECEIVED);
        Path photo = Files.createTempFile("现场", ".jpg");
        Files.write(photo, new byte[] {1, 2, 3, (byte) IntakeFixtures.next()});
        Evidence attached = evidence.attach(id, photo, null);
        Files.write(dataDir.resolve("attachments").resolve(attached.getSha256()), new byte[] {9});
        assertEquals("evidence.file.corrupted",
            assertThrows(QiaoException.class, () -> evidence.open(attached.getId())).messageKey());
    }

    @Test
    void evidenceNeedsAnExistingCase() throws Exception {
        Path file = Files.createTempFile("x", ".txt");
        assertEquals("case.notFound",
            assertThrows(QiaoException.class, () -> evidence.attach(987_654_321L, file, null)).messageKey());
    }

    @Test
    void aDraftRoundTripsUntilDiscarded() {
        String json = "{\"workers\":[{\"name\":\"巴特尔·朝鲁\",\"amount\":\"1.2\"}],\"note\":\"it's\"}";
        drafts.save("mediator.gerel", "{}");
        drafts.save("mediator.gerel", json);
        DraftService.Draft loaded = drafts.load("mediator.gerel").orElseThrow();
        assertEquals(json, loaded.content());
        assertTrue(drafts.load("someone.else").isEmpty());
        assertTrue(drafts.discard("mediator.gerel"));
        assertTrue(drafts.load("mediator.gerel").isEmpty());
    }
}
