package readiness.engine;

import org.drools.base.definitions.InternalKnowledgePackage;
import org.drools.base.definitions.rule.impl.RuleImpl;
import org.drools.core.rule.JavaDialectRuntimeData;
import org.kie.api.KieBase;
import org.kie.api.definition.KiePackage;
import org.objectweb.asm.ClassReader;
import org.objectweb.asm.ConstantDynamic;
import org.objectweb.asm.Handle;
import org.objectweb.asm.Type;
import org.objectweb.asm.tree.AbstractInsnNode;
import org.objectweb.asm.tree.ClassNode;
import org.objectweb.asm.tree.FieldInsnNode;
import org.objectweb.asm.tree.InvokeDynamicInsnNode;
import org.objectweb.asm.tree.LdcInsnNode;
import org.objectweb.asm.tree.MethodInsnNode;
import org.objectweb.asm.tree.MethodNode;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Reads the classes Drools compiled from the rule files (consequences, evals, and the invokers around them)
 * before any of them is initialised or run, and refuses every method call, field access, constant and
 * dynamic call site that leaves the allowlist. Text can be disguised; the bytecode is what would run.
 */
final class BytecodeCheck {
    private static final Set<String> BOOTSTRAPS = Set.of("java/lang/invoke/LambdaMetafactory", "java/lang/invoke/StringConcatFactory");
    private static final String INVOKER = "DefaultConsequenceInvoker";

    private BytecodeCheck() {
    }

    static List<String> check(KieBase kieBase, Map<String, RulePlace> places) {
        return check(kieBase.getKiePackages(), places);
    }

    /** The same check on packages not yet in a knowledge base (read from the compile cache), before any of their classes is defined. */
    static List<String> check(java.util.Collection<KiePackage> packages, Map<String, RulePlace> places) {
        Set<String> problems = new LinkedHashSet<>();
        for (KiePackage kiePackage : packages) {
            Map<String, String> ruleByClassPrefix = ruleByClassPrefix(kiePackage);
            Set<String> declarations = new java.util.HashSet<>();
            for (org.kie.api.definition.rule.Rule rule : kiePackage.getRules()) {
                // No bindings, no way to reach a declared fact: the declarations are such rules (the knowledge base may
                // have given their empty conditions the initial fact by now).
                if (((RuleImpl) rule).getDeclarations().isEmpty()) {
                    declarations.add(rule.getName());
                }
            }
            List<Compiled> compiled = compiled(kiePackage, ruleByClassPrefix);
            Set<String> generated = compiled.stream().map(c -> c.node().name).collect(java.util.stream.Collectors.toSet());
            for (Compiled c : compiled) {
                // Packages read back from the cache have no consequences wired yet, so no class has a rule: the check of what
                // decisions may change ran when the set was compiled, and the key covers the files and this build.
                boolean mayDeclare = ruleByClassPrefix.isEmpty() || (c.rule() != null && declarations.contains(c.rule()));
                for (String reached : reachedOutside(c.node(), generated, mayDeclare)) {
                    problems.add(describe(c.rule(), reached, places));
                }
            }
        }
        return new ArrayList<>(problems);
    }

    /** Each rule's compiled classes (its consequence and evals), by rule name, read but not loaded. */
    static Map<String, List<ClassNode>> classesByRule(KiePackage kiePackage) {
        Map<String, List<ClassNode>> byRule = new TreeMap<>();
        for (Compiled c : compiled(kiePackage, ruleByClassPrefix(kiePackage))) {
            if (c.rule() != null) {
                byRule.computeIfAbsent(c.rule(), r -> new ArrayList<>()).add(c.node());
            }
        }
        return byRule;
    }

    /** A compiled class, read but not loaded, and the rule it belongs to (null when no rule's name prefixes it). */
    private record Compiled(ClassNode node, String rule) {
    }

    /** The package's compiled classes in name order; none when it has no Java dialect classes. */
    private static List<Compiled> compiled(KiePackage kiePackage, Map<String, String> ruleByClassPrefix) {
        if (!(((InternalKnowledgePackage) kiePackage).getDialectRuntimeRegistry().getDialectData("java") instanceof JavaDialectRuntimeData classes)) {
            return List.of();
        }
        List<Compiled> compiled = new ArrayList<>();
        for (byte[] bytes : new TreeMap<>(classes.getStore()).values()) {
            ClassNode node = new ClassNode();
            new ClassReader(bytes).accept(node, ClassReader.SKIP_FRAMES);
            compiled.add(new Compiled(node, ruleOf(node.name, ruleByClassPrefix)));
        }
        return compiled;
    }

    /**
     * "owner.member" for each reference outside the allowlist, in the order the class makes them; outside a declaration
     * (a rule without bindings), a member that changes a declared fact is outside too.
     */
    private static Set<String> reachedOutside(ClassNode node, Set<String> generated, boolean declaration) {
        Set<String> reached = new LinkedHashSet<>();
        for (MethodNode method : node.methods) {
            for (AbstractInsnNode insn : method.instructions) {
                if (insn instanceof MethodInsnNode call) {
                    call(call.owner, call.name, generated, declaration, reached);
                } else if (insn instanceof FieldInsnNode field) {
                    refer(field.owner, field.name, generated, reached);
                } else if (insn instanceof InvokeDynamicInsnNode indy) {
                    if (!BOOTSTRAPS.contains(indy.bsm.getOwner())) {
                        reached.add(indy.bsm.getOwner() + "." + indy.bsm.getName());
                    }
                    for (Object argument : indy.bsmArgs) {
                        constant(argument, generated, declaration, reached);
                    }
                } else if (insn instanceof LdcInsnNode ldc) {
                    constant(ldc.cst, generated, declaration, reached);
                }
            }
        }
        return reached;
    }

    private static void constant(Object value, Set<String> generated, boolean declaration, Set<String> reached) {
        if (value instanceof Handle handle) {
            call(handle.getOwner(), handle.getName(), generated, declaration, reached);
        } else if (value instanceof ConstantDynamic dynamic) {
            reached.add(dynamic.getBootstrapMethod().getOwner() + "." + dynamic.getBootstrapMethod().getName());
        } else if (value instanceof Type type && type.getSort() == Type.OBJECT && !RuleAllowlist.allowsType(type.getInternalName())
                && !generated.contains(type.getInternalName())) {
            reached.add(type.getInternalName() + ".class");
        }
    }

    /** A method called, or named by a method reference: outside a declaration, one that changes a declared fact is refused too. */
    private static void call(String owner, String member, Set<String> generated, boolean declaration, Set<String> reached) {
        if (!declaration && !generated.contains(owner) && RuleAllowlist.declarationOnly(owner, member)) {
            reached.add(owner + "." + member);
        }
        refer(owner, member, generated, reached);
    }

    private static void refer(String owner, String member, Set<String> generated, Set<String> reached) {
        if (!generated.contains(owner) && !RuleAllowlist.allows(owner, member)) {
            reached.add(owner + "." + member);
        }
    }

    /** Each rule's name by the name its generated classes start with (the consequence's, without the invoker suffix). */
    private static Map<String, String> ruleByClassPrefix(KiePackage kiePackage) {
        Map<String, String> ruleByClassPrefix = new TreeMap<>();
        for (org.kie.api.definition.rule.Rule rule : kiePackage.getRules()) {
            Object consequence = ((RuleImpl) rule).getConsequence();
            if (consequence != null) {
                String name = consequence.getClass().getName().replace('.', '/');
                ruleByClassPrefix.put(name.endsWith(INVOKER) ? name.substring(0, name.length() - INVOKER.length()) : name, rule.getName());
            }
        }
        return ruleByClassPrefix;
    }

    private static String ruleOf(String className, Map<String, String> ruleByClassPrefix) {
        String best = null;
        for (Map.Entry<String, String> entry : ruleByClassPrefix.entrySet()) {
            if (className.startsWith(entry.getKey()) && (best == null || entry.getKey().length() > best.length())) {
                best = entry.getKey();
            }
        }
        return best == null ? null : ruleByClassPrefix.get(best);
    }

    private static String describe(String rule, String reached, Map<String, RulePlace> places) {
        int dot = reached.lastIndexOf('.');
        String owner = reached.substring(0, dot);
        String member = reached.substring(dot + 1);
        String shown = owner.replace('/', '.') + (member.equals("<init>") ? " (new)" : member.equals("class") ? "" : "." + member);
        RulePlace place = rule == null ? null : places.get(rule);
        String where = place == null ? (places.isEmpty() ? "rules" : places.values().iterator().next().file().displayPath()) + ":1:1: "
                : place.find(member.equals("<init>") ? owner.substring(owner.lastIndexOf('/') + 1) : member);
        return where + (rule == null ? "generated code" : "rule \"" + rule + "\"") + " reaches for " + shown + " ("
                + RuleAllowlist.reason(owner, member) + ")";
    }
}
