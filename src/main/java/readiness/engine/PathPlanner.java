package readiness.engine;

import readiness.facts.Action;
import readiness.facts.NextStep;
import readiness.facts.Requirement;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Turns one role's next steps, as the rules inserted them, into a plan: one step per action (steps with the
 * same key merge, listing every requirement they close), the steps each needs first, and the critical path.
 *
 * <p>What an action needs first is a credential class ("bachelors"); a class the candidate holds or is
 * working on is never planned again, and a class another planned step gives (a BSN gives "bachelors") is
 * taken from that step. A class nobody gives is planned from the catalog: the quickest action that gives it,
 * then the one giving most of what is still missing, then the first declared. Steps that do not depend on
 * each other run in parallel (experience accrues while you study), so the time to ready is, over the
 * required gaps, the latest of the earliest finish of a step closing each.
 */
final class PathPlanner {
    /** Among steps free to start: by rank, then the job search in its order and others quickest first, then by label. */
    private static final Comparator<Node> FREE_TO_START = Comparator.comparingInt(PathPlanner::rank)
            .thenComparingInt((Node n) -> n.first.getKind().equals(NextStep.JOB_SEARCH) ? n.first.getJobSearchOrder() : n.first.getMonthsMax())
            .thenComparing(n -> n.first.getLabel());
    private static final Comparator<NextStep> STEP_ORDER = Comparator.comparing(NextStep::getKind).thenComparing(NextStep::getKey)
            .thenComparing(NextStep::getLabel).thenComparing(NextStep::getAction);
    /** Among steps closing the same requirement: the soonest to finish at the latest, then at the earliest, then by key. */
    private static final Comparator<Node> SOONEST = Comparator.comparingInt((Node n) -> n.finishMax).thenComparingInt(n -> n.finishMin)
            .thenComparing(n -> n.first.getKey());

    private final Map<String, Node> nodes = new LinkedHashMap<>();
    private final Map<String, Action> catalog;
    private final Set<String> held;
    /** Each action's place in the catalog, for the last tie-break; made only by a plan that needs it. */
    private Map<String, Integer> declared;
    private final List<Requirement> requiredGaps;
    /** The classes of each credential the candidate holds but cannot count yet, by profile path. */
    private final Map<String, Set<String>> classesByPath;
    private final List<readiness.facts.Credential> inProgress;

    private final class Node {
        final NextStep first;
        final Set<String> closes = new TreeSet<>();
        final List<Node> prerequisites = new ArrayList<>();
        /** What the step gives and what it needs first: fixed once the step exists, and read in every pass below. */
        final Set<String> grants;
        final List<String> needs;
        boolean requiredPath;
        int finishMin = -1;
        int finishMax = -1;
        int order;

        Node(NextStep first) {
            this.first = first;
            this.grants = grantsOf(first);
            this.needs = needsOf(first);
        }

        boolean closesGaps() {
            return !NextStep.RENEWAL.equals(first.getKind()) && !first.isUncertain();
        }
    }

    /**
     * @param catalog every action, in declaration order
     * @param held the credential classes the candidate holds and can count now
     * @param classesByPath the classes of each credential held but not counted yet (in progress, lapsed, revoked):
     *                      a step that completes or restores it gives them
     * @param inProgress work in progress: a class it will give is completed, never planned again
     * @param gaps the role's qualification gaps: a step giving a class one of them accepts closes it too
     * @param requiredGaps the role's required gaps, which decide the time to ready and the required path
     */
    PathPlanner(List<NextStep> steps, Map<String, Action> catalog, Set<String> held, Map<String, Set<String>> classesByPath,
                List<readiness.facts.Credential> inProgress, List<Requirement> gaps, List<Requirement> requiredGaps) {
        this.catalog = catalog;
        this.held = held;
        this.classesByPath = classesByPath;
        this.inProgress = inProgress;
        this.requiredGaps = requiredGaps;
        List<NextStep> sorted = new ArrayList<>(steps);
        sorted.sort(STEP_ORDER);
        for (NextStep step : sorted) {
            Node node = nodes.get(step.getKey());
            if (node == null) {
                node = new Node(step);
                nodes.put(step.getKey(), node);
            }
            if (step.getCloses() != null) {
                node.closes.add(step.getCloses().getId());
            }
        }
        resolveMissing();
        for (Node node : nodes.values()) {
            extendCloses(node, gaps);
        }
        pruneRedundant();
        link();
        closeOnce();
        for (Node node : nodes.values()) {
            finish(node);
        }
        for (Requirement required : requiredGaps) {
            Node closing = soonest(required.getId(), false);
            if (closing != null) {
                markRequiredPath(closing);
            }
        }
    }

    /** What a step gives: its catalog action's classes, and the classes of the credential it completes or restores. */
    private Set<String> grantsOf(NextStep step) {
        Set<String> grants = new HashSet<>(step.getGrants());
        String path = step.getCredentialPath();
        if (path != null && classesByPath.containsKey(path)) {
            grants.addAll(classesByPath.get(path));
        }
        return grants;
    }

    /** A catalog step that gives a class a gap accepts closes that gap too (a BSN is a health-related bachelor's). */
    private static void extendCloses(Node node, List<Requirement> gaps) {
        String kind = node.first.getKind();
        if (!(kind.equals(NextStep.CLOSE) || kind.equals(NextStep.PREREQUISITE)) || node.first.getKey().startsWith("complete:")
                || node.first.isUncertain()) {
            return;
        }
        for (Requirement gap : gaps) {
            for (String granted : node.first.getGrants()) {
                if (gap.getAccepts().contains(granted)) {
                    node.closes.add(gap.getId());
                    break;
                }
            }
        }
    }

    /** Held, or given by another planned step. */
    private boolean provided(String credentialClass, Node except) {
        if (held.contains(credentialClass)) {
            return true;
        }
        for (Node n : nodes.values()) {
            if (n != except && n.grants.contains(credentialClass)) {
                return true;
            }
        }
        return false;
    }

    /** Held, or given by another step that does not itself start from a planned step (a bridge waits on its start). */
    private boolean providedOtherwise(String credentialClass, Node except) {
        if (held.contains(credentialClass)) {
            return true;
        }
        for (Node n : nodes.values()) {
            if (n != except && n.grants.contains(credentialClass) && !plannedBridge(n)) {
                return true;
            }
        }
        return false;
    }

    /** A bridge from something the candidate does not hold yet but another step gives. */
    private boolean plannedBridge(Node node) {
        return !node.first.getCatalogAction().getBridgeFrom().stream().allMatch(held::contains);
    }

    /** Classes some step needs first that nobody holds or gives, in a fixed order. */
    private Set<String> missing() {
        Set<String> missing = new TreeSet<>();
        for (Node node : nodes.values()) {
            for (String needed : node.first.getRequires()) {
                if (!provided(needed, node)) {
                    missing.add(needed);
                }
            }
        }
        return missing;
    }

    /**
     * Plans a step for each missing class: work in progress that gives it is completed first; otherwise classes with a
     * single way first, so later choices see every need.
     */
    private void resolveMissing() {
        for (Set<String> missing = missing(); !missing.isEmpty(); missing = missing()) {
            Set<String> stillNeeded = missing;
            readiness.facts.Credential working = inProgress.stream()
                    .filter(c -> !nodes.containsKey("complete:" + c.getPath())
                            && classesByPath.getOrDefault(c.getPath(), Set.of()).stream().anyMatch(stillNeeded::contains))
                    .findFirst().orElse(null);
            if (working != null) {
                Set<String> gives = classesByPath.get(working.getPath());
                Action stand = catalog.values().stream().filter(a -> a.getGrants().stream().anyMatch(gives::contains)).findFirst()
                        .orElse(new Action("complete", "Complete the work in progress", -1));
                NextStep step = NextStep.completeFirst(nodes.values().iterator().next().first.getRole(), working, stand);
                nodes.put(step.getKey(), new Node(step));
                continue;
            }
            Action chosen = null;
            for (String needed : missing) {
                List<Action> ways = ways(needed);
                if (ways.size() == 1) {
                    chosen = ways.get(0);
                    break;
                }
            }
            if (chosen == null) {
                Set<String> stillMissing = missing;
                chosen = missing.stream().flatMap(c -> ways(c).stream()).distinct()
                        .min(Comparator.comparingInt((Action a) -> a.getMonthsMax() == null ? 0 : a.getMonthsMax())
                                .thenComparingLong(a -> -a.getGrants().stream().filter(stillMissing::contains).count())
                                .thenComparingInt(a -> declaredIndex(a.getId())))
                        .orElse(null);
            }
            if (chosen == null) {
                return; // nothing in the catalog gives what is missing: the steps that need it cannot start
            }
            NextStep step = NextStep.prerequisite(nodes.values().iterator().next().first.getRole(), chosen);
            nodes.put(step.getKey(), new Node(step));
        }
    }

    private int declaredIndex(String actionId) {
        if (declared == null) {
            declared = new java.util.HashMap<>();
            for (String id : catalog.keySet()) {
                declared.put(id, declared.size());
            }
        }
        return declared.getOrDefault(actionId, Integer.MAX_VALUE);
    }

    /**
     * The catalog actions that give a class and are open to this candidate: a bridge only from what they hold,
     * or will hold by a planned step that does not wait on what the bridge itself gives (an LPN's RN license,
     * then RN-to-BSN; never RN-to-BSN as the nursing degree that the RN license needs).
     */
    private List<Action> ways(String credentialClass) {
        return catalog.values().stream()
                .filter(a -> a.getGrants().contains(credentialClass) && !nodes.containsKey(a.getId()))
                .filter(a -> a.getBridgeFrom().stream().allMatch(from -> held.contains(from) || nodes.values().stream()
                        .anyMatch(n -> n.grants.contains(from) && !waitsOn(n, a.getGrants(), new HashSet<>()))))
                .toList();
    }

    /** Whether a step waits, directly or through the steps giving what it needs, on a still missing class among these. */
    private boolean waitsOn(Node node, List<String> classes, Set<Node> seen) {
        if (!seen.add(node)) {
            return false;
        }
        for (String needed : node.needs) {
            List<Node> givers = givers(needed, node);
            if (givers.isEmpty() ? classes.contains(needed) : givers.stream().anyMatch(g -> waitsOn(g, classes, seen))) {
                return true;
            }
        }
        return false;
    }

    /** The other planned steps that give a class. */
    private List<Node> givers(String credentialClass, Node except) {
        List<Node> givers = new ArrayList<>(2);
        for (Node g : nodes.values()) {
            if (g != except && g.grants.contains(credentialClass)) {
                givers.add(g);
            }
        }
        return givers;
    }

    /** What a step needs first that the candidate does not hold: its prerequisites and what a bridge starts from. */
    private List<String> needsOf(NextStep step) {
        List<String> needs = new ArrayList<>(2);
        for (String needed : step.getRequires()) {
            if (!held.contains(needed)) {
                needs.add(needed);
            }
        }
        for (String from : step.getCatalogAction().getBridgeFrom()) {
            if (!held.contains(from)) {
                needs.add(from);
            }
        }
        return needs;
    }

    /**
     * Drops a step whose every closed requirement another step closes, when nothing else needs it and the
     * other does not need it first: one step where one does the job.
     */
    private void pruneRedundant() {
        boolean changed = true;
        while (changed) {
            changed = false;
            for (Node node : List.copyOf(nodes.values())) {
                if (!node.first.getKind().equals(NextStep.CLOSE) && !node.first.getKind().equals(NextStep.PREREQUISITE)) {
                    continue;
                }
                if (node.closesGaps() && covered(node) && !needed(node)) {
                    nodes.values().removeIf(n -> n == node);
                    changed = true;
                }
            }
        }
    }

    /**
     * Another step that counts closes every requirement this one closes, does not need this one first, and is done no
     * later, or closes more besides when this one closes no required gap. A slower step never replaces a quicker one on
     * the way to ready: a certification on the BSN route is not dropped for a master's.
     */
    private boolean covered(Node node) {
        if (node.closes.isEmpty()) {
            return node.first.getKind().equals(NextStep.PREREQUISITE);
        }
        for (Node other : nodes.values()) {
            if (other != node && other.closesGaps() && other.closes.containsAll(node.closes) && !needs(other, node)
                    && (doneBy(other, new HashSet<>()) <= doneBy(node, new HashSet<>())
                        || !closesRequired(node) && other.closes.size() > node.closes.size())) {
                return true;
            }
        }
        return false;
    }

    private boolean closesRequired(Node node) {
        for (Requirement required : requiredGaps) {
            if (node.closes.contains(required.getId())) {
                return true;
            }
        }
        return false;
    }

    /** The most months a step takes, after the quickest way to what it needs first (before the steps are linked). */
    private int doneBy(Node node, Set<Node> seen) {
        if (!seen.add(node)) {
            return 0;
        }
        int start = 0;
        for (String needed : node.needs) {
            int quickest = Integer.MAX_VALUE;
            for (Node giver : givers(needed, node)) {
                quickest = Math.min(quickest, doneBy(giver, new HashSet<>(seen)));
            }
            if (quickest != Integer.MAX_VALUE) {
                start = Math.max(start, quickest);
            }
        }
        return start + node.first.getMonthsMax();
    }

    /** Another step needs a class this one gives and nothing else gives. */
    private boolean needed(Node node) {
        for (Node other : nodes.values()) {
            if (other == node) {
                continue;
            }
            for (String c : other.needs) {
                if (node.grants.contains(c) && !providedOtherwise(c, node)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Whether step a needs what step b alone gives, directly or through its own needs. */
    private boolean needs(Node a, Node b) {
        Set<Node> seen = new HashSet<>();
        List<Node> pending = new ArrayList<>(List.of(a));
        while (!pending.isEmpty()) {
            Node n = pending.remove(pending.size() - 1);
            if (!seen.add(n)) {
                continue;
            }
            for (String c : n.first.getRequires()) {
                if (held.contains(c)) {
                    continue;
                }
                List<Node> givers = givers(c, n);
                if (givers.size() == 1 && givers.get(0) == b) {
                    return true;
                }
                pending.addAll(givers);
            }
        }
        return false;
    }

    /** Each step waits for the quickest step giving each class it needs that the candidate does not hold. */
    private void link() {
        Comparator<Node> quickest = Comparator.comparing(this::plannedBridge).thenComparingInt((Node g) -> g.first.getMonthsMax())
                .thenComparing(g -> g.first.getKey());
        for (Node node : nodes.values()) {
            for (String needed : node.needs) {
                Node best = null;
                for (Node g : nodes.values()) {
                    if (g != node && g.grants.contains(needed) && !dependsOn(g, node) && (best == null || quickest.compare(g, best) < 0)) {
                        best = g;
                    }
                }
                if (best != null && !node.prerequisites.contains(best)) {
                    node.prerequisites.add(best);
                }
            }
        }
    }

    /**
     * A requirement is listed only on the first step that closes it along a chain: a master's after an RN-to-BSN
     * bridge that already meets the BSN route closes nothing more, and is dropped when nothing needs it.
     */
    private void closeOnce() {
        for (Node node : nodes.values()) {
            node.closes.removeIf(id -> closedBefore(node, id));
        }
        for (Node node : List.copyOf(nodes.values())) {
            if (node.first.getKind().equals(NextStep.CLOSE) && node.closes.isEmpty() && !prerequisiteOfAnother(node)) {
                nodes.values().removeIf(n -> n == node);
            }
        }
    }

    private boolean prerequisiteOfAnother(Node node) {
        for (Node other : nodes.values()) {
            if (other.prerequisites.contains(node)) {
                return true;
            }
        }
        return false;
    }

    private static boolean closedBefore(Node node, String requirementId) {
        for (Node p : node.prerequisites) {
            if ((p.closes.contains(requirementId) && p.closesGaps()) || closedBefore(p, requirementId)) {
                return true;
            }
        }
        return false;
    }

    private static boolean dependsOn(Node a, Node b) {
        if (a == b) {
            return true;
        }
        for (Node p : a.prerequisites) {
            if (dependsOn(p, b)) {
                return true;
            }
        }
        return false;
    }

    private static void finish(Node node) {
        if (node.finishMin >= 0) {
            return;
        }
        node.finishMin = 0;
        int startMin = 0;
        int startMax = 0;
        for (Node prerequisite : node.prerequisites) {
            finish(prerequisite);
            startMin = Math.max(startMin, prerequisite.finishMin);
            startMax = Math.max(startMax, prerequisite.finishMax);
        }
        node.finishMin = startMin + node.first.getMonthsMin();
        node.finishMax = startMax + node.first.getMonthsMax();
    }

    /** The step that closes a requirement soonest (among those that count, or any), or null when none does. */
    private Node soonest(String requirementId, boolean countable) {
        Node best = null;
        for (Node n : nodes.values()) {
            if ((countable ? n.closesGaps() : !NextStep.RENEWAL.equals(n.first.getKind())) && n.closes.contains(requirementId)
                    && (best == null || SOONEST.compare(n, best) < 0)) {
                best = n;
            }
        }
        return best;
    }

    /**
     * Months until every required gap is closed, {min, max}: the latest of the soonest closing of each. A step whose
     * outcome is uncertain (a revoked license) counts here for its time, though it never makes the role closable.
     */
    int[] monthsToReady() {
        int min = 0;
        int max = 0;
        for (Requirement requirement : requiredGaps) {
            Node node = soonest(requirement.getId(), false);
            if (node != null) {
                min = Math.max(min, node.finishMin);
                max = Math.max(max, node.finishMax);
            }
        }
        return new int[] {min, max};
    }

    /** Every required gap has a step that closes it, and none of those is a step whose outcome is uncertain. */
    boolean closesEveryRequiredGap() {
        for (Requirement required : requiredGaps) {
            if (soonest(required.getId(), true) == null) {
                return false;
            }
        }
        return true;
    }

    private static void markRequiredPath(Node node) {
        if (!node.requiredPath) {
            node.requiredPath = true;
            node.prerequisites.forEach(PathPlanner::markRequiredPath);
        }
    }

    /** Prerequisites first; among steps free to start: urgent renewals, renewals, the required path, the job search, the rest. */
    List<PlannedStep> ordered() {
        List<Node> remaining = new ArrayList<>(nodes.values());
        List<Node> placed = new ArrayList<>();
        while (!remaining.isEmpty()) {
            Node next = null;
            for (Node n : remaining) {
                if (placed.containsAll(n.prerequisites) && (next == null || FREE_TO_START.compare(n, next) < 0)) {
                    next = n;
                }
            }
            if (next == null) {
                next = remaining.get(0);
            }
            remaining.remove(next);
            placed.add(next);
            next.order = placed.size();
        }
        List<PlannedStep> steps = new ArrayList<>(placed.size());
        for (Node node : placed) {
            NextStep step = node.first;
            List<Integer> after = new ArrayList<>(node.prerequisites.size());
            for (Node prerequisite : node.prerequisites) {
                after.add(prerequisite.order);
            }
            after.sort(null);
            // A step whose requirements an earlier step already closes stays only because another needs it first.
            String kind = step.getKind().equals(NextStep.CLOSE) && node.closes.isEmpty() ? NextStep.PREREQUISITE : step.getKind();
            steps.add(new PlannedStep(node.order, step.getAction(), step.getLabel(), kind, List.copyOf(node.closes),
                    List.copyOf(after), step.getMonthsMin(), step.getMonthsMax(), step.getCostMin(), step.getCostMax(), step.isEstimate(),
                    step.isUrgent(), step.getSource()));
        }
        return steps;
    }

    private static int rank(Node node) {
        String kind = node.first.getKind();
        if (kind.equals(NextStep.RENEWAL)) {
            return node.first.isUrgent() ? 0 : 1;
        }
        if (node.requiredPath) {
            return 2;
        }
        return kind.equals(NextStep.JOB_SEARCH) ? 3 : 4;
    }
}
