// SPDX-License-Identifier: AGPL-3.0-or-later
package org.qiao.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.qiao.store.ReferenceData;
import org.qiao.domain.cases.MediationPeriod;
import org.qiao.domain.calendar.DeadlineCalculator;
import org.qiao.domain.calendar.Period;
import org.qiao.domain.user.Role;
import org.qiao.domain.user.User;
import org.qiao.domain.cases.CaseSource;
import org.qiao.domain.cases.CaseStatus;
import org.qiao.domain.cases.CaseStatusChange;
import org.qiao.domain.cases.CaseTransitions;
import org.qiao.domain.cases.Claim;
import org.qiao.domain.cases.DisputeCase;
import org.qiao.domain.cases.DisputeCategory;
import org.qiao.domain.cases.Studio;
import org.qiao.domain.cases.Worker;
import org.qiao.domain.cases.WorkerGroup;
import org.qiao.store.Database;
import org.qiao.store.DatabaseConfig;

@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DemoDataServiceTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-06-30T02:00:00Z"), ZoneId.of("Asia/Shanghai"));
    private static final long SEED = 20260630L;
    private static final int CASES = 300;

    @TempDir
    static Path dir;

    private static final LocalDateTime NOW = LocalDateTime.now(CLOCK);
    private static final LocalDate TODAY = NOW.toLocalDate();
    private static final String MEDIATOR = "qiqige";

    private List<DisputeCase> cases;
    private Map<CaseStatus, Long> byStatus;
    private Map<Long, List<CaseStatusChange>> timelines;
    private Map<String, Studio> studios;
    private Map<String, Map<Integer, Long>> counters;

    @BeforeAll
    void generate() {
        try (Database database = Database.open(DatabaseConfig.embedded(dir.resolve("a")), () -> "demo")) {
            database.transactions().run(r -> r.users().save(new User(MEDIATOR, "其其格", Role.MEDIATOR)));
            assertEquals(CASES, new DemoDataService(database.transactions(), CLOCK).generate(CASES, SEED));
            cases = database.transactions().call(r -> r.cases().page(0, CASES + 1));
            byStatus = database.transactions().call(r -> r.cases().countByStatus());
            studios = new HashMap<>();
            counters = new HashMap<>();
            database.transactions().run(r -> r.studios().findAll().forEach(studio -> {
                studios.put(studio.getName(), studio);
                counters.put(studio.getName(), r.studios().counters(studio.getId()));
            }));
            timelines = database.transactions().call(r -> {
                Map<Long, List<CaseStatusChange>> all = new HashMap<>();
                cases.forEach(c -> all.put(c.getId(), r.intake().statusHistory(c.getId())));
                return all;
            });
        }
    }

    @Test
    void everyCaseHasATimelineFromItsRegistrationToItsStatusThroughAllowedSteps() {
        for (DisputeCase c : cases) {
            List<CaseStatusChange> steps = timelines.get(c.getId());
            assertFalse(steps.isEmpty(), c.getCaseNumber());
            CaseStatusChange registered = steps.get(0);
            assertNull(registered.getFromStatus(), c.getCaseNumber());
            assertEquals(CaseStatus.INTAKE, registered.getToStatus(), c.getCaseNumber());
            assertEquals(c.getReceivedDate(), registered.getAt().toLocalDate(), c.getCaseNumber());
            for (int i = 1; i < steps.size(); i++) {
                CaseStatusChange step = steps.get(i);
                assertEquals(steps.get(i - 1).getToStatus(), step.getFromStatus(), c.getCaseNumber());
                assertTrue(CaseTransitions.isAllowed(step.getFromStatus(), step.getToStatus()),
                    c.getCaseNumber() + ": " + step.getFromStatus() + " → " + step.getToStatus());
                assertFalse(step.getAt().isBefore(steps.get(i - 1).getAt()), c.getCaseNumber());
            }
            assertEquals(c.getStatus(), steps.get(steps.size() - 1).getToStatus(), c.getCaseNumber());
            for (CaseStatusChange step : steps) {
                assertFalse(step.getAt().isAfter(NOW), c.getCaseNumber() + " " + step.getAt());
                assertEquals(MEDIATOR, step.getByUser());
                assertEquals(CaseTransitions.requiresReason(step.getToStatus()), step.getReason() != null,
                    c.getCaseNumber() + " " + step.getToStatus());
            }
        }
    }

    @Test
    void theDatesOnACaseAreTheDaysOfItsAcceptanceAndClosingSteps() {
        for (DisputeCase c : cases) {
            List<CaseStatusChange> steps = timelines.get(c.getId());
            LocalDate accepted = steps.stream().filter(s -> s.getToStatus() == CaseStatus.ACCEPTED)
                .map(s -> s.getAt().toLocalDate()).findFirst().orElse(null);
            assertEquals(accepted, c.getAcceptedDate(), c.getCaseNumber());
            LocalDate closed = CaseTransitions.isFinal(c.getStatus())
                ? steps.get(steps.size() - 1).getAt().toLocalDate() : null;
            assertEquals(closed, c.getClosedDate(), c.getCaseNumber());
            // Every case past intake has its mediator, the one who recorded its steps.
            assertEquals(c.getStatus() != CaseStatus.INTAKE,
                c.getMediator() != null && MEDIATOR.equals(c.getMediator().getUsername()), c.getCaseNumber());
        }
    }

    @Test
    void openCasesAreRecentFewAreOverdueAndSomeAreDueWithinThreeWorkingDays() {
        Set<CaseStatus> open = CaseTransitions.open();
        List<DisputeCase> openCases = cases.stream().filter(c -> open.contains(c.getStatus())).toList();
        assertTrue(openCases.size() > CASES / 3, "open: " + openCases.size());
        List<DisputeCase> running = openCases.stream()
            .filter(c -> CaseLedgerService.DEADLINE_RUNNING.contains(c.getStatus())).toList();
        long overdue = running.stream().filter(c -> c.getMediationDueDate().isBefore(TODAY)).count();
        assertTrue(overdue < 0.05 * openCases.size(), "overdue " + overdue + " of " + openCases.size() + " open");
        LocalDate cutoff = new DeadlineCalculator(ReferenceData.calendar()).due(TODAY, Period.workingDays(3)).due();
        long dueSoon = running.stream().filter(c -> !c.getMediationDueDate().isBefore(TODAY)
            && !c.getMediationDueDate().isAfter(cutoff)).count();
        assertTrue(dueSoon >= 3, "due within 3 working days: " + dueSoon);
        openCases.forEach(c -> assertTrue(c.getReceivedDate().isAfter(TODAY.minusDays(150)),
            c.getCaseNumber() + " " + c.getStatus() + " received " + c.getReceivedDate()));
        cases.stream().filter(c -> c.getStatus() == CaseStatus.INTAKE)
            .forEach(c -> assertTrue(c.getReceivedDate().isAfter(TODAY.minusDays(10)), c.getCaseNumber()));
    }

    @Test
    void finishedCasesSpreadOverThePastYears() {
        List<LocalDate> received = cases.stream().filter(c -> CaseTransitions.isFinal(c.getStatus()))
            .map(DisputeCase::getReceivedDate).sorted().toList();
        assertTrue(received.get(0).isBefore(TODAY.minusYears(2)), "oldest " + received.get(0));
        assertTrue(received.get(received.size() - 1).isAfter(TODAY.minusDays(90)), "newest "
            + received.get(received.size() - 1));
        assertFalse(received.get(0).isBefore(TODAY.minusDays(DemoCaseHistory.HISTORY_DAYS + 1)));
    }

    @Test
    void storesTheRequestedNumberWithEveryStatusAndSource() {
        assertEquals(CASES, cases.size());
        byStatus.forEach((status, count) -> assertTrue(count > 0, status.name()));
        Set<CaseSource> sources = EnumSet.noneOf(CaseSource.class);
        cases.forEach(c -> sources.add(c.getSource()));
        assertEquals(EnumSet.allOf(CaseSource.class), sources);
    }

    @Test
    void acceptedCasesCarryTheirStatutoryMediationDeadlineAndFinishedOnesAClosingDate() {
        DeadlineCalculator deadlines = new DeadlineCalculator(ReferenceData.calendar());
        for (DisputeCase c : cases) {
            boolean accepted = c.getStatus() != CaseStatus.INTAKE && c.getStatus() != CaseStatus.NOT_ACCEPTED;
            assertEquals(accepted, c.getMediationDueDate() != null, c.getCaseNumber());
            if (accepted) {
                assertEquals(deadlines.due(c.getReceivedDate(), MediationPeriod.forSource(c.getSource(), false))
                    .due(), c.getMediationDueDate(), c.getCaseNumber());
                assertFalse(c.getAcceptedDate().isBefore(c.getReceivedDate()));
            }
            if (c.getStatus() == CaseStatus.CLOSED) {
                assertFalse(c.getClosedDate().isBefore(c.getReceivedDate()), c.getCaseNumber());
                assertFalse(c.getClosedDate().isAfter(TODAY), c.getCaseNumber());
            }
        }
    }

    @Test
    void someCasesAreCollectiveWithTenToFortyWorkersAndMostHaveOne() {
        List<DisputeCase> collective = cases.stream().filter(DisputeCase::isCollective).toList();
        assertTrue(collective.size() >= 5 && collective.size() <= 30, "collective: " + collective.size());
        collective.forEach(c -> assertTrue(c.getWorkers().size() <= 40));
        assertTrue(cases.stream().filter(c -> c.getWorkers().size() == 1).count() > CASES / 2);
    }

    @Test
    void everyResidentIdPassesGb11643AndMatchesTheWorkersSex() {
        List<Worker> workers = cases.stream().flatMap(c -> c.getWorkers().stream()).toList();
        assertTrue(workers.size() > CASES);
        long women = 0;
        for (Worker worker : workers) {
            String id = worker.getResidentId();
            assertTrue(validResidentId(id), id);
            boolean woman = worker.getGroups().contains(WorkerGroup.WOMAN);
            assertEquals(woman, (id.charAt(16) - '0') % 2 == 0, id);
            assertTrue(id.startsWith("15"), id);
            women += woman ? 1 : 0;
        }
        double share = (double) women / workers.size();
        assertTrue(share > 0.25 && share < 0.45, "women: " + share);
        assertTrue(workers.stream().anyMatch(w -> w.getName().contains("·")));
        assertTrue(workers.stream().filter(w -> w.getGroups().contains(WorkerGroup.MIGRANT)).count()
            > workers.size() / 3);
    }

    @Test
    void everyCreditCodePassesGb32100() {
        cases.forEach(c -> assertTrue(validCreditCode(c.getEmployer().getCreditCode()),
            c.getEmployer().getCreditCode()));
    }

    @Test
    void amountsAreExactToTheFenAndMostlyUnpaidWages() {
        List<Claim> claims = cases.stream().flatMap(c -> c.getClaims().stream()).toList();
        for (Claim claim : claims) {
            assertEquals(2, claim.getAmount().scale());
            BigDecimal max = new BigDecimal("120000.00");
            assertTrue(claim.getAmount().compareTo(max) <= 0, claim.getAmount().toPlainString());
            assertTrue(claim.getAmount().signum() > 0 || claim.getCategory() == DisputeCategory.LABOUR_RELATIONSHIP);
        }
        long wages = claims.stream().filter(c -> c.getCategory() == DisputeCategory.WAGES).count();
        assertTrue(wages > claims.size() / 3, "wage claims " + wages + " of " + claims.size());
        cases.forEach(c -> c.getWorkers().forEach(w -> assertTrue(c.totalClaimedBy(w).signum() >= 0)));
    }

    @Test
    void caseNumbersAreUniqueAndSequentialPerStudioAndYearInOrderOfReceipt() {
        Set<String> numbers = new HashSet<>();
        cases.forEach(c -> assertTrue(numbers.add(c.getCaseNumber()), c.getCaseNumber()));
        cases.forEach(c -> assertTrue(c.getCaseNumber().matches("\\p{IsHan}{2,}工调〔20\\d\\d〕\\d{4}号"),
            c.getCaseNumber()));
        cases.forEach(c -> assertTrue(c.getCaseNumber().contains("〔" + c.getReceivedDate().getYear() + "〕")));
        cases.forEach(c -> assertTrue(!c.getReceivedDate().isAfter(TODAY)
            && !c.getReceivedDate().isBefore(TODAY.minusDays(DemoCaseHistory.HISTORY_DAYS)),
            c.getReceivedDate().toString()));
        // Each studio's numbers for a year run 0001, 0002, … with no gap.
        Map<String, List<Integer>> byStudioYear = new java.util.TreeMap<>();
        for (DisputeCase c : cases) {
            String number = c.getCaseNumber();
            String key = number.substring(0, number.indexOf('〕'));
            byStudioYear.computeIfAbsent(key, k -> new java.util.ArrayList<>())
                .add(Integer.parseInt(number.substring(number.indexOf('〕') + 1, number.length() - 1)));
        }
        byStudioYear.values().forEach(list -> {
            list.sort(null);
            for (int i = 0; i < list.size(); i++) {
                assertEquals(i + 1, list.get(i));
            }
        });
    }

    @Test
    void theStudiosOfTheCasesAreOnTheListWithTheirPatternTelephoneAndCounters() {
        Map<String, Map<Integer, Long>> highest = new HashMap<>();
        for (DisputeCase c : cases) {
            Studio studio = studios.get(c.getStudio());
            assertNotNull(studio, c.getStudio());
            String number = c.getCaseNumber();
            long sequence = Long.parseLong(number.substring(number.indexOf('〕') + 1, number.length() - 1));
            int year = c.getReceivedDate().getYear();
            assertEquals(number, studio.getNumberPattern().format(year, sequence), "the pattern gives its numbers");
            assertTrue(studio.getPhone().matches("04[78]\\d-\\d{7}"), studio.getPhone());
            highest.computeIfAbsent(c.getStudio(), k -> new HashMap<>()).merge(year, sequence, Math::max);
        }
        // Each counter stands at the studio's last number of the year: the next case registered there continues.
        highest.forEach((studio, years) -> assertEquals(years, counters.get(studio), studio));
        assertTrue(studios.containsKey(Studio.DEFAULT_NAME));
    }

    @Test
    void theSameSeedGivesTheSameCasesAndNames() {
        List<DisputeCase> again;
        try (Database database = Database.open(DatabaseConfig.embedded(dir.resolve("b")), () -> "demo")) {
            new DemoDataService(database.transactions(), CLOCK).generate(CASES, SEED);
            again = database.transactions().call(r -> r.cases().page(0, CASES + 1));
        }
        assertEquals(fingerprint(cases), fingerprint(again));
    }

    private static List<String> fingerprint(List<DisputeCase> cases) {
        return cases.stream().sorted(Comparator.comparing(DisputeCase::getCaseNumber))
            .map(c -> c.getCaseNumber() + c.getEmployer().getName() + c.totalClaimed()
                + c.getWorkers().stream().map(Worker::getName).toList())
            .toList();
    }

    // Check-digit rules written out independently of the generator.

    private static boolean validResidentId(String id) {
        if (id == null || !id.matches("\\d{17}[\\dX]")) {
            return false;
        }
        int[] weights = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (id.charAt(i) - '0') * weights[i];
        }
        if ("10X98765432".charAt(sum % 11) != id.charAt(17)) {
            return false;
        }
        try {
            LocalDate birth = LocalDate.parse(id.substring(6, 14),
                DateTimeFormatter.ofPattern("uuuuMMdd").withResolverStyle(ResolverStyle.STRICT));
            return birth.getYear() >= 1965 && birth.getYear() <= 2004;
        } catch (DateTimeParseException e) {
            return false;
        }
    }

    private static boolean validCreditCode(String code) {
        String chars = "0123456789ABCDEFGHJKLMNPQRTUWXY";
        int[] weights = {1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28};
        if (code == null || code.length() != 18) {
            return false;
        }
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            int value = chars.indexOf(code.charAt(i));
            if (value < 0) {
                return false;
            }
            sum += value * weights[i];
        }
        int check = 31 - sum % 31;
        return chars.charAt(check == 31 ? 0 : check) == code.charAt(17);
    }
}
