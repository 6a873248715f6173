package readiness.engine;

/** Adds a plain-language hint to the Drools errors counselors meet most. */
final class DrlHints {
    private DrlHints() {
    }

    static String explain(String message) {
        String text = message.replaceAll("\\s+", " ");
        String lower = text.toLowerCase(java.util.Locale.ROOT);
        if (lower.contains("missing 'end'") || lower.contains("expecting 'end'") || lower.contains("mismatched input '<eof>'")) {
            return text + " (hint: every rule needs a closing 'end' line)";
        }
        if (lower.contains("string literal is not properly closed") || lower.contains("unterminated")) {
            return text + " (hint: a quote \" is not closed)";
        }
        if (lower.contains("mismatched input 'then'")) {
            return text + " (hint: a condition above it is not finished: look for a missing ')' or quote)";
        }
        if (lower.contains("missing ')'") || lower.contains("expecting ')'") || lower.contains("unbalanced")) {
            return text + " (hint: a parenthesis is not closed)";
        }
        return text;
    }
}
