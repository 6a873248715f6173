package readiness.engine;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import readiness.Assess;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.SocketTimeoutException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * Rule files are code: each shape an attacker or an unlucky counselor might write to reach outside the fact
 * model is refused at file:line:col, and what it would have done did not happen. Most attacks are declaration
 * rules (no conditions), which the old loader ran while compiling: a marker system property shows whether they ran.
 */
class RuleTrustBoundaryTest {
    private static final String MARKER = "readiness.attack";
    private static final String HEADER = "package readiness.rules;\nimport readiness.facts.*;\n";
    private static final String SYSTEM = "(system and process access is not allowed in rule files; rules may only use the fact model in "
            + "readiness.facts, String, Math, boxed numbers, java.time and collections)";

    @TempDir
    Path dir;

    @AfterEach
    void clearMarker() {
        System.clearProperty(MARKER);
    }

    /** Loads the shipped rules plus zz-attack.drl (line 3 onwards is the body) and returns the problems. */
    private List<String> refused(String body) throws IOException {
        Assess.copyRules(dir);
        Files.writeString(dir.resolve("zz-attack.drl"), HEADER + body);
        RuleSetException e = catchThrowableOfType(RuleSetException.class, () -> RuleSet.load(dir));
        assertThat(e).as("the rule set is refused").isNotNull();
        assertThat(e.problems()).allSatisfy(p -> assertThat(p).matches(".+:\\d+:\\d+: .+"));
        assertThat(System.getProperty(MARKER)).as("the attack's code did not run").isNull();
        return e.problems();
    }

    private String at(int line, int column) {
        return dir + "/zz-attack.drl:" + line + ":" + column + ": ";
    }

    @Test
    void aCallSplitOverTwoLinesIsRefusedWhereTheMemberIs() throws IOException {
        assertThat(refused("""
                rule "split"
                when
                then
                    System
                        .setProperty("readiness.attack", "split");
                end
                """)).containsExactly(at(7, 10) + "rule \"split\" reaches for java.lang.System.setProperty " + SYSTEM);
    }

    @Test
    void aCommentBetweenTheClassAndTheCallIsRefused() throws IOException {
        assertThat(refused("""
                rule "comment"
                when
                then
                    System/**/.setProperty("readiness.attack", "comment");
                end
                """)).containsExactly(at(6, 16) + "rule \"comment\" reaches for java.lang.System.setProperty " + SYSTEM);
    }

    @Test
    void aStringHoldingSlashesBeforeTheCallIsRefused() throws IOException {
        assertThat(refused("""
                rule "slashes"
                when
                then
                    String url = "http://example.org"; System.setProperty("readiness.attack", url);
                end
                """)).containsExactly(at(6, 47) + "rule \"slashes\" reaches for java.lang.System.setProperty " + SYSTEM);
    }

    @Test
    void loadingRuntimeByNameAndInvokingExecIsRefusedAndRunsNothing() throws IOException {
        Path touched = dir.resolve("touched-by-exec");
        List<String> problems = refused("""
                rule "loader"
                when
                then
                    try {
                        Class<?> c = ClassLoader.getSystemClassLoader().loadClass("java.lang.Run" + "time");
                        Object runtime = c.getMethod("getRun" + "time").invoke(null);
                        c.getMethod("ex" + "ec", String.class).invoke(runtime, "touch %s");
                    } catch (Exception e) {
                    }
                end
                """.formatted(touched));
        assertThat(problems).contains(
                at(7, 34) + "rule \"loader\" reaches for java.lang.ClassLoader.getSystemClassLoader (reflection and class loading are not"
                        + " allowed in rule files; rules may only use the fact model in readiness.facts, String, Math, boxed numbers, java.time"
                        + " and collections)",
                at(7, 57) + "rule \"loader\" reaches for java.lang.ClassLoader.loadClass (reflection and class loading are not allowed"
                        + " in rule files; rules may only use the fact model in readiness.facts, String, Math, boxed numbers, java.time and collections)");
        assertThat(problems).anyMatch(p -> p.contains("java.lang.reflect.Method.invoke"));
        assertThat(touched).doesNotExist();
    }

    @Test
    void aFunctionBlockIsRefused() throws IOException {
        Path log = dir.resolve("written-by-function.log");
        assertThat(refused("""
                function void mark(String path) { try { new java.util.logging.FileHandler(path); } catch (Exception e) { } }
                rule "function"
                when
                then
                    mark("%s");
                end
                """.formatted(log))).containsExactly(at(3, 1) + "a function block is not allowed: its code could not be checked before it runs;"
                + " put the logic in the rule's conditions and consequence");
        assertThat(log).doesNotExist();
    }

    @Test
    void theMvelDialectIsRefused() throws IOException {
        assertThat(refused("""
                rule "mvel"
                dialect "mvel"
                when
                then
                    new java.util.logging.FileHandler("%s");
                end
                """.formatted(dir.resolve("written-by-mvel.log")))).containsExactly(at(4, 9) + "rule \"mvel\": dialect \"mvel\" is not allowed: mvel consequences are interpreted"
                + " and cannot be checked before they run; leave the default java dialect");
    }

    @Test
    void aPackageWideMvelDialectIsRefused() throws IOException {
        assertThat(refused("""
                dialect "mvel"
                rule "mvel everywhere"
                when
                then
                    new java.util.logging.FileHandler("%s");
                end
                """.formatted(dir.resolve("written-by-mvel.log")))).singleElement().asString().startsWith(at(3, 9))
                .contains("dialect \"mvel\" is not allowed");
        assertThat(dir.resolve("written-by-mvel.log")).doesNotExist();
    }

    @Test
    void anExecutorIsRefused() throws IOException {
        assertThat(refused("""
                rule "executor"
                when
                then
                    java.util.concurrent.Executors.newSingleThreadExecutor().submit(() -> java.util.Locale.setDefault(java.util.Locale.CHINA));
                end
                """)).contains(at(6, 36) + "rule \"executor\" reaches for java.util.concurrent.Executors.newSingleThreadExecutor (threads are"
                + " not allowed in rule files; rules may only use the fact model in readiness.facts, String, Math, boxed numbers, java.time and collections)");
        assertThat(java.util.Locale.getDefault()).isNotEqualTo(java.util.Locale.CHINA);
    }

    @Test
    void aSocketIsRefusedAndNeverConnects() throws IOException {
        try (ServerSocket server = new ServerSocket(0)) {
            assertThat(refused("""
                    rule "socket"
                    when
                    then
                        try { javax.net.SocketFactory.getDefault().createSocket("localhost", %d); } catch (Exception e) { }
                    end
                    """.formatted(server.getLocalPort()))).contains(at(6, 35) + "rule \"socket\" reaches for javax.net.SocketFactory.getDefault"
                    + " (networking is not allowed in rule files; rules may only use the fact model in readiness.facts, String, Math, boxed"
                    + " numbers, java.time and collections)");
            server.setSoTimeout(200);
            assertThatThrownBy(server::accept).as("no connection was made").isInstanceOf(SocketTimeoutException.class);
        }
    }

    @Test
    void aLoggingFileHandlerIsRefusedAndWritesNothing() throws IOException {
        Path log = dir.resolve("written-by-handler.log");
        assertThat(refused("""
                rule "file handler"
                when
                then
                    try { new java.util.logging.FileHandler("%s"); } catch (Exception e) { }
                end
                """.formatted(log))).containsExactly(at(6, 33) + "rule \"file handler\" reaches for java.util.logging.FileHandler (new)"
                + " (logging is not allowed in rule files; rules may only use the fact model in readiness.facts, String, Math, boxed numbers,"
                + " java.time and collections)");
        assertThat(log).doesNotExist();
    }

    @Test
    void aPlainCallIsRefused() throws IOException {
        assertThat(refused("""
                rule "plain"
                when
                then
                    Runtime.getRuntime().exec("touch %s");
                end
                """.formatted(dir.resolve("touched")))).first().asString()
                .isEqualTo(at(6, 13) + "rule \"plain\" reaches for java.lang.Runtime.getRuntime " + SYSTEM);
        assertThat(dir.resolve("touched")).doesNotExist();
    }

    @Test
    void aConditionCallingOutIsRefusedBeforeAnyFactIsMatched() throws IOException {
        assertThat(refused("""
                rule "in a condition"
                when
                    Credential(System
                        .setProperty("readiness.attack", "condition") == null)
                then
                end
                """)).containsExactly(at(5, 16) + "rule \"in a condition\" reaches for java.lang.System.setProperty " + SYSTEM);
    }

    @Test
    void aFullyQualifiedClassInAConditionIsRefused() throws IOException {
        assertThat(refused("""
                rule "qualified"
                when
                    Credential(code == java.lang.System
                        .setProperty("readiness.attack", "qualified"))
                then
                end
                """)).containsExactly(at(5, 24) + "rule \"qualified\" reaches for java.lang.System.setProperty " + SYSTEM);
    }

    @Test
    void reflectionFromAFactsPropertyInAConditionIsRefused() throws IOException {
        assertThat(refused("""
                rule "reflection"
                when
                    $c: Credential(code.class.classLoader != null)
                then
                end
                """)).containsExactly(at(5, 25) + "rule \"reflection\" reaches for java.lang.Class (reflection and class"
                + " loading are not allowed in rule files; rules may only use the fact model in readiness.facts, String, Math, boxed numbers,"
                + " java.time and collections)");
    }

    @Test
    void anAccumulateArgumentCallingOutIsRefused() throws IOException {
        assertThat(refused("""
                rule "accumulate"
                when
                    accumulate(Skill($n: name); $s: collectSet(java.lang.System
                        .setProperty("readiness.attack", $n)))
                then
                end
                """)).containsExactly(at(5, 48) + "rule \"accumulate\" reaches for java.lang.System.setProperty " + SYSTEM);
    }

    @Test
    void aFromSourceCallingOutIsRefused() throws IOException {
        assertThat(refused("""
                rule "from"
                when
                    String() from System
                        .getProperties().keySet()
                then
                end
                """)).containsExactly(at(5, 19) + "rule \"from\" reaches for java.lang.System.getProperties " + SYSTEM);
    }

    @Test
    void aBindingCallingOutIsRefused() throws IOException {
        assertThat(refused("""
                rule "binding"
                when
                    Credential($p: java.lang.System
                        .setProperty("readiness.attack", code))
                then
                end
                """)).containsExactly(at(5, 20) + "rule \"binding\" reaches for java.lang.System.setProperty " + SYSTEM);
    }

    @Test
    void anEvalCallingOutIsRefused() throws IOException {
        assertThat(refused("""
                rule "eval"
                when
                    eval(System
                        .setProperty("readiness.attack", "eval") == null)
                then
                end
                """)).containsExactly(at(6, 10) + "rule \"eval\" reaches for java.lang.System.setProperty " + SYSTEM);
    }

    @Test
    void aStaticInitializerSmuggledOutOfTheConsequenceIsRefusedBeforeItsClassLoads() throws IOException {
        assertThat(refused("""
                rule "static"
                when
                then
                    int x = 1;
                  }
                  static { System
                      .setProperty("readiness.attack", "static"); }
                  public static void more() {
                end
                """)).containsExactly(at(9, 8) + "rule \"static\" reaches for java.lang.System.setProperty " + SYSTEM);
    }

    @Test
    void aCallInsideALambdaOrAMethodReferenceIsRefused() throws IOException {
        assertThat(refused("""
                rule "lambda"
                when
                then
                    java.util.List.of("x").forEach(x -> System
                        .setProperty("readiness.attack", x));
                    java.util.function.Supplier<String> s = System::lineSeparator;
                end
                """)).containsExactlyInAnyOrder(at(7, 10) + "rule \"lambda\" reaches for java.lang.System.setProperty " + SYSTEM,
                at(8, 53) + "rule \"lambda\" reaches for java.lang.System.lineSeparator " + SYSTEM);
    }

    @Test
    void theEngineItselfIsOutOfReach() throws IOException {
        assertThat(refused("""
                rule "engine"
                when
                then
                    drools.getKieRuntime().halt();
                end
                """)).first().asString().isEqualTo(at(6, 12) + "rule \"engine\" reaches for"
                + " org.drools.core.rule.consequence.KnowledgeHelper.getKieRuntime (the engine's internals are not allowed in rule files;"
                + " rules may only use the fact model in readiness.facts, String, Math, boxed numbers, java.time and collections)");
    }

    @Test
    void systemPropertiesReadThroughAnAllowedTypeAreRefused() throws IOException {
        assertThat(refused("""
                rule "property"
                when
                then
                    Integer port = Integer.getInteger("user.home");
                end
                """)).containsExactly(at(6, 28) + "rule \"property\" reaches for java.lang.Integer.getInteger (reading or changing the"
                + " machine's state (system properties, the clock, the default locale, the console) is not allowed in rule files; rules may"
                + " only use the fact model in readiness.facts, String, Math, boxed numbers, java.time and collections)");
    }

    @Test
    void randomNumbersAreRefusedSinceTheSameProfileMustGiveTheSameReport() throws IOException {
        String random = " (random numbers are not allowed in rule files (the same profile, rules and date must give the same report);"
                + " rules may only use the fact model in readiness.facts, String, Math, boxed numbers, java.time and collections)";
        assertThat(refused("""
                rule "dice"
                when
                    $j: Job()
                then
                    insert(new Skill("lucky " + Math.random()));
                    java.util.List<String> order = new java.util.ArrayList<>(java.util.List.of("a", "b"));
                    java.util.Collections.shuffle(order);
                end
                """)).containsExactly(
                at(7, 38) + "rule \"dice\" reaches for java.lang.Math.random" + random,
                at(9, 27) + "rule \"dice\" reaches for java.util.Collections.shuffle" + random);
    }

    @Test
    void refusalsOnOneLineAreListedByColumn() throws IOException {
        String files = " (file and stream access is not allowed in rule files; rules may only use the fact model in readiness.facts,"
                + " String, Math, boxed numbers, java.time and collections)";
        assertThat(refused("""
                rule "read"
                when
                then
                    int size = java.nio.file.Files.readString(java.nio.file.Path.of("/etc/hostname")).length();
                end
                """)).containsExactly(
                at(6, 36) + "rule \"read\" reaches for java.nio.file.Files.readString" + files,
                at(6, 66) + "rule \"read\" reaches for java.nio.file.Path.of" + files);
    }

    @Test
    void declaredTypesGlobalsQueriesAndExpressionAttributesAreRefused() throws IOException {
        assertThat(refused("""
                global java.util.List sink;
                declare Evil
                    name : String
                end
                query "everything"
                    Credential()
                end
                rule "salience"
                salience (System.currentTimeMillis())
                when
                then
                end
                """)).containsExactlyInAnyOrder(
                at(3, 1) + "global sink is not allowed: rules see only the facts in the session",
                at(4, 9) + "declare is not allowed: rules use the fact model in readiness.facts",
                at(7, 1) + "rule \"everything\": a query is not allowed in rule files",
                at(11, 10) + "rule \"salience\": salience must be a whole number here, not an expression");
    }

    @Test
    void anAssignmentInAConditionIsRefused() throws IOException {
        assertThat(refused("""
                rule "assignment"
                when
                    $r: Requirement($r.minSkills += 1)
                then
                end
                """)).singleElement().asString().startsWith(dir + "/zz-attack.drl:5:");
    }

    // Drools' parser already refuses the next two; ExpressionCheck refuses them too, should a parser ever accept them.
    @Test
    void anMvelProjectionWhichReadsAPropertyOfEachElementIsRefused() throws IOException {
        assertThat(refused("""
                rule "projection"
                when
                    accumulate(Credential($k: code.getClass()); $classes: collectList($k))
                    Credential(code == "x", (classLoader in $classes) != null)
                then
                end
                """)).singleElement().asString().startsWith(at(6, 42)).contains("'in'");
    }

    @Test
    void anMvelNullSafeStepIsRefused() throws IOException {
        assertThat(refused("""
                rule "null safe"
                when
                    Credential(code.getClass().?getClassLoader() != null)
                then
                end
                """)).singleElement().asString().startsWith(at(5, 31)).contains("'.'");
    }

    private static final String SHARED = "(it changes a role, requirement, action, the policy or the vocabulary, which every candidate's "
            + "assessment shares: only a rule without conditions (a declaration) may call it)";

    @Test
    void aDecisionThatChangesTheSharedPolicyIsRefused() throws IOException {
        assertThat(refused("""
                rule "one candidate's RN license relaxes the policy for everyone after"
                when
                    Credential(code == "RN")
                    $p: Policy()
                then
                    $p.nearlyReadyWithin(600);
                end
                """)).containsExactly(at(8, 8) + "rule \"one candidate's RN license relaxes the policy for everyone after\" reaches for "
                + "readiness.facts.Policy.nearlyReadyWithin " + SHARED);
    }

    @Test
    void aDecisionThatChangesThePolicyThroughAMethodReferenceIsRefused() throws IOException {
        assertThat(refused("""
                rule "a method reference to a builder"
                when
                    Credential(code == "RN")
                    $p: Policy()
                then
                    java.util.function.BiFunction<Policy, Integer, Policy> relax = Policy::nearlyReadyWithin;
                    relax.apply($p, 600);
                end
                """)).singleElement().asString().contains("rule \"a method reference to a builder\" reaches for "
                + "readiness.facts.Policy.nearlyReadyWithin " + SHARED);
    }

    @Test
    void aConditionThatChangesADeclaredRequirementIsRefused() throws IOException {
        assertThat(refused("""
                rule "a condition lowers a threshold"
                when
                    Requirement(id == "cd.experience.healthcare", years("years.healthcare", 0) != null)
                then
                end
                """)).containsExactly(at(5, 51) + "rule \"a condition lowers a threshold\" reaches for "
                + "readiness.facts.Requirement.years " + SHARED);
    }

    @Test
    void aDeclarationMayBuildWhatItDeclares() throws Exception {
        Assess.copyRules(dir);
        Files.writeString(dir.resolve("zz-policy.drl"), HEADER + """
                rule "a stricter nearly-ready window"
                when
                then
                    Policy policy = new Policy().nearlyReadyWithin(6).renewWithin(6).urgentWithin(30).weights(3, 1);
                end
                """);
        assertThat(RuleSet.load(dir).places()).containsKey("a stricter nearly-ready window");
    }

    @Test
    void theShippedRulesStillLoadAndTheirOwnCodeIsWithinTheBoundary() throws Exception {
        RuleSet rules = RuleSet.load(Assess.RULES);
        assertThat(rules.places()).containsKey("The next-step catalog");
    }
}
