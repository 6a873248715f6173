package readiness.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import readiness.batch.BatchCounts;
import readiness.batch.BatchRunner;
import readiness.batch.InputSource;
import readiness.engine.Assessor;
import readiness.engine.RuleSetException;
import readiness.engine.SessionComparison;
import readiness.generate.ProfileGenerator;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

/**
 * bench: batch throughput on a generated cohort, against the floor of reading and writing the same
 * records with Jackson and no rules, in the same pipeline and the same run.
 */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = {"Measure batch throughput on a generated cohort against the floor of Jackson alone, one thread's rate, and the same threads side by side with no pipeline.",
                "The floor reads, parses and writes back the same records with no rules, in the same pipeline.",
                "Prints a Markdown table row for docs/BENCHMARKS.md."},
        footer = ExitCodes.HELP)
public final class BenchCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--count", defaultValue = "200000", paramLabel = "N", description = "Profiles in the cohort (default 200000).")
    int count;

    @Option(names = "--seed", defaultValue = "1", paramLabel = "S", description = "Generator seed (default 1).")
    long seed;

    @Option(names = "--jobs", paramLabel = "N", description = "Worker threads, 1 to 256 (default: the number of cores).")
    int jobs = Runtime.getRuntime().availableProcessors();

    @Option(names = "--warmup", defaultValue = "20000", paramLabel = "N", description = {"Profiles in a warm-up pass (default 20000); passes repeat until",
            "the JIT settles (under 1%% of the cores' time compiling), at most " + MAX_WARMUP_PASSES + "."})
    int warmup;

    @Option(names = "--compare-sessions", description = {"Instead of timing, check reused sessions against fresh ones:",
            "--count generated profiles are assessed both ways and every report must be byte-identical (exit 1 if not)."})
    boolean compareSessions;

    @Mixin
    RulesOption rules;

    @Override
    public Integer call() throws IOException, InterruptedException, RuleSetException {
        PrintWriter out = spec.commandLine().getOut();
        if (!WorkerThreads.valid(jobs, spec.commandLine().getErr())) {
            return ExitCodes.INVALID_INPUT;
        }
        // No profiles measure nothing: the rates would be 0 and the ratios NaN, and a comparison of none would pass.
        if (count < 1) {
            spec.commandLine().getErr().println("--count " + count + ": not a number of profiles to measure: use 1 or more");
            return ExitCodes.INVALID_INPUT;
        }
        if (warmup < 1 && !compareSessions) {
            spec.commandLine().getErr().println("--warmup " + warmup + ": not a number of profiles to warm up on: use 1 or more");
            return ExitCodes.INVALID_INPUT;
        }
        if (compareSessions) {
            return compareSessions(out);
        }
        Assessor assessor = new Assessor(rules.load());
        Path folder = Files.createTempDirectory("readiness-bench");
        try {
            Path cohort = folder.resolve("cohort.jsonl");
            Path warm = folder.resolve("warmup.jsonl");
            generate(cohort, count, seed);
            generate(warm, warmup, seed + 1);
            out.printf("cohort: %,d generated profiles (seed %d), %d jobs, %d cores, %s%n", count, seed, jobs,
                    Runtime.getRuntime().availableProcessors(), System.getProperty("java.vm.name") + " " + Runtime.version());
            out.flush();
            BatchRunner floor = new BatchRunner(BatchRunner::parseOnly, jobs);
            BatchRunner full = new BatchRunner(assessor, jobs, null, List.of());
            run(floor, warm, folder);
            WarmUp warmedUp = warmUp(full, warm, folder);
            Result floorResult = run(floor, cohort, folder);
            // One thread just before and just after the batch: this VM's speed drifts by 10-30% within minutes, and a
            // single figure taken at one end made the ratio swing with it.
            Single before = singleThread(assessor, warm, cohort);
            Result fullResult = run(full, cohort, folder);
            SideBySide sideBySide = sideBySide(assessor, cohort, jobs);
            Single after = singleThread(assessor, warm, cohort);
            Single single = before.plus(after);
            out.printf(Locale.ROOT, "warm-up: %d pass%s of %,d profiles%s (%.1f s compiling in the last)%n", warmedUp.passes(),
                    warmedUp.passes() == 1 ? "" : "es", warmup, warmedUp.settled() ? ", until the JIT settled" : ", the JIT still compiling",
                    warmedUp.lastCompileSeconds());
            out.printf("floor (Jackson read + write, no rules): %,.0f profiles/s, peak heap %d MiB%n", floorResult.rate(), floorResult.peakMiB());
            out.printf("batch (all five roles):                 %,.0f profiles/s, peak heap %d MiB%n", fullResult.rate(), fullResult.peakMiB());
            out.printf("ratio to the floor: %.3f%n", fullResult.rate() / floorResult.rate());
            out.printf(Locale.ROOT, "JIT during the batch: %.1f s compiling, %.1f%% of the cores' time%n", fullResult.compileSeconds(),
                    100 * fullResult.compileShare());
            out.printf(Locale.ROOT, "single thread (assess and report, %,d profiles): %,.0f profiles/s, %,.0f us CPU, %,.0f KiB allocated"
                    + " and %,.0f bytes of JSON per profile (%,.0f/s just before the batch, %,.0f/s just after)%n", single.profiles(),
                    single.rate(), single.cpuMicros(), single.allocatedKiB(), single.jsonBytes(), before.rate(), after.rate());
            out.printf(Locale.ROOT, "batch against %d x the single-thread rate: %.3f (the goal is 0.8 or more)%n", jobs,
                    fullResult.rate() / (jobs * single.rate()));
            out.printf(Locale.ROOT, "%d threads side by side, no pipeline (each assesses and reports the same %,d profiles): %,.0f profiles/s,"
                    + " %,.0f us CPU per profile a thread; the batch against it: %.3f%n", jobs, sideBySide.profilesEach(), sideBySide.rate(),
                    sideBySide.cpuMicros(), fullResult.rate() / sideBySide.rate());
            out.printf(Locale.ROOT, "| %,d | %d | %,.0f | %,.0f | %.3f | %d MiB |%n", count, jobs, floorResult.rate(), fullResult.rate(),
                    fullResult.rate() / floorResult.rate(), fullResult.peakMiB());
            return ExitCodes.OK;
        } finally {
            try (var files = Files.list(folder)) {
                for (Path file : files.toList()) {
                    Files.deleteIfExists(file);
                }
            }
            Files.deleteIfExists(folder);
        }
    }

    private int compareSessions(PrintWriter out) throws RuleSetException, InterruptedException {
        long start = System.nanoTime();
        SessionComparison.Result result = new SessionComparison(rules.load()).compare(count, seed, jobs);
        out.printf(Locale.ROOT, "compared %,d generated profiles (seed %d, %d jobs, every fifth for one role): %s, %,d rejected by both, in %.0f s%n",
                result.compared(), seed, jobs, result.identical() ? "reused and fresh sessions gave byte-identical reports"
                        : result.differing() + " reports differ", result.rejected(), (System.nanoTime() - start) / 1e9);
        result.examples().forEach(example -> out.println("  " + example));
        return result.identical() ? ExitCodes.OK : ExitCodes.INTERNAL;
    }

    /** A run's rate, its peak heap, and the compiler's time during it (CompilationMXBean: the total over its threads). */
    private record Result(double rate, long peakMiB, double seconds, double compileSeconds) {
        double compileShare() {
            return compileSeconds / (seconds * Runtime.getRuntime().availableProcessors());
        }
    }

    private record WarmUp(int passes, boolean settled, double lastCompileSeconds) {
    }

    static final int MAX_WARMUP_PASSES = 8;
    /** Settled: the compiler used under this share of the cores' time in a pass, so the batch measured runs compiled code. */
    private static final double SETTLED_COMPILE_SHARE = 0.01;

    /**
     * Warm-up passes until the JIT settles. Drools generates a class per constraint and consequence, and on two busy cores
     * the optimizing compiler lags the workers for tens of seconds: a batch measured before it catches up runs partly on
     * the quick compiler's code, while the single-thread figure, taken last, runs fully compiled.
     */
    private static WarmUp warmUp(BatchRunner runner, Path warm, Path folder) throws IOException, InterruptedException {
        Result pass = null;
        for (int passes = 1; passes <= MAX_WARMUP_PASSES; passes++) {
            pass = run(runner, warm, folder);
            if (pass.compileShare() < SETTLED_COMPILE_SHARE) {
                return new WarmUp(passes, true, pass.compileSeconds());
            }
        }
        return new WarmUp(MAX_WARMUP_PASSES, false, pass.compileSeconds());
    }

    /** One thread's totals, for its rate and the CPU time and bytes it allocates per profile (ThreadMXBean). */
    private record Single(int profiles, double seconds, long cpuNanos, long allocatedBytes, long jsonTotal) {
        double rate() {
            return profiles / seconds;
        }

        double cpuMicros() {
            return cpuNanos / 1e3 / Math.max(1, profiles);
        }

        double allocatedKiB() {
            return allocatedBytes / 1024.0 / Math.max(1, profiles);
        }

        double jsonBytes() {
            return jsonTotal / (double) Math.max(1, profiles);
        }

        Single plus(Single other) {
            return new Single(profiles + other.profiles, seconds + other.seconds, cpuNanos + other.cpuNanos,
                    allocatedBytes + other.allocatedBytes, jsonTotal + other.jsonTotal);
        }
    }

    private static final int SINGLE_PROFILES = 5_000;

    /** Threads assessing at once with nothing between them: what this machine gives two busy cores, the batch's ceiling. */
    private record SideBySide(int threads, int profilesEach, double seconds, long cpuNanos) {
        double rate() {
            return threads * profilesEach / seconds;
        }

        double cpuMicros() {
            return cpuNanos / 1e3 / Math.max(1, threads * profilesEach);
        }
    }

    /**
     * The single-thread loop run by every job at once, no reader, queue or writer: where the batch falls short of jobs x
     * one thread because the cores slow each other down (caches, memory, the collector), this shows it.
     */
    private static SideBySide sideBySide(Assessor assessor, Path cohort, int jobs) throws IOException, InterruptedException {
        List<readiness.domain.Profile> measured = profiles(cohort, SINGLE_PROFILES);
        java.util.concurrent.CountDownLatch go = new java.util.concurrent.CountDownLatch(1);
        Single[] each = new Single[jobs];
        List<Thread> threads = new java.util.ArrayList<>();
        for (int t = 0; t < jobs; t++) {
            int slot = t;
            Thread thread = new Thread(() -> {
                try {
                    go.await();
                } catch (InterruptedException e) {
                    return;
                }
                each[slot] = measure(assessor, measured);
            }, "side-by-side-" + t);
            thread.start();
            threads.add(thread);
        }
        long start = System.nanoTime();
        go.countDown();
        for (Thread thread : threads) {
            thread.join();
        }
        long cpu = java.util.Arrays.stream(each).mapToLong(Single::cpuNanos).sum();
        return new SideBySide(jobs, measured.size(), (System.nanoTime() - start) / 1e9, cpu);
    }

    /** The engine alone on this thread: parsed profiles in, the JSON report line out, after a warm-up of its own. */
    private static Single singleThread(Assessor assessor, Path warm, Path cohort) throws IOException {
        List<readiness.domain.Profile> warmUp = profiles(warm, SINGLE_PROFILES);
        List<readiness.domain.Profile> measured = profiles(cohort, SINGLE_PROFILES);
        for (readiness.domain.Profile profile : warmUp) {
            line(assessor, profile);
        }
        return measure(assessor, measured);
    }

    /** Each profile assessed and reported on this thread, timed, with the thread's CPU and allocation (ThreadMXBean). */
    private static Single measure(Assessor assessor, List<readiness.domain.Profile> profiles) {
        com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        long allocatedBefore = threads.getCurrentThreadAllocatedBytes();
        long cpuBefore = threads.getCurrentThreadCpuTime();
        long start = System.nanoTime();
        long bytes = 0;
        for (readiness.domain.Profile profile : profiles) {
            bytes += readiness.domain.ProfileReader.utf8Length(line(assessor, profile));
        }
        return new Single(profiles.size(), (System.nanoTime() - start) / 1e9, threads.getCurrentThreadCpuTime() - cpuBefore,
                threads.getCurrentThreadAllocatedBytes() - allocatedBefore, bytes);
    }

    private static String line(Assessor assessor, readiness.domain.Profile profile) {
        try {
            return readiness.report.JsonReport.line(readiness.report.ReportBuilder.build(assessor.assess(profile, null, List.of())));
        } catch (readiness.engine.UnknownReferenceException e) {
            throw new IllegalStateException("generated profiles name no unknown role or requirement", e);
        }
    }

    private static List<readiness.domain.Profile> profiles(Path file, int limit) throws IOException {
        List<readiness.domain.Profile> profiles = new java.util.ArrayList<>();
        try (java.io.BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            for (String text = reader.readLine(); text != null && profiles.size() < limit; text = reader.readLine()) {
                try {
                    profiles.add(readiness.domain.ProfileReader.parse(text, file.getFileName().toString()));
                } catch (readiness.domain.ProfileException e) {
                    // the batch runs count rejected records; the engine's own rate is measured on valid profiles
                }
            }
        }
        return profiles;
    }

    private static void generate(Path file, int n, long seed) throws IOException {
        ProfileGenerator generator = new ProfileGenerator(seed);
        try (Writer writer = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            for (int i = 0; i < n; i++) {
                writer.write(generator.nextLine());
                writer.write('\n');
            }
        }
    }

    private static Result run(BatchRunner runner, Path input, Path folder) throws IOException, InterruptedException {
        System.gc();
        List<MemoryPoolMXBean> heap = ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(pool -> pool.getType() == MemoryType.HEAP).toList();
        heap.forEach(MemoryPoolMXBean::resetPeakUsage);
        java.lang.management.CompilationMXBean compiler = ManagementFactory.getCompilationMXBean();
        long compiledBefore = compiler.getTotalCompilationTime();
        long start = System.nanoTime();
        BatchCounts counts;
        try (InputSource source = InputSource.open(input.toString(), System.in);
             BufferedWriter results = Files.newBufferedWriter(folder.resolve("results.jsonl"));
             BufferedWriter errors = Files.newBufferedWriter(folder.resolve("errors.jsonl"))) {
            counts = runner.run(source, results, errors, outcome -> { });
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        long peak = heap.stream().mapToLong(pool -> pool.getPeakUsage().getUsed()).sum();
        return new Result(counts.read() / seconds, peak / (1024 * 1024), seconds, (compiler.getTotalCompilationTime() - compiledBefore) / 1e3);
    }
}
