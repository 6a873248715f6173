package readiness.engine;

/** One rule file's name as the user should see it, and its text. */
public record RuleFile(String displayPath, String fileName, String text) {
}
