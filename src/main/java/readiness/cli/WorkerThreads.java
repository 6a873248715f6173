package readiness.cli;

import java.io.PrintWriter;

/** The --jobs value of batch and bench: a number of worker threads a run can use, or a command-line error. */
final class WorkerThreads {
    /** More threads than this only add memory: each holds a window of records in flight, and the work is CPU-bound. */
    static final int MAX = 256;

    private WorkerThreads() {
    }

    /** True when jobs is usable; otherwise says why on err, for exit code 2. */
    static boolean valid(int jobs, PrintWriter err) {
        if (jobs < 1) {
            err.println("--jobs " + jobs + ": not a number of worker threads: use 1 or more");
            return false;
        }
        if (jobs > MAX) {
            err.println("--jobs " + jobs + ": more worker threads than a run can use: use 1 to " + MAX + " (this machine has "
                    + Runtime.getRuntime().availableProcessors() + " cores; the default is one thread a core)");
            return false;
        }
        return true;
    }
}
