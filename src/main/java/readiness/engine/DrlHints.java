package readiness.engine;

/** Adds a plain-language hint to the Drools errors counselors meet most. */
final class DrlHints {
    private DrlHints() {
    }

    private static final java.util.regex.Pattern UNKNOWN_FIELD = java.util.regex.Pattern.compile(
            "Unable to Analyse Expression (.*?): \\[Error: unable to resolve method using strict-mode: ([\\w.$]+)\\.(\\w+)\\(\\)\\].*");

    private static final java.util.regex.Pattern UNKNOWN_BINDING = java.util.regex.Pattern.compile(
            "Unable to Analyse Expression (.*?): \\[Error: unable to resolve method using strict-mode: [\\w.$]+?\\.(\\$\\w+)\\(\\)\\].*");

    static String explain(String message) {
        String text = message.replaceAll("\\s+", " ");
        java.util.regex.Matcher binding = UNKNOWN_BINDING.matcher(text);
        if (binding.matches()) {
            return "unknown binding \"" + binding.group(2) + "\" in: " + binding.group(1)
                    + " (hint: bind it in an earlier pattern of the same rule, as " + binding.group(2) + ": field)";
        }
        java.util.regex.Matcher field = UNKNOWN_FIELD.matcher(text);
        if (field.matches()) {
            return unknownField(field.group(1), field.group(2), field.group(3));
        }
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

    /** "unknown field "nmae" of Measure in: nmae == ... (did you mean "name"? Measure's fields: ...)". */
    private static String unknownField(String expression, String className, String name) {
        String simple = className.substring(className.lastIndexOf('.') + 1);
        java.util.List<String> fields = new java.util.ArrayList<>();
        try {
            for (java.lang.reflect.Method method : Class.forName(className).getMethods()) {
                String m = method.getName();
                if (method.getParameterCount() == 0 && method.getDeclaringClass() != Object.class) {
                    if (m.startsWith("get") && m.length() > 3) {
                        fields.add(Character.toLowerCase(m.charAt(3)) + m.substring(4));
                    } else if (m.startsWith("is") && m.length() > 2) {
                        fields.add(Character.toLowerCase(m.charAt(2)) + m.substring(3));
                    }
                }
            }
        } catch (ClassNotFoundException e) {
            return "unknown field \"" + name + "\" of " + simple + " in: " + expression;
        }
        java.util.List<String> sorted = fields.stream().distinct().sorted().toList();
        String closest = readiness.domain.Suggestions.closest(name, sorted);
        return "unknown field \"" + name + "\" of " + simple + " in: " + expression + " ("
                + (closest == null ? "" : "did you mean \"" + closest + "\"? ") + simple + "'s fields: " + String.join(", ", sorted) + ")";
    }
}
