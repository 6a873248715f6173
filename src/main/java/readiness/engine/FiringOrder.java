package readiness.engine;

import org.drools.base.base.ClassObjectType;
import org.drools.base.base.SalienceInteger;
import org.drools.base.definitions.rule.impl.RuleImpl;
import org.drools.base.rule.Pattern;
import org.drools.base.rule.RuleConditionElement;
import org.kie.api.KieBase;
import org.kie.api.definition.KiePackage;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.Type;
import org.objectweb.asm.tree.AbstractInsnNode;
import org.objectweb.asm.tree.ClassNode;
import org.objectweb.asm.tree.MethodInsnNode;
import org.objectweb.asm.tree.MethodNode;
import org.objectweb.asm.tree.TypeInsnNode;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Schedules the rules the way the files read them: classify first, then decide. Each rule fires after every rule that
 * can make a kind of fact its conditions read (the fact classes its patterns name; the facts its consequence builds),
 * so a gap is never concluded from a half-classified profile and then withdrawn when the classification arrives.
 * Without it Drools fires equal rules in the order the files happened to load (vocabulary.drl after common.drl).
 *
 * <p>The order changes no result: every decision is a logical insertion, and truth maintenance settles on the same
 * facts whatever the order (the suite and {@code bench --compare-sessions} compare reports). It changes the work: the
 * shipped rules' withdrawn gaps and steps go from about 14 per profile to none. A rule set that gives any rule a
 * salience keeps its authors' order.
 */
final class FiringOrder {
    private static final String FACTS = "readiness/facts/";
    private static final String KNOWLEDGE_HELPER = "org/drools/core/rule/consequence/KnowledgeHelper";
    /** The consequence calls that change a fact already there. */
    private static final Set<String> CHANGES = Set.of("update", "delete", "retract", "modifyRetract", "modifyInsert");

    private FiringOrder() {
    }

    /** Gives each rule a salience by its layer: rules that make what others read come first. Before any session exists. */
    static void apply(KieBase kieBase) {
        List<RuleImpl> rules = new ArrayList<>();
        Map<String, List<ClassNode>> classes = new HashMap<>();
        for (KiePackage kiePackage : kieBase.getKiePackages()) {
            kiePackage.getRules().forEach(rule -> rules.add((RuleImpl) rule));
            classes.putAll(BytecodeCheck.classesByRule(kiePackage));
        }
        if (rules.stream().anyMatch(rule -> rule.getSalience().isDynamic() || rule.getSalience().getValue() != 0)) {
            return;
        }
        rules.sort(Comparator.comparing(RuleImpl::getName));
        List<Set<Class<?>>> reads = new ArrayList<>();
        List<Set<Class<?>>> makes = new ArrayList<>();
        for (RuleImpl rule : rules) {
            Set<Class<?>> read = new LinkedHashSet<>();
            readsOf(rule.getLhs(), read);
            reads.add(read);
            makes.add(makes(classes.getOrDefault(rule.getName(), List.of()), read));
        }
        int[] layer = layers(reads, makes);
        int top = java.util.Arrays.stream(layer).max().orElse(0);
        for (int i = 0; i < rules.size(); i++) {
            rules.get(i).setSalience(new SalienceInteger(top - layer[i]));
        }
    }

    /** The fact classes a rule's conditions name, in nested patterns, accumulates, not, exists and forall alike. */
    private static void readsOf(RuleConditionElement element, Set<Class<?>> into) {
        if (element instanceof Pattern pattern && pattern.getObjectType() instanceof ClassObjectType type
                && type.getClassType().getName().startsWith("readiness.")) {
            into.add(type.getClassType());
        }
        for (RuleConditionElement nested : element.getNestedElements()) {
            readsOf(nested, into);
        }
    }

    /**
     * The fact classes a consequence can make: those it constructs and those its static factories return
     * ({@code Gap.years(...)}). One that updates or deletes may change anything it read.
     */
    private static Set<Class<?>> makes(List<ClassNode> nodes, Set<Class<?>> read) {
        Set<Class<?>> made = new LinkedHashSet<>();
        for (ClassNode node : nodes) {
            for (MethodNode method : node.methods) {
                for (AbstractInsnNode insn : method.instructions) {
                    if (insn instanceof TypeInsnNode type && type.getOpcode() == Opcodes.NEW) {
                        fact(type.desc).ifPresent(made::add);
                    } else if (insn instanceof MethodInsnNode call && call.getOpcode() == Opcodes.INVOKESTATIC
                            && call.owner.startsWith(FACTS)) {
                        Type returned = Type.getReturnType(call.desc);
                        if (returned.getSort() == Type.OBJECT) {
                            fact(returned.getInternalName()).ifPresent(made::add);
                        }
                    } else if (insn instanceof MethodInsnNode call && call.owner.equals(KNOWLEDGE_HELPER)
                            && CHANGES.contains(call.name)) {
                        made.addAll(read);
                    }
                }
            }
        }
        return made;
    }

    private static java.util.Optional<Class<?>> fact(String internalName) {
        if (!internalName.startsWith(FACTS)) {
            return java.util.Optional.empty();
        }
        try {
            return java.util.Optional.of(Class.forName(internalName.replace('/', '.'), false, FiringOrder.class.getClassLoader()));
        } catch (ClassNotFoundException e) {
            return java.util.Optional.empty();
        }
    }

    /**
     * Each rule's layer: 0 for a rule nothing feeds, else one more than the deepest rule that makes what it reads. Rules
     * that feed each other (a rung reached needs the rungs below reached) share a layer.
     */
    private static int[] layers(List<Set<Class<?>>> reads, List<Set<Class<?>>> makes) {
        int n = reads.size();
        List<List<Integer>> feeds = new ArrayList<>();
        for (int a = 0; a < n; a++) {
            List<Integer> fed = new ArrayList<>();
            for (int b = 0; b < n; b++) {
                if (overlap(makes.get(a), reads.get(b))) {
                    fed.add(b);
                }
            }
            feeds.add(fed);
        }
        int[] component = Components.of(feeds);
        int count = java.util.Arrays.stream(component).max().orElse(-1) + 1;
        // Tarjan numbers components in reverse topological order: a component feeds only components numbered lower.
        int[] depth = new int[count];
        for (int c = count - 1; c >= 0; c--) {
            for (int a = 0; a < n; a++) {
                if (component[a] != c) {
                    continue;
                }
                for (int b : feeds.get(a)) {
                    if (component[b] != c) {
                        depth[component[b]] = Math.max(depth[component[b]], depth[c] + 1);
                    }
                }
            }
        }
        int[] layer = new int[n];
        for (int a = 0; a < n; a++) {
            layer[a] = depth[component[a]];
        }
        return layer;
    }

    private static boolean overlap(Set<Class<?>> made, Set<Class<?>> read) {
        for (Class<?> m : made) {
            for (Class<?> r : read) {
                if (r.isAssignableFrom(m) || m.isAssignableFrom(r)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Strongly connected components (Tarjan), numbered so that every edge goes to an equal or lower number. */
    private static final class Components {
        private final List<List<Integer>> edges;
        private final int[] index;
        private final int[] low;
        private final boolean[] onStack;
        private final int[] component;
        private final Deque<Integer> stack = new ArrayDeque<>();
        private int next;
        private int count;

        private Components(List<List<Integer>> edges) {
            int n = edges.size();
            this.edges = edges;
            this.index = new int[n];
            this.low = new int[n];
            this.onStack = new boolean[n];
            this.component = new int[n];
            java.util.Arrays.fill(index, -1);
        }

        static int[] of(List<List<Integer>> edges) {
            Components c = new Components(edges);
            for (int v = 0; v < edges.size(); v++) {
                if (c.index[v] < 0) {
                    c.visit(v);
                }
            }
            return c.component;
        }

        private void visit(int v) {
            index[v] = low[v] = next++;
            stack.push(v);
            onStack[v] = true;
            for (int w : edges.get(v)) {
                if (index[w] < 0) {
                    visit(w);
                    low[v] = Math.min(low[v], low[w]);
                } else if (onStack[w]) {
                    low[v] = Math.min(low[v], index[w]);
                }
            }
            if (low[v] == index[v]) {
                int w;
                do {
                    w = stack.pop();
                    onStack[w] = false;
                    component[w] = count;
                } while (w != v);
                count++;
            }
        }
    }
}
