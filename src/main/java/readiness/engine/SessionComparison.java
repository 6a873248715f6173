package readiness.engine;

import readiness.domain.Profile;
import readiness.domain.ProfileException;
import readiness.domain.ProfileReader;
import readiness.generate.ProfileGenerator;
import readiness.report.JsonReport;
import readiness.report.ReportBuilder;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The guard on reused sessions: generated profiles assessed in pooled sessions and in fresh ones must give
 * byte-identical reports. Every fifth profile asks for one role only, so sessions of several role selections
 * are pooled and reused in turn, as in a service.
 */
public final class SessionComparison {
    /** How many differing profiles are kept to show. */
    private static final int SHOWN = 5;

    private final Assessor reused;
    private final Assessor fresh;

    public SessionComparison(RuleSet rules) {
        this.reused = new Assessor(rules, Assessor.Sessions.REUSED);
        this.fresh = new Assessor(rules, Assessor.Sessions.FRESH);
    }

    /** What a comparison found: profiles compared, rejected by both alike, and the first that differed. */
    public record Result(long compared, long rejected, long differing, List<String> examples) {
        public boolean identical() {
            return differing == 0;
        }
    }

    /** Compares count profiles of the generator with this seed, on jobs threads. */
    public Result compare(int count, long seed, int jobs) throws InterruptedException {
        ProfileGenerator generator = new ProfileGenerator(seed);
        AtomicLong next = new AtomicLong();
        AtomicLong rejected = new AtomicLong();
        AtomicLong differing = new AtomicLong();
        List<String> examples = Collections.synchronizedList(new ArrayList<>());
        ExecutorService workers = Executors.newFixedThreadPool(Math.max(1, jobs));
        try {
            List<Future<?>> running = new ArrayList<>();
            for (int w = 0; w < Math.max(1, jobs); w++) {
                running.add(workers.submit(() -> {
                    while (true) {
                        long index;
                        String line;
                        synchronized (generator) {
                            index = next.get();
                            if (index >= count) {
                                return null;
                            }
                            next.incrementAndGet();
                            line = generator.nextLine();
                        }
                        List<String> roles = index % 5 == 4
                                ? List.of(reused.roleIds().get((int) (index / 5 % reused.roleIds().size()))) : List.of();
                        String a = report(reused, line, index, roles);
                        String b = report(fresh, line, index, roles);
                        if (a == null && b == null) {
                            rejected.incrementAndGet();
                        } else if (a == null || !a.equals(b)) {
                            differing.incrementAndGet();
                            if (examples.size() < SHOWN) {
                                examples.add("profile " + (index + 1) + (roles.isEmpty() ? "" : " (role " + roles.get(0) + ")")
                                        + ": " + firstDifference(a, b));
                            }
                        }
                    }
                }));
            }
            for (Future<?> worker : running) {
                worker.get();
            }
        } catch (ExecutionException e) {
            throw new IllegalStateException("a comparison worker failed", e.getCause());
        } finally {
            workers.shutdownNow();
        }
        return new Result(count, rejected.get(), differing.get(), List.copyOf(examples));
    }

    private static String report(Assessor assessor, String line, long index, List<String> roles) {
        try {
            Profile profile = ProfileReader.parseLine(line, "generated", index + 1);
            return JsonReport.line(ReportBuilder.build(assessor.assess(profile, null, roles)));
        } catch (ProfileException | UnknownReferenceException e) {
            return null;
        }
    }

    private static String firstDifference(String reusedLine, String freshLine) {
        if (reusedLine == null || freshLine == null) {
            return reusedLine == null ? "rejected with a reused session only" : "rejected with a fresh session only";
        }
        int at = 0;
        while (at < Math.min(reusedLine.length(), freshLine.length()) && reusedLine.charAt(at) == freshLine.charAt(at)) {
            at++;
        }
        int from = Math.max(0, at - 60);
        return "reused \"..." + reusedLine.substring(from, Math.min(reusedLine.length(), at + 60)) + "...\" but fresh \"..."
                + freshLine.substring(from, Math.min(freshLine.length(), at + 60)) + "...\"";
    }
}
