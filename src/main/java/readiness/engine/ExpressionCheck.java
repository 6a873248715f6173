package readiness.engine;

import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * Checks one condition expression of a rule (a pattern constraint, a binding, an accumulate argument, a from
 * source) the way MVEL will resolve it: every name is a binding, a property or method of the pattern's type,
 * or a class; every call and property along a chain is resolved on the type the chain has reached and must be
 * on the allowlist. Conditions run as MVEL, which Drools interprets rather than compiles to classes, so they are
 * checked here, on what Drools parsed, before anything is built. Syntax this checker does not know is refused.
 */
final class ExpressionCheck {
    /** A refused reach (REFUSED) or a name the checker could not resolve (UNRESOLVED: Drools usually reports it better). */
    enum Kind { REFUSED, UNRESOLVED }

    record Finding(Kind kind, int offset, String message) {
    }

    private static final Set<String> OPERATOR_WORDS = Set.of("in", "not", "memberOf", "contains", "excludes", "matches",
            "soundslike", "instanceof");
    private static final List<String> OPERATORS = List.of("!.", "==", "!=", "<=", ">=", "&&", "||", ":=", "<", ">", "!", "+", "-",
            "*", "/", "%", "(", ")", ",", ".", "?", ":", "&", "|");

    private record Token(String text, int offset, char kind) {
    }

    private final List<Token> tokens = new ArrayList<>();
    private final Class<?> thisType;
    private final Map<String, Class<?>> bindings;
    private final Function<String, Class<?>> classes;
    private final List<Finding> findings = new ArrayList<>();
    /** The type of each chain checked, by the index of its first token and of the token after it. */
    private final Map<Integer, Class<?>> chainFrom = new java.util.HashMap<>();
    private final Map<Integer, Class<?>> chainBefore = new java.util.HashMap<>();
    private int at;

    private ExpressionCheck(Class<?> thisType, Map<String, Class<?>> bindings, Function<String, Class<?>> classes) {
        this.thisType = thisType;
        this.bindings = bindings;
        this.classes = classes;
    }

    /**
     * @param thisType the pattern's type, whose properties unqualified names read, or null
     * @param bindings the rule's bindings so far; a binding this expression declares ("$x: path") is added
     * @param classes resolves a class name as the rule file's imports would, or null
     */
    static List<Finding> check(String expression, Class<?> thisType, Map<String, Class<?>> bindings, Function<String, Class<?>> classes) {
        ExpressionCheck check = new ExpressionCheck(thisType, bindings, classes);
        if (check.tokenize(expression)) {
            check.expressionWithBinding();
            check.numbersComparedWithText();
        }
        return check.findings;
    }

    /** "$x: path ..." binds $x to the path's type, then the rest is checked like any expression. */
    private void expressionWithBinding() {
        if (tokens.size() > 2 && tokens.get(0).kind == 'i' && (tokens.get(1).text.equals(":") || tokens.get(1).text.equals(":="))) {
            at = 2;
            Class<?> type = chain();
            bindings.put(tokens.get(0).text, type == null ? Object.class : type);
        }
        expression(tokens.size());
    }

    /** Checks every chain in tokens [at, end). */
    private void expression(int end) {
        while (at < end) {
            Token token = tokens.get(at);
            if (token.kind == 'i' && OPERATOR_WORDS.contains(token.text) && at > 0 && endsValue(tokens.get(at - 1))) {
                at++;
                // "in" takes a list in parentheses; MVEL reads "(name in $list)" as a projection, reading name on each element.
                if (token.text.equals("in") && (at >= tokens.size() || !tokens.get(at).text.equals("("))) {
                    refuse(token, "uses \"in\" without a parenthesised list (MVEL would read it as a projection over a collection,"
                            + " which this check cannot follow); write: field in (\"A\", \"B\")");
                }
                if (token.text.equals("instanceof")) {
                    typeName();
                }
            } else if (token.kind == 'i' || token.kind == 's' || token.kind == 'n' || token.text.equals("(")) {
                int start = at;
                Class<?> type = chain();
                if (type != null) {
                    chainFrom.put(start, type);
                    chainBefore.put(at, type);
                }
            } else {
                at++;
            }
        }
    }

    private static final Set<String> COMPARISONS = Set.of("==", "!=", "<", ">", "<=", ">=");

    /**
     * months > "abc": MVEL accepts it, then fails on every fact it tests, so the rule set would load and break each
     * assessment. A quoted number ("3") is converted, and stays allowed. title == 5 loads and never matches.
     */
    private void numbersComparedWithText() {
        for (int i = 1; i + 1 < tokens.size(); i++) {
            Token operator = tokens.get(i);
            if (operator.kind != 'o' || !COMPARISONS.contains(operator.text)) {
                continue;
            }
            Token before = tokens.get(i - 1);
            Token after = tokens.get(i + 1);
            if (after.kind == 's' && isNumber(chainBefore.get(i)) && !numeric(after.text)) {
                refuse(after, "compares a number with " + after.text + ", which is not a number (MVEL would fail on every fact"
                        + " it tests); compare with a number: " + operator.text + " 3");
            } else if (before.kind == 's' && isNumber(chainFrom.get(i + 1)) && !numeric(before.text)) {
                refuse(before, "compares " + before.text + ", which is not a number, with a number (MVEL would fail on every"
                        + " fact it tests); compare with a number: 3 " + operator.text);
            } else if (after.kind == 'n' && chainBefore.get(i) == String.class) {
                refuse(after, "compares text with the number " + after.text + " (it would never match); quote it: "
                        + operator.text + " \"" + after.text + "\"");
            } else if (before.kind == 'n' && chainFrom.get(i + 1) == String.class) {
                refuse(before, "compares the number " + before.text + " with text (it would never match); quote it: \""
                        + before.text + "\" " + operator.text);
            }
        }
    }

    private static boolean isNumber(Class<?> type) {
        return type != null && Number.class.isAssignableFrom(boxed(type));
    }

    private static boolean numeric(String quoted) {
        try {
            Double.parseDouble(quoted.substring(1, Math.max(1, quoted.length() - 1)).strip());
            return true;
        } catch (NumberFormatException e) {
            return false;
        }
    }

    private static boolean endsValue(Token token) {
        return token.kind == 'i' || token.kind == 's' || token.kind == 'n' || token.text.equals(")");
    }

    /** A primary and the calls and properties after it; returns its type, or null when unknown. */
    private Class<?> chain() {
        Token first = tokens.get(at);
        Class<?> type;
        boolean statics = false;
        if (first.kind == 's') {
            at++;
            type = String.class;
        } else if (first.kind == 'n') {
            at++;
            type = numberType(first.text);
        } else if (first.text.equals("(")) {
            type = parenthesis();
        } else if (first.kind == 'i') {
            Object[] root = root();
            if (root == null) {
                return null;
            }
            type = (Class<?>) root[0];
            statics = (Boolean) root[1];
        } else {
            at++;
            return null;
        }
        while (type != null && at + 1 < tokens.size() && (tokens.get(at).text.equals(".") || tokens.get(at).text.equals("!."))
                && tokens.get(at + 1).kind == 'i') {
            at++;
            type = member(type, statics);
            statics = false;
        }
        return type;
    }

    /** The first name of a chain: a literal word, a binding, this, a property or method of the pattern, or a class. */
    private Object[] root() {
        Token name = tokens.get(at);
        switch (name.text) {
            case "true", "false" -> {
                at++;
                return new Object[] {Boolean.class, false};
            }
            case "null" -> {
                at++;
                return new Object[] {Object.class, false};
            }
            case "this" -> {
                at++;
                return new Object[] {thisType == null ? Object.class : thisType, false};
            }
            case "new" -> {
                at++;
                refuse(name, "creates an object; conditions may only compare facts and values");
                return null;
            }
            default -> {
            }
        }
        if (bindings.containsKey(name.text)) {
            at++;
            return new Object[] {bindings.get(name.text), false};
        }
        if (thisType != null && next("(")) {
            return new Object[] {member(thisType, false), false};
        }
        if (thisType != null && property(thisType, name.text) != null) {
            return new Object[] {member(thisType, false), false};
        }
        // A class, perhaps fully qualified: the longest dotted prefix that names one.
        StringBuilder dotted = new StringBuilder(name.text);
        int end = at;
        Class<?> found = resolve(dotted.toString());
        int foundEnd = found == null ? -1 : at;
        while (end + 2 < tokens.size() && tokens.get(end + 1).text.equals(".") && tokens.get(end + 2).kind == 'i') {
            end += 2;
            dotted.append('.').append(tokens.get(end).text);
            Class<?> longer = resolve(dotted.toString());
            if (longer != null) {
                found = longer;
                foundEnd = end;
            }
        }
        if (found == null) {
            at++;
            unresolved(name, "unknown name \"" + name.text + "\"");
            return null;
        }
        at = foundEnd + 1;
        if (!RuleAllowlist.allowsType(internal(found))) {
            String member = at + 1 < tokens.size() && tokens.get(at).text.equals(".") ? "." + tokens.get(at + 1).text : "";
            refuse(name, "reaches for " + found.getName() + member + " (" + RuleAllowlist.reason(internal(found)) + ")");
            return null;
        }
        return new Object[] {found, true};
    }

    /** After a dot: a method call or a property of type; returns the member's type. */
    private Class<?> member(Class<?> type, boolean statics) {
        Token name = tokens.get(at);
        at++;
        if (name.text.equals("class")) {
            refuse(name, "reaches for java.lang.Class (" + RuleAllowlist.reason("java/lang/Class") + ")");
            return null;
        }
        if (at < tokens.size() && tokens.get(at).text.equals("(")) {
            List<Method> methods = Arrays.stream(type.getMethods())
                    .filter(m -> m.getName().equals(name.text) && (!statics || Modifier.isStatic(m.getModifiers()))).toList();
            arguments();
            if (methods.isEmpty()) {
                unresolved(name, "unknown method \"" + name.text + "\" of " + type.getSimpleName());
                return null;
            }
            // A condition is never a declaration: nothing in one may change a declared fact.
            if (!RuleAllowlist.allows(internal(type), name.text) || RuleAllowlist.declarationOnly(internal(type), name.text)) {
                refuse(name, "reaches for " + type.getName() + "." + name.text + " (" + RuleAllowlist.reason(internal(type), name.text) + ")");
                return null;
            }
            Class<?> returned = methods.get(0).getReturnType();
            return methods.stream().allMatch(m -> m.getReturnType() == returned) ? boxed(returned) : Object.class;
        }
        Member property = property(type, name.text);
        if (property == null && Map.class.isAssignableFrom(type)) {
            property = new Member("get", Object.class);
        }
        if (property == null) {
            unresolved(name, "unknown property \"" + name.text + "\" of " + type.getSimpleName());
            return null;
        }
        if (!RuleAllowlist.allows(internal(type), property.name)) {
            refuse(name, "reaches for " + type.getName() + "." + property.name + " (" + RuleAllowlist.reason(internal(type), property.name) + ")");
            return null;
        }
        return property.type;
    }

    private record Member(String name, Class<?> type) {
    }

    /** How MVEL reads "name" on a type: getName(), isName(), or a public field. */
    private static Member property(Class<?> type, String name) {
        if (name.isEmpty()) {
            return null;
        }
        String capital = Character.toUpperCase(name.charAt(0)) + name.substring(1);
        for (String getter : List.of("get" + capital, "is" + capital)) {
            try {
                Method method = type.getMethod(getter);
                return new Member(getter, boxed(method.getReturnType()));
            } catch (NoSuchMethodException e) {
                // try the next form
            }
        }
        try {
            Field field = type.getField(name);
            return new Member(name, boxed(field.getType()));
        } catch (NoSuchFieldException e) {
            return null;
        }
    }

    /** ( ... ): a cast to a type, or a group; the group's type is not tracked. */
    private Class<?> parenthesis() {
        int close = closing(at);
        int after = close + 1;
        boolean castShape = after < tokens.size() && close > at + 1 && (tokens.get(after).kind == 'i' && !OPERATOR_WORDS.contains(tokens.get(after).text)
                || tokens.get(after).kind == 's' || tokens.get(after).kind == 'n' || tokens.get(after).text.equals("("));
        for (int i = at + 1; castShape && i < close; i++) {
            castShape = (i - at) % 2 == 1 ? tokens.get(i).kind == 'i' : tokens.get(i).text.equals(".");
        }
        if (castShape) {
            StringBuilder name = new StringBuilder();
            for (int i = at + 1; i < close; i++) {
                name.append(tokens.get(i).text);
            }
            Class<?> cast = resolve(name.toString());
            if (cast != null) {
                Token where = tokens.get(at + 1);
                at = after;
                if (!RuleAllowlist.allowsType(internal(cast))) {
                    refuse(where, "reaches for " + cast.getName() + " (" + RuleAllowlist.reason(internal(cast)) + ")");
                }
                Class<?> operand = chain();
                return operand == null ? null : cast;
            }
        }
        at++;
        expression(close);
        at = Math.min(close + 1, tokens.size());
        return Object.class;
    }

    private void arguments() {
        int close = closing(at);
        at++;
        expression(close);
        at = Math.min(close + 1, tokens.size());
    }

    private void typeName() {
        if (at < tokens.size() && tokens.get(at).kind == 'i') {
            Token first = tokens.get(at);
            StringBuilder name = new StringBuilder(first.text);
            at++;
            while (at + 1 < tokens.size() && tokens.get(at).text.equals(".") && tokens.get(at + 1).kind == 'i') {
                name.append('.').append(tokens.get(at + 1).text);
                at += 2;
            }
            Class<?> type = resolve(name.toString());
            if (type == null) {
                unresolved(first, "unknown type \"" + name + "\"");
            } else if (!RuleAllowlist.allowsType(internal(type))) {
                refuse(first, "reaches for " + type.getName() + " (" + RuleAllowlist.reason(internal(type)) + ")");
            }
        }
    }

    /** The index of the ")" closing the "(" at open, or the end. */
    private int closing(int open) {
        int depth = 0;
        for (int i = open; i < tokens.size(); i++) {
            if (tokens.get(i).text.equals("(")) {
                depth++;
            } else if (tokens.get(i).text.equals(")") && --depth == 0) {
                return i;
            }
        }
        return tokens.size();
    }

    private boolean next(String text) {
        return at + 1 < tokens.size() && tokens.get(at + 1).text.equals(text);
    }

    private Class<?> resolve(String name) {
        return classes == null ? null : classes.apply(name);
    }

    private void refuse(Token token, String message) {
        findings.add(new Finding(Kind.REFUSED, token.offset, message));
    }

    private void unresolved(Token token, String message) {
        findings.add(new Finding(Kind.UNRESOLVED, token.offset, message));
    }

    /** Splits the text as MVEL reads it: names, numbers, quoted strings, operators; comments dropped. False if refused. */
    private boolean tokenize(String text) {
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c)) {
                i++;
            } else if (text.startsWith("//", i)) {
                int end = text.indexOf('\n', i);
                i = end < 0 ? text.length() : end;
            } else if (text.startsWith("/*", i)) {
                int end = text.indexOf("*/", i + 2);
                i = end < 0 ? text.length() : end + 2;
            } else if (text.startsWith(".?", i) || text.startsWith("?.", i)) {
                findings.add(new Finding(Kind.REFUSED, i, "uses \"" + text.substring(i, i + 2) + "\", which a condition may not"
                        + " (for a null-safe step, Drools writes !.)"));
                return false;
            } else if (Character.isJavaIdentifierStart(c)) {
                int start = i;
                while (i < text.length() && Character.isJavaIdentifierPart(text.charAt(i))) {
                    i++;
                }
                tokens.add(new Token(text.substring(start, i), start, 'i'));
            } else if (Character.isDigit(c)) {
                int start = i;
                while (i < text.length() && (Character.isLetterOrDigit(text.charAt(i))
                        || text.charAt(i) == '.' && i + 1 < text.length() && Character.isDigit(text.charAt(i + 1)))) {
                    i++;
                }
                tokens.add(new Token(text.substring(start, i), start, 'n'));
            } else if (c == '"' || c == '\'') {
                int start = i++;
                while (i < text.length() && text.charAt(i) != c) {
                    i += text.charAt(i) == '\\' ? 2 : 1;
                }
                i++;
                tokens.add(new Token(text.substring(start, Math.min(i, text.length())), start, 's'));
            } else {
                String operator = null;
                for (String candidate : OPERATORS) {
                    if (text.startsWith(candidate, i)) {
                        operator = candidate;
                        break;
                    }
                }
                boolean compound = operator != null && operator.length() == 1 && "+-*/%&|".indexOf(c) >= 0
                        && i + 1 < text.length() && (text.charAt(i + 1) == '=' || text.charAt(i + 1) == c && c != '&' && c != '|');
                if (operator == null || compound) {
                    String shown = operator == null ? String.valueOf(c) : text.substring(i, i + 2);
                    findings.add(new Finding(Kind.REFUSED, i, "uses \"" + shown + "\", which a condition may not (conditions compare facts"
                            + " and values: no assignments, blocks, arrays or inline code)"));
                    return false;
                }
                tokens.add(new Token(operator, i, 'o'));
                i += operator.length();
            }
        }
        return true;
    }

    private static Class<?> numberType(String literal) {
        String lower = literal.toLowerCase(java.util.Locale.ROOT);
        if (lower.endsWith("l")) {
            return Long.class;
        }
        if (lower.endsWith("b")) {
            return java.math.BigDecimal.class;
        }
        if (lower.endsWith("i")) {
            return java.math.BigInteger.class;
        }
        return lower.contains(".") || lower.contains("e") || lower.endsWith("d") || lower.endsWith("f") ? Double.class : Integer.class;
    }

    static Class<?> boxed(Class<?> type) {
        if (!type.isPrimitive()) {
            return type;
        }
        return switch (type.getName()) {
            case "int" -> Integer.class;
            case "long" -> Long.class;
            case "double" -> Double.class;
            case "float" -> Float.class;
            case "boolean" -> Boolean.class;
            case "char" -> Character.class;
            case "short" -> Short.class;
            case "byte" -> Byte.class;
            default -> Object.class;
        };
    }

    static String internal(Class<?> type) {
        return type.isArray() ? "[" : type.getName().replace('.', '/');
    }
}
