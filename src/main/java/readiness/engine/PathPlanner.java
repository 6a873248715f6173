package readiness.engine;

import readiness.facts.Action;
import readiness.facts.NextStep;
import readiness.facts.Requirement;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Orders one role's next steps by their prerequisites and finds the critical path: steps that do not
 * depend on each other run in parallel (experience accrues while you study), so time to ready is the
 * longest chain of prerequisites among the steps that close required gaps, not the sum of all steps.
 */
final class PathPlanner {
    private final Map<String, Node> nodes = new LinkedHashMap<>();

    private static final class Node {
        final NextStep first;
        final Set<String> closes = new TreeSet<>();
        final List<Node> prerequisites = new ArrayList<>();
        boolean closesRequired;
        boolean onRequiredPath;
        int finishMin = -1;
        int finishMax = -1;
        int order;

        Node(NextStep first) {
            this.first = first;
        }
    }

    /**
     * @param catalog every action, for the prerequisites of the steps
     * @param held the qualification classes the candidate holds or is working on: a prerequisite
     *             whose action grants one of them is already done
     */
    PathPlanner(List<NextStep> steps, Map<String, Action> catalog, Set<String> held) {
        List<NextStep> sorted = new ArrayList<>(steps);
        sorted.sort(Comparator.comparing(NextStep::getKind).thenComparing(NextStep::getAction).thenComparing(NextStep::getLabel));
        for (NextStep step : sorted) {
            // A prerequisite that is also a gap's own step is one step; sorting puts the "close" kind first.
            Node node = nodes.computeIfAbsent(step.getAction() + "|" + step.getLabel(), k -> new Node(step));
            Requirement closes = step.getCloses();
            if (closes != null) {
                node.closes.add(closes.getId());
                node.closesRequired |= closes.isRequired() && !NextStep.RENEWAL.equals(step.getKind());
            }
        }
        addMissingPrerequisites(catalog, held);
        for (Node node : nodes.values()) {
            for (String prerequisite : node.first.getPrerequisites()) {
                nodes.values().stream()
                        .filter(other -> other != node && other.first.getAction().equals(prerequisite))
                        .forEach(node.prerequisites::add);
            }
        }
        nodes.values().stream().filter(n -> n.closesRequired).forEach(PathPlanner::markRequiredPath);
        nodes.values().forEach(PathPlanner::finish);
    }

    /** Adds a step for each prerequisite not done and not already a step, and theirs in turn. */
    private void addMissingPrerequisites(Map<String, Action> catalog, Set<String> held) {
        java.util.Deque<Node> pending = new java.util.ArrayDeque<>(nodes.values());
        while (!pending.isEmpty()) {
            Node node = pending.pop();
            for (String id : node.first.getPrerequisites()) {
                Action action = catalog.get(id);
                boolean present = nodes.values().stream().anyMatch(n -> n.first.getAction().equals(id));
                if (action == null || present || (action.getGrants() != null && held.contains(action.getGrants()))) {
                    continue;
                }
                NextStep step = NextStep.prerequisite(node.first.getRole(), action);
                Node added = new Node(step);
                nodes.put(step.getAction() + "|" + step.getLabel(), added);
                pending.push(added);
            }
        }
    }

    private static void markRequiredPath(Node node) {
        if (!node.onRequiredPath) {
            node.onRequiredPath = true;
            node.prerequisites.forEach(PathPlanner::markRequiredPath);
        }
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

    /** Months to close every required gap, along the critical path: {min, max}. */
    int[] monthsToReady() {
        int min = 0;
        int max = 0;
        for (Node node : nodes.values()) {
            if (node.onRequiredPath) {
                min = Math.max(min, node.finishMin);
                max = Math.max(max, node.finishMax);
            }
        }
        return new int[] {min, max};
    }

    /** Every required requirement in the list has a step that closes it. */
    boolean closes(List<Requirement> requiredGaps) {
        return requiredGaps.stream().allMatch(this::closedContains);
    }

    private boolean closedContains(Requirement requirement) {
        return nodes.values().stream().anyMatch(n -> n.closes.contains(requirement.getId())
                && !NextStep.RENEWAL.equals(n.first.getKind()));
    }

    /** Prerequisites first; among steps free to start: renewals, the required path, the job search, then the rest. */
    List<PlannedStep> ordered() {
        List<Node> remaining = new ArrayList<>(nodes.values());
        List<Node> placed = new ArrayList<>();
        while (!remaining.isEmpty()) {
            Node next = remaining.stream()
                    .filter(n -> placed.containsAll(n.prerequisites))
                    .min(Comparator.comparingInt(PathPlanner::rank)
                            .thenComparingInt(n -> n.first.getKind().equals(NextStep.JOB_SEARCH) ? n.first.getJobSearchOrder() : n.first.getMonthsMax())
                            .thenComparing(n -> n.first.getLabel()))
                    .orElse(remaining.get(0));
            remaining.remove(next);
            placed.add(next);
            next.order = placed.size();
        }
        List<PlannedStep> steps = new ArrayList<>();
        for (Node node : placed) {
            NextStep step = node.first;
            List<Integer> after = node.prerequisites.stream().map(p -> p.order).sorted().toList();
            steps.add(new PlannedStep(node.order, step.getAction(), step.getLabel(), step.getKind(), List.copyOf(node.closes),
                    after, step.getMonthsMin(), step.getMonthsMax(), step.getCostMin(), step.getCostMax(), step.isEstimate(),
                    step.getSource()));
        }
        return steps;
    }

    private static int rank(Node node) {
        String kind = node.first.getKind();
        if (kind.equals(NextStep.RENEWAL)) {
            return 0;
        }
        if (node.onRequiredPath) {
            return 1;
        }
        return kind.equals(NextStep.JOB_SEARCH) ? 2 : 3;
    }
}
