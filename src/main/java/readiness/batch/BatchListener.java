package readiness.batch;

import java.io.IOException;

/** Receives every outcome in input order, on one thread: summaries and the progress display. */
public interface BatchListener {
    void accept(Outcome outcome) throws IOException;
}
