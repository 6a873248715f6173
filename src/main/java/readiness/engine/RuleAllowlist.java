package readiness.engine;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What code in a rule file may reach: the fact model, a short list of safe JDK types, and the few
 * Drools members the compiled rules themselves call. Everything else is refused. Types are named in
 * the JVM's internal form (java/lang/String); members by name.
 */
final class RuleAllowlist {
    private static final String FACTS = "readiness/facts/";
    private static final Map<String, Boolean> DECLARATION_ONLY = new java.util.concurrent.ConcurrentHashMap<>();

    /** JDK types whose whole public API is pure computation, less the members in DENIED. */
    private static final Set<String> JDK_TYPES = Set.of(
            "java/lang/String", "java/lang/StringBuilder", "java/lang/CharSequence", "java/lang/Math", "java/lang/StrictMath",
            "java/lang/Integer", "java/lang/Long", "java/lang/Double", "java/lang/Float", "java/lang/Short", "java/lang/Byte",
            "java/lang/Boolean", "java/lang/Character", "java/lang/Number", "java/lang/Comparable", "java/lang/Iterable",
            "java/lang/RuntimeException", "java/lang/IllegalArgumentException", "java/lang/IllegalStateException",
            "java/util/List", "java/util/Set", "java/util/Map", "java/util/Map$Entry", "java/util/Collection", "java/util/Iterator",
            "java/util/Collections", "java/util/Arrays", "java/util/Objects", "java/util/Optional", "java/util/ArrayList",
            "java/util/HashMap", "java/util/HashSet", "java/util/LinkedHashMap", "java/util/LinkedHashSet", "java/util/TreeMap",
            "java/util/TreeSet", "java/util/SortedSet", "java/util/SortedMap", "java/util/Comparator", "java/util/Locale",
            "java/math/BigDecimal", "java/math/BigInteger", "java/math/RoundingMode");

    /** JDK packages whose every type is pure computation (less DENIED): dates and the lambda interfaces. */
    private static final List<String> JDK_PACKAGES = List.of("java/time/", "java/time/temporal/", "java/time/format/",
            "java/util/function/");

    /**
     * Members of allowed types that still reach outside (system properties, the clock, the default locale, stderr, monitors)
     * or make a report differ from run to run (random numbers).
     */
    private static final Set<String> DENIED = Set.of("getInteger", "getLong", "getBoolean", "now", "systemDefault", "setDefault",
            "printStackTrace", "wait", "notify", "notifyAll", "systemUTC", "system", "random", "shuffle");

    /** Math.random and Collections.shuffle: the same profile and rules would not give the same report twice. */
    private static final Set<String> RANDOM = Set.of("random", "shuffle");

    /**
     * Object itself: only what every value has. getClass stays (Drools' generated equals methods use it): a Class
     * is inert here, since none of its members are allowed.
     */
    private static final Set<String> OBJECT = Set.of("<init>", "equals", "hashCode", "toString", "getClass");

    /**
     * The Drools members that compiled rules call: a consequence's insert, insertLogical, update (with the mask of
     * what changed) and delete, and the
     * invokers Drools generates around each consequence and expression (reading bound values, comparing bytecode).
     */
    private static final Map<String, Set<String>> DROOLS = Map.of(
            "org/drools/core/rule/consequence/KnowledgeHelper", Set.of("insert", "insertLogical", "update", "delete", "retract"),
            "org/drools/base/rule/Declaration", Set.of("getValue"),
            "org/drools/util/bitmask/AllSetButLastBitMask", Set.of("get"),
            "org/drools/base/rule/accessor/CompiledInvoker", Set.of("getMethodBytecode"),
            "org/drools/base/rule/consequence/Consequence", Set.of("evaluate"),
            "org/drools/mvel/asm/ConsequenceGenerator", Set.of("generate"),
            "org/drools/mvel/asm/EvalGenerator", Set.of("generate"),
            "org/drools/base/rule/accessor/EvalExpression", Set.of("evaluate"),
            "org/drools/mvel/asm/MethodComparator", Set.of("compareBytecode", "getMethodBytecode"),
            "org/drools/mvel/field/FieldFactory", Set.of("getInstance", "getFieldValue"));

    private RuleAllowlist() {
    }

    /** True when code in a rule file may call or read the member of the type (internal name). */
    static boolean allows(String type, String member) {
        if (type.startsWith("[")) {
            return member.equals("clone") || member.equals("length");
        }
        if (type.equals("java/lang/Object")) {
            return OBJECT.contains(member);
        }
        if (DENIED.contains(member)) {
            return false;
        }
        if (type.startsWith(FACTS) && type.indexOf('/', FACTS.length()) < 0) {
            return true;
        }
        if (JDK_TYPES.contains(type) || JDK_PACKAGES.stream().anyMatch(p -> type.startsWith(p) && type.indexOf('/', p.length()) < 0)) {
            return !type.equals("java/time/Clock") && !type.equals("java/time/InstantSource");
        }
        Set<String> drools = DROOLS.get(type);
        return drools != null && drools.contains(member);
    }

    /**
     * True when the member changes a declared fact ({@link readiness.facts.Declaration}): allowed only in a rule without
     * conditions, where the roles, catalog and policy are made.
     */
    static boolean declarationOnly(String type, String member) {
        if (!type.startsWith(FACTS)) {
            return false;
        }
        return DECLARATION_ONLY.computeIfAbsent(type + "." + member, key -> annotated(type, member));
    }

    private static boolean annotated(String type, String member) {
        try {
            Class<?> facts = Class.forName(type.replace('/', '.'), false, RuleAllowlist.class.getClassLoader());
            for (java.lang.reflect.Method method : facts.getMethods()) {
                if (method.getName().equals(member) && method.isAnnotationPresent(readiness.facts.Declaration.class)) {
                    return true;
                }
            }
            return false;
        } catch (ClassNotFoundException | LinkageError e) {
            return false;
        }
    }

    /** True when rule code may name the type at all: the fact model and the allowed JDK types. */
    static boolean allowsType(String type) {
        return allows(type, "<init>") || type.equals("java/lang/Object");
    }

    /** Why a member is refused: its type is, or it reads the machine's state (properties, clock, locale, stderr). */
    static String reason(String type, String member) {
        if (allows(type, member) && declarationOnly(type, member)) {
            return "it changes a role, requirement, action, the policy or the vocabulary, which every candidate's assessment shares: "
                    + "only a rule without conditions (a declaration) may call it";
        }
        if (allowsType(type) && RANDOM.contains(member)) {
            return "random numbers are not allowed in rule files (the same profile, rules and date must give the same report); "
                    + ALLOWED;
        }
        if (allowsType(type) && DENIED.contains(member)) {
            return "reading or changing the machine's state (system properties, the clock, the default locale, the console) is not "
                    + "allowed in rule files; " + ALLOWED;
        }
        return reason(type);
    }

    /** Why a type is refused, in words a counselor can act on. */
    static String reason(String type) {
        String dotted = type.replace('/', '.');
        String kind;
        if (dotted.equals("java.lang.System") || dotted.equals("java.lang.Runtime") || dotted.startsWith("java.lang.Process")
                || dotted.equals("java.lang.ProcessHandle")) {
            kind = "system and process access is";
        } else if (dotted.startsWith("java.lang.reflect.") || dotted.startsWith("java.lang.invoke.") || dotted.equals("java.lang.Class")
                || dotted.endsWith("ClassLoader") || dotted.equals("java.lang.Module")) {
            kind = "reflection and class loading are";
        } else if (dotted.startsWith("java.lang.Thread") || dotted.startsWith("java.util.concurrent.") || dotted.equals("java.util.Timer")) {
            kind = "threads are";
        } else if (dotted.startsWith("java.io.Object") || dotted.contains("Serializ")) {
            kind = "serialization is";
        } else if (dotted.startsWith("java.io.") || dotted.startsWith("java.nio.")) {
            kind = "file and stream access is";
        } else if (dotted.startsWith("java.net.") || dotted.startsWith("javax.net.") || dotted.startsWith("java.rmi.")) {
            kind = "networking is";
        } else if (dotted.startsWith("javax.naming.")) {
            kind = "JNDI lookup is";
        } else if (dotted.startsWith("java.util.logging.") || dotted.startsWith("org.slf4j.") || dotted.startsWith("java.lang.System$Logger")) {
            kind = "logging is";
        } else if (dotted.startsWith("org.drools.") || dotted.startsWith("org.kie.") || dotted.startsWith("org.mvel2.")) {
            kind = "the engine's internals are";
        } else {
            kind = dotted + " is";
        }
        return kind + " not allowed in rule files; " + ALLOWED;
    }

    static final String ALLOWED = "rules may only use the fact model in readiness.facts, String, Math, boxed numbers, "
            + "java.time and collections";
}
