package readiness.html;

import readiness.facts.Role;
import readiness.facts.Rung;
import readiness.report.Formats;
import readiness.report.Report;
import readiness.report.RoleDocs;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * A report laid out for HTML: per role the card's figures, the career ladder with the candidate's
 * rung marked, gaps required before preferred, and the next steps placed on a months axis
 * (each step starts when its prerequisites end; the chain that decides months to ready is marked).
 */
public record ReportView(Report report, List<RoleCard> roles) {

    public record RoleCard(Report.RoleReport role, String verdictLabel, String verdictClass, int scorePercent, String months,
                           String readyBy, List<LadderRung> ladder, List<Report.GapItem> gaps, List<TimelineStep> steps,
                           int axisMonths, List<Integer> ticks, String levelNote) {
    }

    /** reached: the candidate has climbed it; current: the highest rung climbed. */
    /** conditions: how each of the rung's conditions stands for this candidate, "met: ..." or "not met: ...". */
    public record LadderRung(int order, String title, String salary, boolean reached, boolean current, List<String> conditions) {
    }

    /** A step with its place on the timeline, in months from the report's date. */
    public record TimelineStep(Report.StepItem step, String facts, int start, int end, boolean critical, boolean required) {
        /** The steps to do first, in words: "steps 1 and 2". */
        public String after() {
            return Formats.steps(step.after());
        }
    }

    public static ReportView of(Report report, List<Role> definitions) {
        Map<String, Role> byId = new HashMap<>();
        definitions.forEach(r -> byId.put(r.getId(), r));
        List<RoleCard> cards = new ArrayList<>();
        for (Report.RoleReport role : report.roles()) {
            cards.add(card(report, role, byId.get(role.role())));
        }
        return new ReportView(report, cards);
    }

    private static RoleCard card(Report report, Report.RoleReport role, Role definition) {
        List<Report.GapItem> gaps = role.gaps().stream()
                .sorted(Comparator.comparing((Report.GapItem g) -> !g.severity().equals("required"))).toList();
        List<TimelineStep> steps = timeline(role);
        int axis = Math.max(1, steps.stream().mapToInt(TimelineStep::end).max().orElse(1));
        return new RoleCard(role, Formats.verdict(role.verdict()), role.verdict().toLowerCase(Locale.ROOT).replace('_', '-'),
                (int) Math.round(role.score() * 100), Formats.readyIn(role),
                LocalDate.parse(report.asOf()).plusMonths(role.monthsToReady().max()).toString().substring(0, 7),
                ladder(role, definition), gaps, steps, axis, ticks(axis), Formats.readyBelowOwnRung(role));
    }

    private static List<LadderRung> ladder(Report.RoleReport role, Role definition) {
        if (definition == null) {
            return List.of();
        }
        int reached = definition.getRungs().stream().filter(r -> r.getId().equals(role.level()))
                .mapToInt(Rung::getOrder).findFirst().orElse(0);
        return definition.getRungs().stream().sorted(Comparator.comparingInt(Rung::getOrder))
                .map(r -> new LadderRung(r.getOrder(), r.getTitle(), RoleDocs.salary(r), r.getOrder() <= reached, r.getOrder() == reached,
                        conditions(role, r.getOrder())))
                .toList();
    }

    private static List<String> conditions(Report.RoleReport role, int order) {
        return role.ladder().stream().filter(rung -> rung.order() == order).flatMap(rung -> rung.conditions().stream())
                .map(c -> (c.met() ? "met: " : "not met: ") + (c.requirement() == null ? "ready for the role" : c.need()) + ": " + c.detail())
                .toList();
    }

    /**
     * Steps start when the last of their prerequisites ends. A required gap is closed by its soonest step, as the plan's
     * months to ready count it; the latest of those, with the chain before it, is critical. A slower alternative closing
     * the same gap (a master's beside the BSN route's certification) is neither.
     */
    static List<TimelineStep> timeline(Report.RoleReport role) {
        Map<Integer, Report.StepItem> byOrder = new HashMap<>();
        role.nextSteps().forEach(s -> byOrder.put(s.order(), s));
        Map<Integer, Integer> start = new HashMap<>();
        Map<Integer, Integer> end = new HashMap<>();
        for (Report.StepItem step : role.nextSteps()) {
            place(step, byOrder, start, end);
        }
        Set<Integer> closers = new HashSet<>();
        role.gaps().stream().filter(g -> g.severity().equals("required"))
                .forEach(g -> role.nextSteps().stream().filter(s -> s.closes().contains(g.requirement()))
                        .min(Comparator.comparingInt((Report.StepItem s) -> end.get(s.order())))
                        .ifPresent(soonest -> closers.add(soonest.order())));
        Set<Integer> onRequiredPath = new HashSet<>();
        closers.forEach(order -> addWithPrerequisites(byOrder.get(order), byOrder, onRequiredPath));
        Set<Integer> critical = new HashSet<>();
        Report.StepItem last = role.nextSteps().stream().filter(s -> closers.contains(s.order()))
                .max(Comparator.comparingInt((Report.StepItem s) -> end.get(s.order()))).orElse(null);
        while (last != null) {
            critical.add(last.order());
            int from = start.get(last.order());
            last = last.after().stream().map(byOrder::get).filter(p -> p != null && end.get(p.order()) == from)
                    .findFirst().orElse(null);
        }
        return role.nextSteps().stream().map(s -> new TimelineStep(s, stepFacts(s), start.get(s.order()), end.get(s.order()),
                critical.contains(s.order()), onRequiredPath.contains(s.order()))).toList();
    }

    private static int place(Report.StepItem step, Map<Integer, Report.StepItem> byOrder, Map<Integer, Integer> start,
                             Map<Integer, Integer> end) {
        Integer known = end.get(step.order());
        if (known != null) {
            return known;
        }
        end.put(step.order(), 0); // a cycle (never produced by the planner) must not recurse forever
        int begins = 0;
        for (int prerequisite : step.after()) {
            Report.StepItem before = byOrder.get(prerequisite);
            if (before != null) {
                begins = Math.max(begins, place(before, byOrder, start, end));
            }
        }
        start.put(step.order(), begins);
        end.put(step.order(), begins + step.months().max());
        return begins + step.months().max();
    }

    private static void addWithPrerequisites(Report.StepItem step, Map<Integer, Report.StepItem> byOrder, Set<Integer> into) {
        if (step != null && into.add(step.order())) {
            step.after().forEach(order -> addWithPrerequisites(byOrder.get(order), byOrder, into));
        }
    }

    private static String stepFacts(Report.StepItem step) {
        return Formats.months(step.months()).replace("now", "under a month") + ", " + Formats.stepCost(step);
    }

    private static List<Integer> ticks(int axis) {
        int every = axis <= 12 ? 3 : axis <= 36 ? 6 : axis <= 72 ? 12 : 24;
        List<Integer> ticks = new ArrayList<>();
        for (int m = 0; m <= axis; m += every) {
            ticks.add(m);
        }
        return ticks;
    }
}
