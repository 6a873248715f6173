package readiness.batch;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import readiness.domain.Profile;
import readiness.domain.ProfileException;
import readiness.domain.ProfileReader;
import readiness.engine.Assessor;
import readiness.engine.UnknownReferenceException;
import readiness.report.JsonReport;
import readiness.report.Report;
import readiness.report.ReportBuilder;

import java.io.IOException;
import java.io.Writer;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Assesses a stream of records on N worker threads sharing one compiled rule base, and writes the
 * results in input order. A bounded window of records in flight keeps memory flat; a bad record
 * becomes an error line and never stops the run.
 */
public final class BatchRunner {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int WINDOW_PER_JOB = 256;

    private final java.util.function.Function<InputRecord, Outcome> process;
    private final int jobs;

    /** Assesses every record with the rules; results are full report lines. */
    public BatchRunner(Assessor assessor, int jobs, LocalDate asOf, List<String> roles) {
        this(assessor, jobs, asOf, roles, JsonReport::line);
    }

    /** Assesses every record with the rules; render writes each report's result line (full or lean). */
    public BatchRunner(Assessor assessor, int jobs, LocalDate asOf, List<String> roles,
                       java.util.function.Function<Report, String> render) {
        this(record -> assess(record, assessor, asOf, List.copyOf(roles), render), jobs);
    }

    /** Runs another per-record step through the same pipeline (the benchmark's floor). */
    public BatchRunner(java.util.function.Function<InputRecord, Outcome> process, int jobs) {
        this.process = process;
        this.jobs = Math.max(1, jobs);
    }

    /** Runs the whole input; an IOException means an output failed (damaged input is a rejected record). */
    public BatchCounts run(InputSource input, Writer results, Writer errors, BatchListener listener)
            throws IOException, InterruptedException {
        ExecutorService workers = Executors.newFixedThreadPool(jobs, daemon("assess"));
        BlockingQueue<Future<Outcome>> window = new ArrayBlockingQueue<>(jobs * WINDOW_PER_JOB);
        Future<Outcome> end = CompletableFuture.completedFuture(null);
        Thread reader = daemon("read").newThread(() -> {
            try {
                for (InputRecord record = input.next(); record != null; record = input.next()) {
                    InputRecord current = record;
                    window.put(workers.submit(() -> process.apply(current)));
                }
            } catch (InterruptedException e) {
                return;
            }
            try {
                window.put(end);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        reader.start();
        long read = 0;
        long assessed = 0;
        try {
            for (Future<Outcome> next = window.take(); next != end; next = window.take()) {
                Outcome outcome = next.get();
                read++;
                if (outcome.isAssessed()) {
                    assessed++;
                    results.write(outcome.json());
                    results.write('\n');
                } else {
                    errors.write(errorLine(outcome));
                    errors.write('\n');
                }
                listener.accept(outcome);
            }
            reader.join();
        } catch (ExecutionException e) {
            throw new IllegalStateException("a worker failed outside any record", e.getCause());
        } finally {
            reader.interrupt();
            workers.shutdownNow();
        }
        return new BatchCounts(read, assessed, read - assessed);
    }

    /** One record: parse, assess, render. Any failure is this record's rejection, never the run's. */
    static Outcome assess(InputRecord record, Assessor assessor, LocalDate asOf, List<String> roles,
                          java.util.function.Function<Report, String> render) {
        try {
            Report report = ReportBuilder.build(assessor.assess(record.profile(), asOf, roles));
            return Outcome.assessed(record, report, render.apply(report));
        } catch (ProfileException | UnknownReferenceException | RuntimeException e) {
            return Outcome.rejected(record, idOf(record.text()), readiness.engine.ReadinessEngine.rejection(e, record.label()));
        }
    }

    /** The floor for the benchmark: the same reading, parsing and JSON writing, and no rules. */
    public static Outcome parseOnly(InputRecord record) {
        try {
            Profile profile = record.profile();
            return new Outcome(record, null, JSON.writeValueAsString(profile), profile.id(), List.of());
        } catch (ProfileException e) {
            return Outcome.rejected(record, idOf(record.text()), e.problems());
        } catch (IOException e) {
            return Outcome.rejected(record, null, List.of(record.label() + ": " + e.getMessage()));
        }
    }

    /** The record's id when it can be read at all, for the error line. */
    private static String idOf(String text) {
        if (text == null) {
            return null;
        }
        try {
            JsonNode node = JSON.readTree(text);
            JsonNode id = node == null ? null : node.get("id");
            return id != null && id.isTextual() && id.asText().length() <= ProfileReader.MAX_TEXT_LENGTH ? id.asText() : null;
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    private static String errorLine(Outcome outcome) throws IOException {
        InputRecord record = outcome.record();
        ObjectNode line = JSON.createObjectNode();
        line.put("record", record.index());
        line.put("source", record.label());
        if (record.line() > 0) {
            line.put("line", record.line());
        } else {
            line.put("file", record.file());
        }
        if (outcome.candidateId() == null) {
            line.putNull("id");
        } else {
            line.put("id", outcome.candidateId());
        }
        ArrayNode messages = line.putArray("messages");
        outcome.problems().forEach(messages::add);
        return JSON.writeValueAsString(line);
    }

    private static java.util.concurrent.ThreadFactory daemon(String name) {
        return runnable -> {
            Thread thread = new Thread(runnable, name);
            thread.setDaemon(true);
            return thread;
        };
    }
}
