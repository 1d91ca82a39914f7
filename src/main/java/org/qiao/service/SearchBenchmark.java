// SPDX-License-Identifier: AGPL-3.0-or-later
package org.qiao.service;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.IntConsumer;
import java.util.function.LongConsumer;
import org.qiao.domain.cases.CaseStatus;
import org.qiao.domain.cases.LedgerFilter;
import org.qiao.domain.cases.LedgerSort;
import org.qiao.store.Database;
import org.qiao.store.DatabaseConfig;
import org.qiao.store.JdbcSearchBaseline;
import org.qiao.store.ReferenceData;

/**
 * {@code qiao bench search}: the ledger's search kinds at scale, through {@link CaseLedgerService} and as
 * hand-written JDBC on the same embedded database ({@link JdbcSearchBaseline}), measured side by side. The
 * database in the given folder is filled with generated cases up to the number asked for and kept for the next
 * run.
 */
public final class SearchBenchmark {

    /** Rows asked for by a search-box lookup. */
    static final int FIND_LIMIT = 20;
    /** Rows of a ledger page. */
    static final int PAGE_SIZE = 50;

    /** The search kinds, in the order they are reported. */
    public enum Kind {
        CASE_NUMBER, WORKER_ID, WORKER_NAME_PREFIX, EMPLOYER_NAME_PREFIX, CREDIT_CODE, FILTERED_PAGE, FIRST_PAGE
    }

    /** Milliseconds of one kind: the service's and the baseline's p50, p95 and max. */
    public record Result(Kind kind, Timing service, Timing jdbc) {

        /** The service's p95 over the baseline's. */
        public double ratio() {
            return service.p95() / Math.max(jdbc.p95(), 1e-6);
        }
    }

    /** Percentiles of a series of timings, in milliseconds. */
    public record Timing(double p50, double p95, double max) {

        static Timing of(long[] nanos) {
            long[] sorted = nanos.clone();
            Arrays.sort(sorted);
            return new Timing(at(sorted, 0.50), at(sorted, 0.95), sorted[sorted.length - 1] / 1e6);
        }

        private static double at(long[] sorted, double quantile) {
            int index = (int) Math.ceil(quantile * sorted.length) - 1;
            return sorted[Math.max(0, Math.min(index, sorted.length - 1))] / 1e6;
        }
    }

    /** What the run found and did before measuring. */
    public record Preparation(long casesBefore, long casesAfter, int generated, double fillSeconds,
                              long fileBytes) {
    }

    /** Hears progress: the preparation once, then each kind's result as it is measured. */
    public interface Listener {
        void prepared(Preparation preparation);

        void measured(Result result);
    }

    private final Path dir;

    public SearchBenchmark(Path dir) {
        this.dir = Objects.requireNonNull(dir);
    }

    /**
     * Fills the database in the folder up to {@code cases} if it holds fewer, then measures every kind with
     * {@code queries} lookups (after as many unmeasured ones), drawing the values looked up from the data.
     */
    public List<Result> run(int cases, int queries, long seed, Listener listener) {
        DatabaseConfig config = DatabaseConfig.embedded(dir);
        UserSession session = new UserSession("bench");
        try (Database database = Database.open(config, session::actorName)) {
            OverviewService overview = new OverviewService(database.transactions());
            long before = overview.overview().totalCases();
            int missing = (int) Math.max(0, cases - before);
            long start = System.nanoTime();
            if (missing > 0) {
                new DemoDataService(database.transactions()).generate(missing, seed + before);
            }
            double fill = (System.nanoTime() - start) / 1e9;
            long after = overview.overview().totalCases();
            listener.prepared(new Preparation(before, after, missing, fill,
                dir.resolve(DatabaseConfig.EMBEDDED_FILE).toFile().length()));
            CaseLedgerService ledger = new CaseLedgerService(database.transactions(), session,
                new CalendarService(ReferenceData.holidays(), database.transactions(), session));
            try (JdbcSearchBaseline jdbc = JdbcSearchBaseline.open(config)) {
                List<JdbcSearchBaseline.Sample> samples = jdbc.sample(queries, seed);
                if (samples.isEmpty()) {
                    return List.of();
                }
                List<Result> results = new ArrayList<>();
                for (Kind kind : Kind.values()) {
                    Result result = measure(kind, samples.size(), i -> service(ledger, kind, samples.get(i), i),
                        i -> baseline(jdbc, kind, samples.get(i), i));
                    listener.measured(result);
                    results.add(result);
                }
                return results;
            }
        }
    }

    /**
     * Runs every lookup once unmeasured (warm-up) both ways, then once measured both ways, the two side by side:
     * the service and the baseline look up the same value one after the other, taking turns to go first, so that
     * both meet the same caches and the same moment of a shared machine.
     */
    private static Result measure(Kind kind, int count, IntConsumer service, IntConsumer baseline) {
        for (int i = 0; i < count; i++) {
            service.accept(i);
            baseline.accept(i);
        }
        long[] serviceNanos = new long[count];
        long[] baselineNanos = new long[count];
        for (int i = 0; i < count; i++) {
            if (i % 2 == 0) {
                serviceNanos[i] = time(service, i);
                baselineNanos[i] = time(baseline, i);
            } else {
                baselineNanos[i] = time(baseline, i);
                serviceNanos[i] = time(service, i);
            }
        }
        return new Result(kind, Timing.of(serviceNanos), Timing.of(baselineNanos));
    }

    private static long time(IntConsumer lookup, int i) {
        long start = System.nanoTime();
        lookup.accept(i);
        return System.nanoTime() - start;
    }

    private static void service(CaseLedgerService ledger, Kind kind, JdbcSearchBaseline.Sample s, int i) {
        LongConsumer sink = rows -> { };
        switch (kind) {
            case CASE_NUMBER -> sink.accept(ledger.find(s.caseNumber(), Set.of(), FIND_LIMIT).size());
            case WORKER_ID -> sink.accept(ledger.find(s.residentId(), Set.of(), FIND_LIMIT).size());
            case WORKER_NAME_PREFIX -> sink.accept(ledger.find(namePrefix(s.workerName()), Set.of(), FIND_LIMIT)
                .size());
            case EMPLOYER_NAME_PREFIX -> sink.accept(ledger.find(employerPrefix(s.employerName()), Set.of(),
                FIND_LIMIT).size());
            case CREDIT_CODE -> sink.accept(ledger.find(s.creditCode(), Set.of(), FIND_LIMIT).size());
            case FILTERED_PAGE -> sink.accept(ledger.page(LedgerFilter.ALL
                .withStatuses(Set.of(CaseStatus.valueOf(s.status()))).withRegion(region(s, i)),
                LedgerSort.NEWEST_FIRST, 0, PAGE_SIZE).rows().size());
            case FIRST_PAGE -> sink.accept(ledger.page(LedgerFilter.ALL, LedgerSort.NEWEST_FIRST, 0, PAGE_SIZE)
                .rows().size());
            default -> throw new IllegalStateException(kind.name());
        }
    }

    private static void baseline(JdbcSearchBaseline jdbc, Kind kind, JdbcSearchBaseline.Sample s, int i) {
        switch (kind) {
            case CASE_NUMBER -> jdbc.byCaseNumber(s.caseNumber(), FIND_LIMIT);
            case WORKER_ID -> jdbc.byResidentId(s.residentId(), FIND_LIMIT);
            case WORKER_NAME_PREFIX -> jdbc.byWorkerNamePrefix(namePrefix(s.workerName()), FIND_LIMIT);
            case EMPLOYER_NAME_PREFIX -> jdbc.byEmployerNamePrefix(employerPrefix(s.employerName()), FIND_LIMIT);
            case CREDIT_CODE -> jdbc.byCreditCode(s.creditCode(), FIND_LIMIT);
            case FILTERED_PAGE -> jdbc.filteredPage(s.status(), s.regionCode(), i % 2 == 1, PAGE_SIZE);
            case FIRST_PAGE -> jdbc.firstPage(PAGE_SIZE);
            default -> throw new IllegalStateException(kind.name());
        }
    }

    /** Every other filtered page is of the county's whole league/city (GB/T 2260: its code ends in 00). */
    private static String region(JdbcSearchBaseline.Sample s, int i) {
        return i % 2 == 1 ? s.regionCode().substring(0, 4) + "00" : s.regionCode();
    }

    /** What a mediator types of a worker's name: the surname and one more character (王建 for 王建国). */
    static String namePrefix(String name) {
        return name.codePointCount(0, name.length()) <= 2 ? name : name.substring(0, name.offsetByCodePoints(0, 2));
    }

    /** What a mediator types of an employer's name: its first seven characters (呼和浩特市鑫源). */
    static String employerPrefix(String name) {
        return name.codePointCount(0, name.length()) <= 7 ? name : name.substring(0, name.offsetByCodePoints(0, 7));
    }
}
