package readiness.batch;

import java.io.PrintWriter;
import java.util.Locale;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/** A one-line progress display on stderr: records done, rate, and time left when the input size is known. */
public final class Progress implements BatchListener, AutoCloseable {
    private final PrintWriter err;
    private final InputSource input;
    private final long started = System.nanoTime();
    private final ScheduledExecutorService ticker;
    private volatile long done;

    public Progress(PrintWriter err, InputSource input) {
        this.err = err;
        this.input = input;
        this.ticker = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread thread = new Thread(r, "progress");
            thread.setDaemon(true);
            return thread;
        });
        ticker.scheduleAtFixedRate(this::draw, 250, 250, TimeUnit.MILLISECONDS);
    }

    @Override
    public void accept(Outcome outcome) {
        done++;
    }

    private synchronized void draw() {
        double seconds = (System.nanoTime() - started) / 1e9;
        double rate = done / Math.max(seconds, 1e-3);
        double fraction = input.fractionDone();
        String eta = fraction > 0.001 ? "ETA " + clock(seconds / fraction - seconds) : "ETA --";
        String bar = fraction >= 0 ? bar(fraction) + " " : "";
        err.print(String.format(Locale.ROOT, "\r%s%,d records  %,.0f/s  %s   ", bar, done, rate, eta));
        err.flush();
    }

    private static String bar(double fraction) {
        int filled = (int) Math.round(Math.min(1, fraction) * 30);
        return "[" + "#".repeat(filled) + " ".repeat(30 - filled) + "]";
    }

    private static String clock(double seconds) {
        long s = Math.max(0, Math.round(seconds));
        return String.format(Locale.ROOT, "%d:%02d:%02d", s / 3600, s / 60 % 60, s % 60);
    }

    @Override
    public synchronized void close() {
        ticker.shutdownNow();
        err.print("\r" + " ".repeat(78) + "\r");
        err.flush();
    }
}
