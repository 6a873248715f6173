package readiness.cases;

import java.util.List;

/** One case run: its file, its name, and what differed from the expectation (empty when it passed). */
public record CaseResult(String file, String name, List<String> differences) {
    public boolean passed() {
        return differences.isEmpty();
    }
}
