package readiness.engine;

/** Adds a plain-language hint to the Drools errors counselors meet most. */
final class DrlHints {
    private DrlHints() {
    }

    static String explain(String message) {
        String text = message.replaceAll("\\s+", " ");
        if (text.contains("missing 'end'") || text.contains("expecting 'end'") || text.contains("mismatched input '<EOF>'")) {
            return text + " (hint: every rule needs a closing 'end' line)";
        }
        if (text.contains("String literal is not properly closed") || text.contains("unterminated")) {
            return text + " (hint: a quote \" is not closed)";
        }
        if (text.contains("missing ')'") || text.contains("expecting ')'") || text.contains("Unbalanced")) {
            return text + " (hint: a parenthesis is not closed)";
        }
        return text;
    }
}
