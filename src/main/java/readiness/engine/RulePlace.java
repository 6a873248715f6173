package readiness.engine;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Where a rule stands in its file (its header, and the lines it spans), to point at what its code reaches for. */
record RulePlace(RuleFile file, String rule, int line, int column, int endLine) {

    /** "path:line:col: " of the first whole word in the rule's lines, else of the rule's header. */
    String find(String word) {
        String[] lines = file.text().split("\n", -1);
        Pattern whole = Pattern.compile("(?<![\\w$])" + Pattern.quote(word) + "(?![\\w$])");
        for (int i = line; i < Math.min(endLine, lines.length); i++) {
            Matcher m = whole.matcher(withoutComment(lines[i]));
            if (m.find()) {
                return file.displayPath() + ":" + (i + 1) + ":" + (m.start() + 1) + ": ";
            }
        }
        return file.displayPath() + ":" + line + ":" + column + ": ";
    }

    /** The line up to a // comment; a // inside a string ("http://...") is not one. */
    private static String withoutComment(String line) {
        char quote = 0;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quote != 0) {
                if (c == '\\') {
                    i++;
                } else if (c == quote) {
                    quote = 0;
                }
            } else if (c == '"' || c == '\'') {
                quote = c;
            } else if (line.startsWith("//", i)) {
                return line.substring(0, i);
            }
        }
        return line;
    }
}
