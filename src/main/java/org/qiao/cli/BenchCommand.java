// SPDX-License-Identifier: AGPL-3.0-or-later
package org.qiao.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import org.qiao.domain.QiaoException;
import org.qiao.i18n.Messages;
import org.qiao.service.PdfBenchmark;
import org.qiao.service.SearchBenchmark;

/**
 * {@code qiao bench startup}: cold start-up of Qiao's window against a bare JavaFX window, each started as a fresh
 * JVM with the same options, alternating, several times. Needs a display (e.g. under {@code xvfb-run}).
 * {@code qiao bench search}: the ledger's searches; {@code qiao bench pdf}: documents rendered per second.
 */
@Command(name = "bench", subcommands = {BenchCommand.Startup.class, BenchCommand.Search.class,
    BenchCommand.Pdf.class})
public final class BenchCommand {

    /**
     * The main classes to start: Qiao itself and the bare-window baseline; and the folder of the search benchmark's
     * database when {@code --db} is not given.
     */
    public record Targets(String qiaoMain, String bareMain, Path searchDbDir) {
    }

    private final Targets targets;
    private final Messages messages;

    public BenchCommand(Targets targets, Messages messages) {
        this.targets = Objects.requireNonNull(targets);
        this.messages = Objects.requireNonNull(messages);
    }

    /**
     * {@code qiao bench search}: each search kind of the ledger through the service and as hand-written JDBC, on a
     * database of generated cases kept in a folder for the next run.
     */
    @Command(name = "search")
    static final class Search implements Callable<Integer> {

        /** The p95 every kind must stay under, in milliseconds. */
        static final double TARGET_P95_MS = 30;
        /** How far the service's p95 may be from the baseline's. */
        static final double TARGET_RATIO = 1.5;

        @picocli.CommandLine.ParentCommand private BenchCommand parent;
        @Spec private CommandSpec spec;

        @Option(names = "--cases", paramLabel = "N", descriptionKey = "cli.help.option.bench.cases")
        int cases = 1_000_000;

        @Option(names = "--db", paramLabel = "DIR", descriptionKey = "cli.help.option.bench.db")
        Path db;

        @Option(names = "--queries", paramLabel = "Q", descriptionKey = "cli.help.option.bench.queries")
        int queries = 500;

        @Option(names = "--seed", paramLabel = "S", descriptionKey = "cli.help.option.demoData.seed")
        long seed = 2026;

        @Override
        public Integer call() {
            Messages messages = parent.messages;
            if (cases < 1 || cases > 10_000_000) {
                throw new BadArgumentException(messages.get("cli.demoData.casesRange"));
            }
            if (queries < 1 || queries > 100_000) {
                throw new BadArgumentException(messages.get("cli.bench.queriesRange"));
            }
            Path dir = db != null ? db : parent.targets.searchDbDir();
            PrintWriter out = spec.commandLine().getOut();
            out.println(messages.get("cli.bench.search.start", dir.toAbsolutePath().normalize(), cases, queries));
            out.flush();
            List<SearchBenchmark.Result> results = new SearchBenchmark(dir).run(cases, queries, seed,
                new SearchBenchmark.Listener() {
                    @Override
                    public void prepared(SearchBenchmark.Preparation p) {
                        if (p.generated() > 0) {
                            out.println(messages.get("cli.bench.search.filled", p.generated(),
                                String.format("%.1f", p.fillSeconds()),
                                String.format("%.0f", p.generated() / Math.max(p.fillSeconds(), 1e-9))));
                        }
                        out.println(messages.get("cli.bench.search.database", p.casesAfter(),
                            String.format("%.1f", p.fileBytes() / 1e6)));
                        out.println(messages.get("cli.bench.search.header"));
                        out.flush();
                    }

                    @Override
                    public void measured(SearchBenchmark.Result r) {
                        boolean met = r.service().p95() <= TARGET_P95_MS && r.ratio() <= TARGET_RATIO;
                        out.printf("%-22s %8.2f %8.2f %8.2f | %8.2f %8.2f %8.2f | %5.2f  %s%n",
                            r.kind().name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'),
                            r.service().p50(), r.service().p95(), r.service().max(), r.jdbc().p50(), r.jdbc().p95(),
                            r.jdbc().max(), r.ratio(), messages.get(met ? "cli.bench.search.met"
                                : "cli.bench.search.missed"));
                        out.flush();
                    }
                });
            out.println(messages.get("cli.bench.search.targets", String.format("%.0f", TARGET_P95_MS),
                String.format("%.1f", TARGET_RATIO)));
            out.flush();
            return results.isEmpty() ? 1 : 0;
        }
    }

    /**
     * {@code qiao bench pdf}: agreements (one worker and {@value PdfBenchmark#COLLECTIVE}) and a recovered-wage summary
     * rendered in this process, against a one-page iText baseline in the same run.
     */
    @Command(name = "pdf")
    static final class Pdf implements Callable<Integer> {

        /** Agreements a second each kind must reach. */
        static final double TARGET_PER_SECOND = 20;

        @picocli.CommandLine.ParentCommand private BenchCommand parent;
        @Spec private CommandSpec spec;

        @Option(names = "--seconds", paramLabel = "S", descriptionKey = "cli.help.option.bench.seconds")
        int seconds = 5;

        @Option(names = "--warmup", paramLabel = "S", descriptionKey = "cli.help.option.bench.warmup")
        int warmup = 3;

        @Override
        public Integer call() {
            Messages messages = parent.messages;
            if (seconds < 1 || seconds > 600 || warmup < 0 || warmup > 600) {
                throw new BadArgumentException(messages.get("cli.bench.pdf.range"));
            }
            PrintWriter out = spec.commandLine().getOut();
            out.println(messages.get("cli.bench.pdf.start", warmup, seconds,
                Runtime.getRuntime().availableProcessors(), System.getProperty("java.version")));
            out.flush();
            List<PdfBenchmark.Result> results = new PdfBenchmark(messages).run(Duration.ofSeconds(warmup),
                Duration.ofSeconds(seconds));
            PdfBenchmark.Result baseline = results.get(0);
            out.println(messages.get("cli.bench.pdf.header"));
            for (PdfBenchmark.Result r : results) {
                String verdict = switch (r.kind()) {
                    case AGREEMENT_SINGLE, AGREEMENT_COLLECTIVE -> messages.get(r.perSecond() >= TARGET_PER_SECOND
                        ? "cli.bench.pdf.met" : "cli.bench.pdf.missed");
                    default -> "";
                };
                out.printf("%-20s %9.1f %9.2f %6d %8.1f %11.2f  %s%n", name(r.kind()), r.perSecond(), r.millisEach(),
                    r.pages(), r.bytes() / 1024.0, r.timesBaseline(baseline), verdict);
            }
            out.println(messages.get("cli.bench.pdf.target", TARGET_PER_SECOND));
            out.flush();
            return 0;
        }

        /** baseline, agreement-1, agreement-30, summary-30. */
        private static String name(PdfBenchmark.Kind kind) {
            return switch (kind) {
                case BASELINE -> "baseline";
                case AGREEMENT_SINGLE -> "agreement-1";
                case AGREEMENT_COLLECTIVE -> "agreement-" + PdfBenchmark.COLLECTIVE;
                case SUMMARY_COLLECTIVE -> "summary-" + PdfBenchmark.COLLECTIVE;
            };
        }
    }

    /** The start-up benchmark. */
    @Command(name = "startup")
    static final class Startup implements Callable<Integer> {

        @picocli.CommandLine.ParentCommand private BenchCommand parent;
        @Spec private CommandSpec spec;

        @Option(names = "--runs", paramLabel = "N", descriptionKey = "cli.help.option.bench.runs")
        int runs = 5;

        @Override
        public Integer call() throws IOException, InterruptedException {
            PrintWriter out = spec.commandLine().getOut();
            Path dataDir = Files.createTempDirectory("qiao-bench-startup");
            try {
                // One unmeasured run creates and migrates the database, as on a workstation in daily use.
                launch(parent.targets.qiaoMain(), dataDir);
                launch(parent.targets.bareMain(), dataDir);
                List<Long> qiao = new ArrayList<>();
                List<Long> qiaoReady = new ArrayList<>();
                List<Long> bare = new ArrayList<>();
                for (int i = 0; i < runs; i++) {
                    List<Long> times = launch(parent.targets.qiaoMain(), dataDir);
                    qiao.add(times.get(0));
                    qiaoReady.add(times.size() > 1 ? times.get(1) : times.get(0));
                    bare.add(launch(parent.targets.bareMain(), dataDir).get(0));
                }
                out.printf("runs: %d each, %d cores, Java %s%n", runs, Runtime.getRuntime().availableProcessors(),
                    System.getProperty("java.version"));
                out.printf("bare JavaFX window shown:   median %d ms (min %d, max %d)%n", median(bare),
                    bare.stream().min(Long::compare).orElseThrow(), bare.stream().max(Long::compare).orElseThrow());
                out.printf("Qiao window shown:          median %d ms (min %d, max %d)%n", median(qiao),
                    qiao.stream().min(Long::compare).orElseThrow(), qiao.stream().max(Long::compare).orElseThrow());
                out.printf("Qiao sign-in ready (db open): median %d ms%n", median(qiaoReady));
                out.printf("ratio Qiao / bare window:   %.2f (target <= 1.50)%n",
                    (double) median(qiao) / median(bare));
                out.flush();
                return 0;
            } finally {
                try (Stream<Path> files = Files.walk(dataDir)) {
                    files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
                }
            }
        }

        private static long median(List<Long> values) {
            List<Long> sorted = values.stream().sorted().toList();
            return sorted.get(sorted.size() / 2);
        }

        /** Starts one JVM like this one and returns the {@code ...-ms=} figures it printed, in order. */
        private static List<Long> launch(String mainClass, Path dataDir) throws IOException, InterruptedException {
            List<String> command = new ArrayList<>();
            command.add(ProcessHandle.current().info().command().orElse("java"));
            command.addAll(ManagementFactory.getRuntimeMXBean().getInputArguments());
            command.add("-cp");
            command.add(System.getProperty("java.class.path"));
            command.add(mainClass);
            command.add("--measure-startup");
            command.add("--data-dir");
            command.add(dataDir.toString());
            Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!process.waitFor(120, TimeUnit.SECONDS) || process.exitValue() != 0) {
                throw new QiaoException("bench.startup.failed", mainClass, output.strip());
            }
            List<Long> times = output.lines().filter(line -> line.contains("-ms="))
                .map(line -> Long.parseLong(line.substring(line.indexOf("-ms=") + 4).strip())).toList();
            if (times.isEmpty()) {
                throw new QiaoException("bench.startup.failed", mainClass, output.strip());
            }
            return times;
        }
    }
}
