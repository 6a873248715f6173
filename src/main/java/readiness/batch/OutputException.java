package readiness.batch;

import java.io.IOException;

/** An output that cannot be written, in one plain line naming it and the cause: a user's problem, exit 2. */
public final class OutputException extends IOException {
    public OutputException(String message) {
        super(message);
    }

    public OutputException(String message, Throwable cause) {
        super(message, cause);
    }
}
