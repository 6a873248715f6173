package readiness.web;

import java.util.List;

/**
 * A request the service cannot answer, sent as application/problem+json (RFC 9457): a type naming
 * the kind of problem, a title, the status, and every problem as the CLI would print it.
 */
public final class ApiProblem extends Exception {
    private final int status;
    private final String type;
    private final String title;
    private final List<String> errors;

    public ApiProblem(int status, String type, String title, List<String> errors) {
        super(title + ": " + String.join("; ", errors));
        this.status = status;
        this.type = type;
        this.title = title;
        this.errors = List.copyOf(errors);
    }

    public static ApiProblem invalidProfile(List<String> errors) {
        return new ApiProblem(400, "invalid-profile", "The profile is not valid", errors);
    }

    public static ApiProblem invalidRequest(String error) {
        return invalidRequest(List.of(error));
    }

    public static ApiProblem invalidRequest(List<String> errors) {
        return new ApiProblem(400, "invalid-request", "The request is not valid", errors);
    }

    public int status() { return status; }
    /** A short tag; the problem's type URI is /problems#TAG, documented in /openapi.json. */
    public String type() { return type; }
    public String title() { return title; }
    public List<String> errors() { return errors; }
}
