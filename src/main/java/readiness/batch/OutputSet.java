package readiness.batch;

import java.io.Closeable;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The outputs of one run, committed together at the end. When the run is stopped by a signal
 * (Ctrl-C, kill), a shutdown hook removes every unfinished file, leaves the earlier ones as they
 * were, and says so on stderr. Leftovers of a run killed outright (kill -9) are removed, and
 * reported, by the next run writing the same output.
 */
public final class OutputSet implements Closeable {
    private final String command;
    private final PrintWriter err;
    private final List<AtomicOutput> outputs = new ArrayList<>();
    private final Thread hook;
    private volatile boolean done;
    private volatile boolean signalled;

    public OutputSet(String command, PrintWriter err) {
        this.command = command;
        this.err = err;
        this.hook = new Thread(this::stopped, command + "-stopped");
        Runtime.getRuntime().addShutdownHook(hook);
    }

    /** A file (or device) by its path; what an earlier killed run left beside it is removed and reported. */
    public synchronized AtomicOutput open(Path path) throws OutputException {
        List<String> removed = new ArrayList<>();
        AtomicOutput output = AtomicOutput.open(path, removed);
        removed.forEach(line -> err.println(command + ": " + line));
        outputs.add(output);
        return output;
    }

    /** A stream already open (standard output or error), named for the messages. */
    public synchronized AtomicOutput stream(String name, Writer stream) {
        AtomicOutput output = AtomicOutput.stream(name, stream);
        outputs.add(output);
        return output;
    }

    /** Every output finished and moved into place. */
    public synchronized void commitAll() throws IOException {
        if (done) {
            throw new OutputException(command + " stopped by a signal: nothing was written");
        }
        // Streams and devices first: when one of them failed (a closed pipe), no file is replaced.
        for (AtomicOutput output : outputs) {
            if (!output.replacesAFile()) {
                output.commit();
            }
        }
        for (AtomicOutput output : outputs) {
            if (output.replacesAFile()) {
                output.commit();
            }
        }
        done = true;
    }

    private synchronized void stopped() {
        if (done) {
            return;
        }
        done = true;
        signalled = true;
        err.println(command + " stopped by a signal before it finished; nothing was replaced:");
        for (AtomicOutput output : outputs) {
            err.println("  " + output.stop());
        }
        err.flush();
    }

    /** Whether a signal stopped the run (its outputs are then already closed and reported). */
    public boolean stoppedBySignal() {
        return signalled;
    }

    /** Anything not committed is discarded: temporary files removed, targets left as they were. */
    @Override
    public void close() throws IOException {
        IOException failure = null;
        synchronized (this) {
            done = true;
            for (AtomicOutput output : outputs) {
                try {
                    output.close();
                } catch (IOException e) {
                    failure = failure == null ? e : failure;
                }
            }
        }
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException shuttingDown) {
            // the hook is running or about to: it finds done set and says nothing more
        }
        if (failure != null) {
            throw failure;
        }
    }
}
