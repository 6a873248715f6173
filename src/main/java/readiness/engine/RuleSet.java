package readiness.engine;

import org.kie.api.KieBase;
import org.kie.api.KieServices;
import org.kie.api.builder.KieBuilder;
import org.kie.api.builder.KieFileSystem;
import org.kie.api.builder.Message;
import org.kie.api.builder.ReleaseId;
import org.kie.api.runtime.KieSession;
import org.kie.api.runtime.rule.AgendaFilter;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The rule files compiled by Drools at run time into one knowledge base, shared by every assessment.
 * Any problem in any file fails the whole load: a rule set never half-loads.
 */
public final class RuleSet {
    private static final Pattern RULE_NAME = Pattern.compile("^(\\s*)rule\\s+\"([^\"]+)\"");
    private static final String KIE_ROOT = "src/main/resources/";
    private static final String KIE_FOLDER = "readiness/rules/";
    private static final Pattern PARSER_POSITION = Pattern.compile("^\\[ERR \\d+\\] Line (\\d+):(\\d+) ");
    private static final Pattern BUILDER_POSITION = Pattern.compile("\\s*\\[Line: (\\d+), Column: (\\d+)\\]\\s*$");
    private static final Pattern UNKNOWN_TYPE = Pattern.compile("^Unable to resolve ObjectType '([\\w.$]+)'");
    private static final Pattern UNANALYSED = Pattern.compile("^Unable to Analyse Expression (.+?):\\s");

    /**
     * The rules without conditions: they declare roles, the catalog and the policy. The rule's own declarations are read
     * (the match's list of them is a new copy each time, and every match of every profile passes this filter).
     */
    static final AgendaFilter DECLARATIONS = match -> ((org.drools.base.definitions.rule.impl.RuleImpl) match.getRule()).getDeclarations().isEmpty()
            && match.getObjects().stream().noneMatch(o -> o.getClass().getPackageName().startsWith("readiness"));

    private final KieBase kieBase;
    private final String version;
    private final String location;
    private final List<Object> declared;
    private final int fileCount;
    private final Map<String, RulePlace> places;
    private final Map<String, java.util.Set<String>> vocabulary;
    private final boolean fromCache;

    private RuleSet(KieBase kieBase, String version, String location, List<Object> declared, int fileCount, Map<String, RulePlace> places,
                    Map<String, java.util.Set<String>> vocabulary, boolean fromCache) {
        this.kieBase = kieBase;
        this.vocabulary = vocabulary;
        this.fromCache = fromCache;
        this.places = places;
        this.version = version;
        this.location = location;
        this.declared = declared;
        this.fileCount = fileCount;
    }

    /** Loads a rules folder, or the built-in rules when the folder is null, through the cache the environment names. */
    public static RuleSet load(java.nio.file.Path folder) throws RuleSetException {
        return load(folder, RuleSetCache.fromEnvironment(System.err::println));
    }

    /** Loads a rules folder, or the built-in rules when the folder is null; a set compiled before comes from the cache. */
    public static RuleSet load(java.nio.file.Path folder, RuleSetCache cache) throws RuleSetException {
        List<RuleFile> files = folder == null ? RuleFiles.builtIn() : RuleFiles.fromFolder(folder);
        return compile(files, folder == null ? RuleFiles.BUILT_IN : folder.toString(), cache);
    }

    public static RuleSet compile(List<RuleFile> files, String location) throws RuleSetException {
        return compile(files, location, RuleSetCache.OFF);
    }

    /**
     * The files as a checked rule set. A cached copy skips the parse, build and code checks (the key is the files'
     * exact content and this build, so they passed them); its declarations run and are validated as after a compile.
     * A set is cached only after passing every check.
     */
    public static RuleSet compile(List<RuleFile> files, String location, RuleSetCache cache) throws RuleSetException {
        Optional<RuleCacheFile.Compiled> cached = cache.find(files);
        if (cached.isPresent()) {
            return declare(files, location, cached.get().kieBase(), cached.get().places(), cached.get().vocabulary());
        }
        List<String> problems = new ArrayList<>(duplicateRuleNames(files));
        // The trust boundary, first half: what the rule files may do, checked on what Drools parses, before any build.
        RuleCodeCheck code = RuleCodeCheck.of(files);
        problems.addAll(code.refused());
        // A build with two rules of one name adds Drools' own words for it and a clash of generated class names: noise.
        if (!problems.isEmpty()) {
            throw new RuleSetException(RuleSetValidator.inFileOrder(new ArrayList<>(problems.stream().distinct().toList())));
        }
        KieServices kie = KieServices.Factory.get();
        KieFileSystem kfs = kie.newKieFileSystem();
        ReleaseId releaseId = kie.newReleaseId("readiness", "rules", "1.0.0-" + version(files));
        kfs.generateAndWritePomXML(releaseId);
        Map<String, RuleFile> byKiePath = new LinkedHashMap<>();
        for (RuleFile file : files) {
            byKiePath.put(KIE_FOLDER + file.fileName(), file);
            kfs.write(KIE_ROOT + KIE_FOLDER + file.fileName(), file.text().getBytes(StandardCharsets.UTF_8));
        }
        KieBuilder builder = kie.newKieBuilder(kfs).buildAll();
        for (Message message : builder.getResults().getMessages(Message.Level.ERROR)) {
            if (message.getText().contains("Parser returned a null Package")) {
                continue;
            }
            RuleFile file = message.getPath() == null ? null : byKiePath.get(message.getPath());
            List<String> located = file == null || !message.getText().startsWith(ConsequenceErrors.PREFIX) ? List.of()
                    : ConsequenceErrors.locate(file, message.getPath());
            if (located.isEmpty()) {
                problems.add(describe(message, byKiePath));
            } else {
                problems.addAll(located);
            }
        }
        if (!problems.isEmpty()) {
            throw new RuleSetException(RuleSetValidator.inFileOrder(new ArrayList<>(problems.stream().distinct().toList())));
        }
        // Second half: the classes Drools compiled, read before any of them is initialised and before any session exists.
        problems.addAll(code.unresolved());
        KieBase kieBase = kie.newKieContainer(releaseId).getKieBase();
        problems.addAll(BytecodeCheck.check(kieBase, code.places()));
        if (!problems.isEmpty()) {
            throw new RuleSetException(RuleSetValidator.inFileOrder(new ArrayList<>(problems.stream().distinct().toList())));
        }
        FiringOrder.apply(kieBase);
        // Taken before any session runs on the packages: a cache hit loads them as the compile left them, order included.
        Optional<byte[]> snapshot = cache.snapshot(files, kieBase);
        RuleSet checked = declare(files, location, kieBase, Map.copyOf(code.places()), null);
        snapshot.ifPresent(packages -> cache.store(files, packages, checked.places, checked.vocabulary));
        return checked;
    }

    /**
     * Runs the declaration rules once and validates what they declared: the end of a compile, and all of a cache hit.
     * vocabulary is what the validator's probe session found when the set was compiled, or null to run it.
     */
    private static RuleSet declare(List<RuleFile> files, String location, KieBase kieBase, Map<String, RulePlace> places,
                                   Map<String, java.util.Set<String>> vocabulary) throws RuleSetException {
        RuleSetValidator validator = new RuleSetValidator(files);
        List<Object> declared;
        KieSession session = kieBase.newKieSession();
        try {
            FiringBudget.fire(session, DECLARATIONS, places);
            declared = List.copyOf(session.getObjects());
        } catch (RuleRunException e) {
            throw new RuleSetException(List.of(e.getMessage()));
        } catch (RuntimeException e) {
            throw new RuleSetException(List.of(location + ": a declaration failed while running: " + rootMessage(e)));
        } finally {
            session.dispose();
        }
        List<String> invalid = vocabulary == null ? validator.checkDeclarations(declared, kieBase, places)
                : validator.checkDeclarations(declared, vocabulary);
        if (!invalid.isEmpty()) {
            throw new RuleSetException(invalid.stream().distinct().toList());
        }
        // A gap's "have" looks at the candidate's credentials of the kinds that can hold what the requirement accepts.
        for (Object fact : declared) {
            if (fact instanceof readiness.facts.Requirement r) {
                r.credentialKinds(r.getAccepts().stream()
                        .flatMap(c -> validator.classKinds().getOrDefault(c, java.util.Set.of()).stream()).toList());
            }
        }
        return new RuleSet(kieBase, version(files), location, declared, files.size(), places, validator.classKinds(), vocabulary != null);
    }

    private static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null) {
            root = root.getCause();
        }
        return root.getMessage() == null ? root.toString() : root.getMessage();
    }

    private static String describe(Message message, Map<String, RuleFile> byKiePath) {
        RuleFile file = message.getPath() == null ? null : byKiePath.get(message.getPath());
        String where = file == null ? "rules" : file.displayPath();
        String text = message.getText().strip();
        int line = message.getLine();
        int column = message.getColumn() + 1;
        // Drools puts the exact position in the text (0-based columns); the message fields are often coarser.
        Matcher parser = PARSER_POSITION.matcher(text);
        Matcher builder = BUILDER_POSITION.matcher(text);
        if (parser.find()) {
            line = Integer.parseInt(parser.group(1));
            column = Integer.parseInt(parser.group(2)) + 1;
            text = text.substring(parser.end());
        } else if (builder.find()) {
            line = Integer.parseInt(builder.group(1));
            column = Integer.parseInt(builder.group(2)) + 1;
            text = text.substring(0, builder.start());
        }
        if (line < 1 && file != null) {
            int[] found = expressionPosition(file, text);
            line = found[0];
            column = found[1];
        }
        if (column <= 1 && file != null) {
            column = typeColumn(file, line, text, column);
        }
        String hint = file == null ? "" : unclosedQuote(file, line, text);
        return where + ":" + Math.max(1, line) + ":" + Math.max(1, column) + ": " + DrlHints.explain(text) + hint;
    }

    /**
     * Drools gives no line for an expression it cannot analyse (an undefined $binding, say), but quotes the
     * expression: its first occurrence in the file is the place to look. {line, column}, 1-based, or {1, 1}.
     */
    private static int[] expressionPosition(RuleFile file, String text) {
        Matcher expression = UNANALYSED.matcher(text);
        if (expression.find()) {
            String[] lines = file.text().split("\n", -1);
            for (int i = 0; i < lines.length; i++) {
                int at = lines[i].indexOf(expression.group(1));
                if (at >= 0) {
                    return new int[] {i + 1, at + 1};
                }
            }
        }
        return new int[] {1, 1};
    }

    /** Drools puts an unknown fact type at the start of its line; the place to fix is the type's name in the pattern. */
    private static int typeColumn(RuleFile file, int line, String text, int column) {
        Matcher type = UNKNOWN_TYPE.matcher(text);
        String[] lines = file.text().split("\n", -1);
        if (!type.find() || line < 1 || line > lines.length) {
            return column;
        }
        Matcher pattern = Pattern.compile("(?<![\\w.$])" + Pattern.quote(type.group(1)) + "\\s*\\(").matcher(lines[line - 1]);
        return pattern.find() ? pattern.start() + 1 : column;
    }

    /** A parse error just after a line with an odd number of quotes is most likely that quote left open. */
    private static String unclosedQuote(RuleFile file, int line, String text) {
        if (!text.contains("mismatched input") && !text.contains("no viable alternative")) {
            return "";
        }
        String[] lines = file.text().split("\n", -1);
        for (int i = Math.min(line, lines.length) - 1; i >= Math.max(0, line - 4); i--) {
            String code = lines[i].contains("//") ? lines[i].substring(0, lines[i].indexOf("//")) : lines[i];
            if (code.chars().filter(c -> c == '"').count() % 2 == 1) {
                return " (hint: a quote \" on line " + (i + 1) + " is not closed)";
            }
        }
        return "";
    }

    /** Drools lets a later rule of the same name silently replace an earlier one; here it is an error. */
    private static List<String> duplicateRuleNames(List<RuleFile> files) {
        Map<String, String> seen = new LinkedHashMap<>();
        List<String> problems = new ArrayList<>();
        for (RuleFile file : files) {
            String[] lines = file.text().split("\n", -1);
            for (int i = 0; i < lines.length; i++) {
                Matcher m = RULE_NAME.matcher(lines[i]);
                if (m.find()) {
                    String here = file.displayPath() + ":" + (i + 1) + ":" + (m.group(1).length() + 1);
                    String earlier = seen.putIfAbsent(m.group(2), here);
                    if (earlier != null) {
                        problems.add(here + ": duplicate rule name \"" + m.group(2) + "\" (first at " + earlier
                                + "): Drools would silently keep only one; rename one of them");
                    }
                }
            }
        }
        return problems;
    }

    private static String version(List<RuleFile> files) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            for (RuleFile file : files) {
                digest.update(file.fileName().getBytes(StandardCharsets.UTF_8));
                digest.update((byte) 0);
                digest.update(file.text().replace("\r\n", "\n").getBytes(StandardCharsets.UTF_8));
                digest.update((byte) 0);
            }
            return HexFormat.of().formatHex(digest.digest()).substring(0, 12);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    public KieBase kieBase() { return kieBase; }

    /** What the declaration rules declared: roles with their rungs and requirements, the catalog, the policy. */
    public List<Object> declared() { return declared; }

    public int fileCount() { return fileCount; }

    /** Each rule's place in its file, by rule name, for the messages of a session that does not settle. */
    Map<String, RulePlace> places() { return places; }

    /** The first 12 hex digits of the SHA-256 of the rule files' names and contents. */
    public String version() { return version; }

    /** Whether the compiled packages came from the cache rather than a compile. */
    public boolean fromCache() { return fromCache; }

    /** The folder the rules came from, as given, or "built-in". */
    public String location() { return location; }
}
