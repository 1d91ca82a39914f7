// SPDX-License-Identifier: AGPL-3.0-or-later
package org.qiao.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
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

/**
 * {@code qiao bench startup}: cold start-up of Qiao's window against a bare JavaFX window, each started as a fresh
 * JVM with the same options, alternating, several times. Needs a display (e.g. under {@code xvfb-run}).
 */
@Command(name = "bench", subcommands = BenchCommand.Startup.class)
public final class BenchCommand {

    /** The main classes to start: Qiao itself and the bare-window baseline. */
    public record Targets(String qiaoMain, String bareMain) {
    }

    private final Targets targets;

    public BenchCommand(Targets targets) {
        this.targets = Objects.requireNonNull(targets);
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
