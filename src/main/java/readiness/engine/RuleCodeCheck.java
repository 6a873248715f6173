package readiness.engine;

import org.drools.drl.ast.descr.AccumulateDescr;
import org.drools.drl.ast.descr.AndDescr;
import org.drools.drl.ast.descr.AttributeDescr;
import org.drools.drl.ast.descr.BaseDescr;
import org.drools.drl.ast.descr.CollectDescr;
import org.drools.drl.ast.descr.EntryPointDescr;
import org.drools.drl.ast.descr.EvalDescr;
import org.drools.drl.ast.descr.ExistsDescr;
import org.drools.drl.ast.descr.ExprConstraintDescr;
import org.drools.drl.ast.descr.ForallDescr;
import org.drools.drl.ast.descr.FromDescr;
import org.drools.drl.ast.descr.ImportDescr;
import org.drools.drl.ast.descr.NotDescr;
import org.drools.drl.ast.descr.OrDescr;
import org.drools.drl.ast.descr.PackageDescr;
import org.drools.drl.ast.descr.PatternDescr;
import org.drools.drl.ast.descr.RuleDescr;
import org.drools.drl.parser.DrlParser;
import org.drools.drl.parser.DroolsParserException;
import org.kie.internal.builder.KnowledgeBuilderFactory;
import org.kie.internal.builder.conf.LanguageLevelOption;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The first half of the trust boundary, run on what Drools' own parser makes of each file before anything is
 * built: constructs whose code cannot be checked are refused (functions, declared types, globals, queries, the
 * mvel dialect, inline accumulate code, expression attributes), and every condition is checked by
 * {@link ExpressionCheck}. Consequences and evals are Java, compiled to classes: {@link BytecodeCheck} checks those.
 */
final class RuleCodeCheck {
    private static final Set<String> ACCUMULATE_FUNCTIONS = Set.of("count", "sum", "average", "min", "max", "collectList",
            "collectSet", "collectSortedList", "countDistinct");
    private static final Set<String> PLAIN_ATTRIBUTES = Set.of("no-loop", "lock-on-active", "agenda-group", "activation-group",
            "auto-focus", "ruleflow-group");

    private final List<String> refused = new ArrayList<>();
    private final List<String> unresolved = new ArrayList<>();
    private final Map<String, RulePlace> places = new LinkedHashMap<>();
    private RuleFile file;
    private String rule;
    private Map<String, Class<?>> bindings;
    private List<ImportDescr> imports;
    private String packageName;

    /** Problems that refuse the set before it is built. */
    List<String> refused() {
        return refused;
    }

    /** Names the check could not resolve: Drools reports most of them better; any left after a clean build refuse the set. */
    List<String> unresolved() {
        return unresolved;
    }

    /** Each rule's place, by name, for messages about its compiled code and its firings. */
    Map<String, RulePlace> places() {
        return places;
    }

    /** Parses each file as the KieBuilder will and checks it; a file that does not parse is left to Drools to report. */
    static RuleCodeCheck of(List<RuleFile> files) {
        RuleCodeCheck check = new RuleCodeCheck();
        LanguageLevelOption level = KnowledgeBuilderFactory.newKnowledgeBuilderConfiguration().getOption(LanguageLevelOption.KEY);
        for (RuleFile file : files) {
            DrlParser parser = new DrlParser(level);
            PackageDescr pkg;
            try {
                pkg = parser.parse(null, file.text());
            } catch (DroolsParserException e) {
                pkg = null;
            }
            if (pkg != null && !parser.hasErrors()) {
                check.file = file;
                check.checkPackage(pkg);
            } else {
                // Drools reports the parse error; should its build accept the file after all, the file was not checked.
                check.unresolved.add(file.displayPath() + ":1:1: this file could not be checked: Drools' parser refused it");
            }
        }
        return check;
    }

    private void checkPackage(PackageDescr pkg) {
        imports = pkg.getImports();
        packageName = pkg.getName();
        rule = null;
        pkg.getFunctions().forEach(f -> refuse(f, "a function block is not allowed: its code could not be checked before it runs; "
                + "put the logic in the rule's conditions and consequence"));
        pkg.getTypeDeclarations().forEach(d -> refuse(d, "declare is not allowed: rules use the fact model in readiness.facts"));
        pkg.getEnumDeclarations().forEach(d -> refuse(d, "declare is not allowed: rules use the fact model in readiness.facts"));
        pkg.getGlobals().forEach(g -> refuse(g, "global " + g.getIdentifier() + " is not allowed: rules see only the facts in the session"));
        pkg.getFunctionImports().forEach(i -> refuse(i, "import function is not allowed: rules may only call the fact model"));
        pkg.getAccumulateImports().forEach(i -> refuse(i, "import accumulate is not allowed: use the built-in accumulate functions "
                + String.join(", ", new java.util.TreeSet<>(ACCUMULATE_FUNCTIONS))));
        pkg.getWindowDeclarations().forEach(w -> refuse(w, "declare window is not allowed"));
        for (AttributeDescr attribute : pkg.getAttributes()) {
            checkAttribute(attribute);
        }
        AttributeDescr packageDialect = pkg.getAttribute("dialect");
        for (RuleDescr ruleDescr : pkg.getRules()) {
            rule = ruleDescr.getName();
            if (ruleDescr.isQuery()) {
                refuse(ruleDescr, "a query is not allowed in rule files");
                continue;
            }
            places.put(rule, new RulePlace(file, rule, ruleDescr.getLine(), ruleDescr.getColumn() + 1,
                    ruleDescr.getEndLine() > 0 ? ruleDescr.getEndLine() : Integer.MAX_VALUE));
            // A package-wide attribute is copied into each rule: it is reported once, at the package.
            ruleDescr.getAttributes().values().stream()
                    .filter(a -> packageDialect == null || !a.getName().equals("dialect") || !a.getValue().equals(packageDialect.getValue()))
                    .forEach(this::checkAttribute);
            if (!ruleDescr.getNamedConsequences().isEmpty()) {
                refuse(ruleDescr, "named consequences (then[...]) are not allowed");
            }
            bindings = new HashMap<>();
            element(ruleDescr.getLhs());
        }
    }

    private void checkAttribute(AttributeDescr attribute) {
        String name = attribute.getName();
        String value = attribute.getValue() == null ? "" : attribute.getValue().strip();
        if (name.equals("dialect")) {
            if (!value.equals("java")) {
                refuse(attribute, "dialect \"" + value + "\" is not allowed: mvel consequences are interpreted and cannot be checked "
                        + "before they run; leave the default java dialect");
            }
        } else if (name.equals("salience")) {
            if (!value.matches("-?\\d{1,9}")) {
                refuse(attribute, "salience must be a whole number here, not an expression");
            }
        } else if (name.equals("enabled")) {
            if (!value.equals("true") && !value.equals("false")) {
                refuse(attribute, "enabled must be true or false, not an expression");
            }
        } else if (!PLAIN_ATTRIBUTES.contains(name)) {
            refuse(attribute, "the " + name + " attribute is not allowed in rule files");
        }
    }

    private void element(BaseDescr descr) {
        if (descr instanceof AndDescr || descr instanceof OrDescr || descr instanceof NotDescr || descr instanceof ExistsDescr
                || descr instanceof ForallDescr) {
            for (BaseDescr child : ((org.drools.drl.ast.descr.ConditionalElementDescr) descr).getDescrs()) {
                element(child);
            }
        } else if (descr instanceof PatternDescr pattern) {
            pattern(pattern);
        } else if (descr instanceof EvalDescr) {
            // Java: compiled to a class, which BytecodeCheck reads.
        } else {
            refuse(descr, "this kind of condition is not allowed in rule files");
        }
    }

    private void pattern(PatternDescr pattern) {
        if (pattern.isQuery()) {
            refuse(pattern, "calling a query is not allowed in rule files");
            return;
        }
        Class<?> type = resolveClass(pattern.getObjectType());
        if (type == null) {
            type = Object.class;
        }
        if (pattern.getSource() instanceof AccumulateDescr accumulate) {
            accumulate(accumulate);
        } else if (pattern.getSource() instanceof CollectDescr collect) {
            element(collect.getInputPattern());
        } else if (pattern.getSource() instanceof FromDescr from) {
            expression(from.getDataSource() == null ? from.getExpression() : from.getDataSource().getText(), pattern, null);
        } else if (pattern.getSource() != null && !(pattern.getSource() instanceof EntryPointDescr)) {
            refuse(pattern.getSource(), "this pattern source is not allowed in rule files");
        }
        if (pattern.getIdentifier() != null) {
            bindings.put(pattern.getIdentifier(), type);
        }
        for (BaseDescr constraint : pattern.getDescrs()) {
            if (constraint instanceof ExprConstraintDescr expr) {
                expression(expr.getExpression(), expr, type);
            } else {
                refuse(constraint, "this kind of constraint is not allowed in rule files");
            }
        }
    }

    private void accumulate(AccumulateDescr accumulate) {
        if (!accumulate.isExternalFunction() || accumulate.getInitCode() != null || accumulate.getActionCode() != null) {
            refuse(accumulate, "accumulate with init/action/result code is not allowed: use the accumulate functions "
                    + String.join(", ", new java.util.TreeSet<>(ACCUMULATE_FUNCTIONS)));
            return;
        }
        element(accumulate.getInput());
        for (AccumulateDescr.AccumulateFunctionCallDescr function : accumulate.getFunctions()) {
            if (!ACCUMULATE_FUNCTIONS.contains(function.getFunction())) {
                refuse(accumulate, "accumulate function " + function.getFunction() + " is not allowed: use one of "
                        + String.join(", ", new java.util.TreeSet<>(ACCUMULATE_FUNCTIONS)));
            }
            for (String parameter : function.getParams()) {
                expression(parameter, accumulate, null);
            }
            if (function.getBind() != null) {
                bindings.put(function.getBind(), switch (function.getFunction()) {
                    case "collectSet" -> java.util.Set.class;
                    case "collectList", "collectSortedList" -> List.class;
                    case "count", "countDistinct" -> Long.class;
                    case "sum", "average", "min", "max" -> Number.class;
                    default -> Object.class;
                });
            }
        }
    }

    private void expression(String text, BaseDescr where, Class<?> thisType) {
        if (text == null) {
            return;
        }
        for (ExpressionCheck.Finding finding : ExpressionCheck.check(text, thisType, bindings, this::resolveClass)) {
            String message = at(where, text, finding.offset()) + "rule \"" + rule + "\" " + finding.message();
            (finding.kind() == ExpressionCheck.Kind.REFUSED ? refused : unresolved).add(message);
        }
    }

    /**
     * "path:line:col: " of an offset in an expression. Drools gives constraints an exact position but not from
     * sources or accumulate arguments: those are found as text from the descriptor's line on.
     */
    private String at(BaseDescr where, String text, int offset) {
        int line = Math.max(1, where.getLine());
        int column = Math.max(0, where.getColumn());
        String firstLine = text.lines().findFirst().orElse("");
        if (!(where instanceof ExprConstraintDescr) && !firstLine.isBlank()) {
            String[] lines = file.text().split("\n", -1);
            for (int i = Math.max(0, where.getLine() - 1); i < lines.length; i++) {
                int found = lines[i].indexOf(firstLine);
                if (found >= 0) {
                    line = i + 1;
                    column = found;
                    break;
                }
            }
        }
        String before = text.substring(0, Math.min(offset, text.length()));
        int newlines = (int) before.chars().filter(c -> c == '\n').count();
        if (newlines > 0) {
            return file.displayPath() + ":" + (line + newlines) + ":" + (before.length() - before.lastIndexOf('\n')) + ": ";
        }
        return file.displayPath() + ":" + line + ":" + (column + offset + 1) + ": ";
    }

    private void refuse(BaseDescr where, String message) {
        String prefix = file.displayPath() + ":" + Math.max(1, where.getLine()) + ":" + (Math.max(0, where.getColumn()) + 1) + ": ";
        refused.add(prefix + (rule == null ? "" : "rule \"" + rule + "\": ") + message);
    }

    /** A class as the file's imports name it (exact imports, then wildcards, then the package and java.lang), without initialising it. */
    private Class<?> resolveClass(String name) {
        List<String> candidates = new ArrayList<>();
        if (name.contains(".")) {
            candidates.add(name);
            int dot = name.lastIndexOf('.');
            candidates.add(name.substring(0, dot) + "$" + name.substring(dot + 1));
        }
        String first = name.contains(".") ? name.substring(0, name.indexOf('.')) : name;
        String rest = name.contains(".") ? name.substring(name.indexOf('.')).replace('.', '$') : "";
        for (ImportDescr imported : imports) {
            String target = imported.getTarget();
            if (target.endsWith("." + first)) {
                candidates.add(target + rest);
            } else if (target.endsWith(".*")) {
                candidates.add(target.substring(0, target.length() - 1) + first + rest);
            }
        }
        if (packageName != null) {
            candidates.add(packageName + "." + first + rest);
        }
        candidates.add("java.lang." + first + rest);
        for (String candidate : candidates) {
            try {
                return Class.forName(candidate, false, RuleCodeCheck.class.getClassLoader());
            } catch (ClassNotFoundException | LinkageError e) {
                // not this one
            }
        }
        return null;
    }
}
