// SPDX-License-Identifier: AGPL-3.0-or-later
package org.qiao.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.qiao.service.IntakeFixtures.form;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.qiao.Concurrently;
import org.qiao.domain.FieldProblem;
import org.qiao.domain.QiaoException;
import org.qiao.domain.ValidationException;
import org.qiao.domain.cases.CaseSource;
import org.qiao.domain.cases.CaseStatus;
import org.qiao.domain.cases.CaseStatusChange;
import org.qiao.domain.cases.ConflictVerdict;
import org.qiao.domain.cases.DisputeCase;
import org.qiao.domain.cases.DisputeCategory;
import org.qiao.domain.cases.Employer;
import org.qiao.domain.cases.Evidence;
import org.qiao.service.IntakeForm.ClaimEntry;
import org.qiao.service.IntakeForm.EmployerEntry;
import org.qiao.service.IntakeForm.EvidenceEntry;
import org.qiao.service.IntakeForm.WorkerEntry;
import org.qiao.store.AttachmentStore;
import org.qiao.store.Database;
import org.qiao.store.DatabaseConfig;
import org.qiao.store.ReferenceData;
import org.qiao.store.Transactions;

/** Registering cases on a real embedded database: validation, numbering, reuse, rollback, conflicts. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class IntakeServiceTest {

    private Database database;
    private Transactions tx;
    private IntakeService intake;
    private StudioService studios;

    private Path dataDir;

    @BeforeAll
    void open() throws Exception {
        UserSession session = new UserSession("mediator.gerel");
        dataDir = Files.createTempDirectory("qiao-intake-");
        database = Database.open(DatabaseConfig.embedded(dataDir), session::actorName);
        tx = database.transactions();
        intake = new IntakeService(tx, session, ReferenceData.regions(), IntakeFixtures.CLOCK,
            new AttachmentStore(dataDir.resolve("attachments")));
        studios = new StudioService(tx, session);
    }

    @AfterAll
    void close() {
        database.close();
    }

    private final java.util.Map<Long, String> prefixes = new java.util.concurrent.ConcurrentHashMap<>();

    /** A studio of its own per test: case numbers are unique across studios, so each gets its own prefix. */
    private long newStudio() {
        int n = IntakeFixtures.next();
        long id = studios.add("东胜区诉调对接工作室" + n, "150602", "东" + n + "工调〔{year}〕{seq:4}号").getId();
        prefixes.put(id, "东" + n + "工调");
        return id;
    }

    private String number(long studio, int year, int seq) {
        return String.format("%s〔%d〕%04d号", prefixes.get(studio), year, seq);
    }

    private DisputeCase load(long id) {
        return tx.call(r -> r.cases().findById(id)).orElseThrow();
    }

    @Test
    void registersACollectiveCaseWithNumberWorkersClaimsRepresentativesAndHistory() {
        long studio = newStudio();
        IntakeService.Registration registration = intake.register(form(studio, 12, 3));

        assertEquals(number(studio, 2026, 1), registration.caseNumber());
        DisputeCase saved = load(registration.caseId());
        assertEquals(12, saved.getWorkers().size());
        assertTrue(saved.isCollective());
        assertEquals(new BigDecimal("99999.96"), saved.totalClaimed());
        assertEquals(LocalDate.of(2025, 12, 31), saved.getClaims().get(0).getPeriodTo());
        assertEquals(ConflictVerdict.NEW_CASE, saved.getConflictVerdict());
        assertEquals(CaseStatus.INTAKE, saved.getStatus());
        Set<Long> representatives = tx.call(r -> r.intake().representativeIds(saved.getId()));
        assertEquals(saved.getWorkers().subList(0, 3).stream().map(w -> w.getId()).collect(Collectors.toSet()),
            representatives);
        List<CaseStatusChange> history = tx.call(r -> r.intake().statusHistory(saved.getId()));
        assertEquals(1, history.size());
        assertEquals(CaseStatus.INTAKE, history.get(0).getToStatus());
        assertEquals("mediator.gerel", history.get(0).getByUser());
    }

    @Test
    void numbersAreConsecutivePerStudioAndYear() {
        long studio = newStudio();
        assertEquals(number(studio, 2026, 1), intake.register(form(studio, 1, 0)).caseNumber());
        assertEquals(number(studio, 2026, 2), intake.register(form(studio, 1, 0)).caseNumber());
        IntakeForm lastYear = form(studio, 1, 0);
        lastYear = new IntakeForm(lastYear.source(), null, null, false, studio, "150602", LocalDate.of(2025, 12, 30),
            lastYear.employer(), lastYear.workers(), null, null, null, false, false, null, null, null);
        assertEquals(number(studio, 2025, 1), intake.register(lastYear).caseNumber());
        assertEquals(number(studio, 2026, 3), intake.register(form(studio, 1, 0)).caseNumber());
    }

    @Test
    void concurrentRegistrationsGetGapFreeDistinctNumbers() throws Exception {
        long studio = newStudio();
        int threads = 3;
        int each = 4;
        List<String> numbers = Concurrently.collect(threads, each,
            () -> intake.register(form(studio, 2, 0)).caseNumber());
        List<String> expected = new ArrayList<>();
        for (int i = 1; i <= threads * each; i++) {
            expected.add(number(studio, 2026, i));
        }
        assertEquals(expected, numbers.stream().sorted().toList());
    }

    @Test
    void aFailedRegistrationStoresNothingAndUsesNoNumber() {
        long studio = newStudio();
        intake.register(form(studio, 1, 0));
        long cases = tx.call(r -> r.cases().count());
        // The same worker twice (the ID written once in lower case) is refused before anything is written.
        String id = IntakeFixtures.residentId();
        IntakeForm form = form(studio, 1, 0);
        String employerName = form.employer().name();
        List<WorkerEntry> workers = List.of(IntakeFixtures.worker("甲", id, false),
            IntakeFixtures.worker("乙", id.toLowerCase(), false));
        IntakeForm broken = new IntakeForm(form.source(), null, null, false, studio, "150602", form.receivedDate(),
            form.employer(), workers, null, null, null, false, false, null, null, null);
        assertThrows(QiaoException.class, () -> intake.register(broken));

        assertEquals(cases, (long) tx.call(r -> r.cases().count()));
        assertTrue(tx.call(r -> r.employers().findByNamePrefix(employerName)).isEmpty());
        assertEquals(1L, (long) tx.call(r -> r.studios().lastSequence(studio, 2026)));
        assertEquals(number(studio, 2026, 2), intake.register(form(studio, 1, 0)).caseNumber());
    }

    @Test
    void aNumberClashWithAnotherStudioRollsEverythingBackAndGivesTheNumberBack() {
        long studio = newStudio();
        long twin = newStudio();
        // Case numbers are unique across studios: a second studio with the same pattern clashes at the database.
        String pattern = prefixes.get(studio) + "〔{year}〕{seq:4}号";
        tx.run(r -> r.studios().findById(twin).orElseThrow()
            .setNumberPattern(org.qiao.domain.cases.CaseNumberPattern.parse(pattern)));
        intake.register(form(studio, 1, 0));
        long cases = tx.call(r -> r.cases().count());
        IntakeForm clash = form(twin, 2, 0);

        QiaoException e = assertThrows(QiaoException.class, () -> intake.register(clash));

        assertEquals("store.constraint", e.messageKey());
        assertEquals(cases, (long) tx.call(r -> r.cases().count()));
        assertTrue(tx.call(r -> r.employers().findByNamePrefix(clash.employer().name())).isEmpty());
        assertTrue(tx.call(r -> r.workers().findByResidentId(clash.workers().get(0).residentId())).isEmpty());
        assertEquals(0L, (long) tx.call(r -> r.studios().lastSequence(twin, 2026)));
    }

    @Test
    void collectsEveryProblemOfTheFormOnItsFieldAndSavesNothing() {
        long cases = tx.call(r -> r.cases().count());
        List<WorkerEntry> workers = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            workers.add(IntakeFixtures.worker("工人" + i, IntakeFixtures.residentId(), i == 0));
        }
        workers.set(2, new WorkerEntry(" ", "150602198501010011", "12345", null, Set.of(), false,
            List.of(new ClaimEntry(DisputeCategory.WAGES, "-5", null, null, null),
                new ClaimEntry(null, "1.234", LocalDate.of(2025, 5, 1), LocalDate.of(2025, 4, 1), null))));
        EmployerEntry employer = new EmployerEntry(null, "", "91150602MA0N00001X", null, null, "abc", null, null);
        IntakeForm form = new IntakeForm(CaseSource.COURT_DELEGATED, "", " ", false, null, "999999",
            LocalDate.of(2026, 4, 1), employer, workers, null, null, null, false, false, null, null, null);

        ValidationException e = assertThrows(ValidationException.class, () -> intake.register(form));

        Set<String> fields = e.problems().stream().map(FieldProblem::field).collect(Collectors.toSet());
        assertEquals(Set.of("courtName", "courtCaseNumber", "regionCode", "receivedDate", "employer.name",
            "employer.creditCode", "employer.phone", "workers[2].name", "workers[2].residentId", "workers[2].phone",
            "workers[2].claims[0].amount", "workers[2].claims[1].category", "workers[2].claims[1].amount",
            "workers[2].claims[1].periodTo", "representatives"), fields);
        assertEquals("identity.residentId.checkDigit", e.problemsOf("workers[2].residentId").get(0).messageKey());
        assertEquals("money.negative", e.problemsOf("workers[2].claims[0].amount").get(0).messageKey());
        assertEquals("money.tooManyDecimals", e.problemsOf("workers[2].claims[1].amount").get(0).messageKey());
        assertEquals("identity.creditCode.checkCharacter",
            e.problemsOf("employer.creditCode").get(0).messageKey());
        assertEquals("validation.failed", e.messageKey());
        assertEquals(cases, (long) tx.call(r -> r.cases().count()));
    }

    @Test
    void reusesAnEmployerByCreditCodeAndAWorkerByResidentId() {
        long studio = newStudio();
        IntakeForm first = form(studio, 1, 0);
        long a = intake.register(first).caseId();
        WorkerEntry again = first.workers().get(0);
        WorkerEntry newPhone = new WorkerEntry(again.name(), again.residentId(), "13800000000", null, Set.of(),
            false, again.claims());
        IntakeForm second = new IntakeForm(CaseSource.WALK_IN, null, null, false, studio, "150602",
            IntakeFixtures.RECEIVED, first.employer(), List.of(newPhone), null, null, null, false, false,
            ConflictVerdict.LINKED, "同一单位第二批", a);
        long b = intake.register(second).caseId();

        DisputeCase one = load(a);
        DisputeCase two = load(b);
        assertEquals(one.getEmployer().getId(), two.getEmployer().getId());
        assertEquals(one.getWorkers().get(0).getId(), two.getWorkers().get(0).getId());
        assertEquals("13800000000", two.getWorkers().get(0).getPhone());
        assertEquals(ConflictVerdict.LINKED, two.getConflictVerdict());
        assertEquals(a, two.getLinkedCaseId());
    }

    @Test
    void reusesAnEmployerPickedById() {
        long studio = newStudio();
        long a = intake.register(form(studio, 1, 0)).caseId();
        long employerId = load(a).getEmployer().getId();
        IntakeForm f = form(studio, 1, 0);
        IntakeForm picked = new IntakeForm(CaseSource.WALK_IN, null, null, false, studio, "150602",
            IntakeFixtures.RECEIVED, EmployerEntry.existing(employerId), f.workers(), null, null, null, false, false,
            ConflictVerdict.NEW_CASE, null, null);
        assertEquals(employerId, load(intake.register(picked).caseId()).getEmployer().getId());
    }

    @Test
    void findsTheSameWorkerTheSameEmployerAndASimilarNameInOpenCases() {
        long studio = newStudio();
        String id = IntakeFixtures.residentId("19900215");
        IntakeForm first = form(studio, 1, 0);
        IntakeForm original = new IntakeForm(CaseSource.WALK_IN, null, null, false, studio, "150602",
            IntakeFixtures.RECEIVED, IntakeFixtures.employer("呼和浩特某某乳业有限公司"),
            List.of(IntakeFixtures.worker("巴特尔·朝鲁", id, false)), null, null, null, false, false, null, null,
            null);
        IntakeService.Registration registered = intake.register(original);

        String otherId = IntakeFixtures.residentId("19900215");
        IntakeForm candidate = new IntakeForm(CaseSource.WALK_IN, null, null, false, studio, "150602",
            IntakeFixtures.RECEIVED, new EmployerEntry(null, "呼和浩特某某乳业有限责任公司赛罕分公司", null, null, null, null,
            null, null), List.of(IntakeFixtures.worker("王五", id, false),
            IntakeFixtures.worker("巴特尔朝鲁", otherId, false)), null, null, null, false, false, null, null, null);

        List<ConflictFinding> findings = intake.checkConflicts(candidate);

        assertTrue(findings.contains(new ConflictFinding(ConflictFinding.Kind.SAME_WORKER, "workers[0].residentId",
            registered.caseId(), registered.caseNumber(), id)), findings.toString());
        assertTrue(findings.contains(new ConflictFinding(ConflictFinding.Kind.SIMILAR_WORKER, "workers[1].name",
            registered.caseId(), registered.caseNumber(), "巴特尔·朝鲁")), findings.toString());
        assertTrue(findings.contains(new ConflictFinding(ConflictFinding.Kind.SAME_EMPLOYER, "employer.name",
            registered.caseId(), registered.caseNumber(), "呼和浩特某某乳业有限公司")), findings.toString());
        assertTrue(intake.checkConflicts(first).isEmpty());

        ValidationException e = assertThrows(ValidationException.class, () -> intake.register(candidate));
        assertEquals("intake.conflict.verdictRequired", e.problemsOf("conflictVerdict").get(0).messageKey());
        long linked = intake.register(candidate.withVerdict(ConflictVerdict.DUPLICATE, "同一人重复来访",
            registered.caseId())).caseId();
        assertEquals(ConflictVerdict.DUPLICATE, load(linked).getConflictVerdict());
        assertEquals("同一人重复来访", load(linked).getConflictNote());
    }

    @Test
    void aLinkedVerdictNeedsAnExistingCase() {
        IntakeForm form = form(newStudio(), 1, 0).withVerdict(ConflictVerdict.LINKED, null, null);
        assertEquals("intake.linkedCase.required", assertThrows(ValidationException.class,
            () -> intake.register(form)).problemsOf("linkedCaseId").get(0).messageKey());
        IntakeForm missing = form.withVerdict(ConflictVerdict.LINKED, null, 987_654_321L);
        assertEquals("intake.linkedCase.notFound", assertThrows(ValidationException.class,
            () -> intake.register(missing)).problemsOf("linkedCaseId").get(0).messageKey());
    }

    @Test
    void warnsOnRegistrationWhenTheLimitationYearHasPassed() {
        IntakeForm f = form(newStudio(), 1, 0);
        IntakeForm late = new IntakeForm(f.source(), null, null, false, f.studioId(), "150602", f.receivedDate(),
            f.employer(), f.workers(), null, null, LocalDate.of(2024, 12, 1), false, false, null, null, null);
        IntakeService.Registration registration = intake.register(late);
        assertEquals(List.of("intake.limitation.expired"),
            registration.warnings().stream().map(w -> w.messageKey()).toList());
        IntakeForm employed = new IntakeForm(f.source(), null, null, false, f.studioId(), "150602",
            f.receivedDate(), IntakeFixtures.employer("另一家公司" + IntakeFixtures.next()),
            List.of(IntakeFixtures.worker("赵六", IntakeFixtures.residentId(), false)), null, null,
            LocalDate.of(2024, 12, 1), true, false, null, null, null);
        assertTrue(intake.register(employed).warnings().isEmpty());
    }

    @Test
    void courtReferralsKeepTheCourtAndItsNumber() {
        IntakeForm f = IntakeFixtures.withSource(form(newStudio(), 1, 0), CaseSource.COURT_ENTRUSTED,
            "鄂尔多斯市东胜区人民法院", "（2026）内0602民初123号", true);
        DisputeCase saved = load(intake.register(f).caseId());
        assertEquals("（2026）内0602民初123号", saved.getCourtCaseNumber());
        assertTrue(saved.isSimpleProcedure());
        assertFalse(saved.isWantsLegalAid());
    }

    @Test
    void aCourtNumberIsCheckedAndStoredAsCourtsWriteIt() {
        IntakeForm typed = IntakeFixtures.withSource(form(newStudio(), 1, 0), CaseSource.COURT_DELEGATED,
            "呼和浩特市新城区人民法院", " (2026)内0102 民诉前调 88号", false);
        assertEquals("（2026）内0102民诉前调88号", load(intake.register(typed).caseId()).getCourtCaseNumber());

        IntakeForm wrong = IntakeFixtures.withSource(form(newStudio(), 1, 0), CaseSource.COURT_DELEGATED,
            "呼和浩特市新城区人民法院", "（2026）蒙0102民诉前调88号", false);
        ValidationException e = assertThrows(ValidationException.class, () -> intake.register(wrong));
        assertEquals(List.of("courtCaseNumber:court.number.province"), e.problems().stream()
            .map(p -> p.field() + ":" + p.messageKey()).toList());
    }

    @Test
    void anEmployerPickedFromTheSearchIsSharedByTheCasesRegisteredWithIt() {
        long studio = newStudio();
        String name = "鄂尔多斯市某某" + IntakeFixtures.next() + "物流有限公司";
        // No credit code: without the pick, the second case would make a second record of the same employer.
        IntakeForm first = new IntakeForm(CaseSource.WALK_IN, null, null, false, studio, "150602",
            IntakeFixtures.RECEIVED, new EmployerEntry(null, name, null, "张三", "东胜区", null, "物流", null),
            List.of(IntakeFixtures.worker("甲" + IntakeFixtures.next(), IntakeFixtures.residentId(), false)), null,
            null, null, false, false, null, null, null);
        long a = intake.register(first).caseId();

        List<Employer> found = intake.findEmployers(name.substring(4, 10));
        assertEquals(List.of(load(a).getEmployer().getId()), found.stream().map(Employer::getId).toList());
        Employer picked = found.get(0);
        EmployerEntry entry = new EmployerEntry(picked.getId(), picked.getName(), null, "李四", null,
            "0477-8123000", null, null);
        IntakeForm second = new IntakeForm(CaseSource.WALK_IN, null, null, false, studio, "150602",
            IntakeFixtures.RECEIVED, entry, List.of(IntakeFixtures.worker("乙" + IntakeFixtures.next(),
            IntakeFixtures.residentId(), false)), null, null, null, false, false, ConflictVerdict.LINKED, null, a);
        long b = intake.register(second).caseId();

        Employer shared = load(b).getEmployer();
        assertEquals(load(a).getEmployer().getId(), shared.getId());
        assertEquals(1, tx.call(r -> r.employers().findByNamePrefix(name)).size());
        assertEquals("李四", shared.getLegalRepresentative(), "newer contact details replace the recorded ones");
        assertEquals("0477-8123000", shared.getPhone());
        assertEquals("东胜区", shared.getAddress(), "a field left empty keeps what was recorded");
    }

    @Test
    void findsEmployersByAFragmentOfTheNameOrTheStartOfTheCreditCode() {
        long studio = newStudio();
        IntakeForm f = form(studio, 1, 0);
        long id = load(intake.register(f).caseId()).getEmployer().getId();
        String code = f.employer().creditCode();

        assertTrue(intake.findEmployers(code.substring(0, 16).toLowerCase()).stream()
            .anyMatch(e -> e.getId() == id));
        assertTrue(intake.findEmployers(f.employer().name().substring(2, 6)).stream()
            .anyMatch(e -> e.getId() == id));
        assertTrue(intake.findEmployers("  ").isEmpty());
        assertTrue(intake.findEmployers("没有这样的单位%").isEmpty(), "a % is a character, not a wildcard");
    }

    @Test
    void storesTheEvidenceFilesWithTheCaseInOneGo() throws Exception {
        Path scan = Files.writeString(Files.createTempFile(dataDir, "劳动合同", ".pdf"),
            "%PDF-1.4 合同" + IntakeFixtures.next());
        Path photo = Files.write(Files.createTempFile(dataDir, "工资条", ".jpg"), new byte[] {1, 2, 3});
        String sha = new AttachmentStore(dataDir.resolve("elsewhere")).measure(scan).sha256();
        IntakeForm form = form(newStudio(), 1, 0).withEvidence(List.of(new EvidenceEntry(scan, "劳动合同复印件", sha),
            new EvidenceEntry(photo, null, null)));

        long id = intake.register(form).caseId();

        List<Evidence> stored = tx.call(r -> r.intake().evidenceOf(id));
        assertEquals(List.of(scan.getFileName().toString(), photo.getFileName().toString()),
            stored.stream().map(Evidence::getFileName).toList());
        assertEquals(sha, stored.get(0).getSha256());
        assertEquals("劳动合同复印件", stored.get(0).getDescription());
        assertEquals(3, stored.get(1).getSizeBytes());
        assertEquals("mediator.gerel", stored.get(1).getAddedBy());
        assertTrue(Files.isRegularFile(dataDir.resolve("attachments").resolve(sha)));
    }

    @Test
    void aMissingOrChangedEvidenceFileRefusesTheRegistrationOnItsRow() throws Exception {
        long studio = newStudio();
        Path scan = Files.writeString(Files.createTempFile(dataDir, "欠条", ".pdf"), "欠条原件");
        String shown = new AttachmentStore(dataDir.resolve("elsewhere")).measure(scan).sha256();
        Files.writeString(scan, "欠条原件，已被改过");
        Path gone = dataDir.resolve("没有这个文件.pdf");
        long cases = tx.call(r -> r.cases().count());
        IntakeForm form = form(studio, 1, 0).withEvidence(List.of(new EvidenceEntry(scan, null, shown),
            new EvidenceEntry(gone, null, null)));

        ValidationException e = assertThrows(ValidationException.class, () -> intake.register(form));

        assertEquals("intake.evidence.changed", e.problemsOf("evidence[0]").get(0).messageKey());
        assertEquals("intake.evidence.missing", e.problemsOf("evidence[1]").get(0).messageKey());
        assertEquals(cases, (long) tx.call(r -> r.cases().count()));
        assertEquals(0L, (long) tx.call(r -> r.studios().lastSequence(studio, 2026)), "no number was used");
    }
}
