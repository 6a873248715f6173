package readiness.engine;

import java.util.List;

/** Rule files that do not compile or do not hold together; nothing of them is loaded. */
public final class RuleSetException extends Exception {
    private final List<String> problems;

    public RuleSetException(List<String> problems) {
        super(String.join(System.lineSeparator(), problems));
        this.problems = List.copyOf(problems);
    }

    /** One line each, "rules/x.drl:12:5: message". */
    public List<String> problems() {
        return problems;
    }
}
