package readiness.report;

import java.text.NumberFormat;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/** Small wording helpers shared by the text, Markdown and HTML reports. */
public final class Formats {
    private Formats() {
    }

    public static String verdict(String verdict) {
        return verdict.replace('_', ' ');
    }

    public static String months(Report.Range range) {
        if (range.max() == 0) {
            return "now";
        }
        String unit = range.max() == 1 ? " month" : " months";
        return range.min() == range.max() ? range.max() + unit : range.min() + "-" + range.max() + unit;
    }

    /**
     * The role's time to ready, after "Ready in": "0 months (ready now)" only for a ready role; a role with required gaps
     * left is "under a month" away at best.
     */
    public static String readyIn(Report.RoleReport role) {
        String months = months(role.monthsToReady());
        return months.replace("now", "READY".equals(role.verdict()) ? "0 months (ready now)" : "under a month");
    }

    public static String usd(Report.Range range) {
        NumberFormat format = NumberFormat.getIntegerInstance(Locale.US);
        if (range.max() == 0) {
            return "no cost";
        }
        return range.min() == range.max() ? "$" + format.format(range.max())
                : "$" + format.format(range.min()) + "-$" + format.format(range.max());
    }

    /**
     * "$2,000-$5,000 (estimate)"; work in progress (a source from the profile) costs what is left of it, which the
     * profile does not say: "cost not counted", never "no cost".
     */
    public static String stepCost(Report.StepItem step) {
        if (step.source().startsWith(readiness.facts.NextStep.FROM_PROFILE)) {
            return "cost not counted";
        }
        return usd(step.costUsd()) + (step.estimate() ? " (estimate)" : "");
    }

    static String usd(int amount) {
        return "$" + NumberFormat.getIntegerInstance(Locale.US).format(amount);
    }

    public static String salary(Report.Salary salary) {
        if (salary == null) {
            return "";
        }
        if (salary.median() != null) {
            return "median salary " + usd(salary.median());
        }
        if (salary.average() != null) {
            return "average salary " + usd(salary.average());
        }
        if (salary.low() != null && salary.high() != null) {
            return "salary " + usd(salary.low()) + "-" + usd(salary.high());
        }
        if (salary.low() != null) {
            return "salary from " + usd(salary.low());
        }
        return salary.high() == null ? "" : "salary up to " + usd(salary.high());
    }

    /** "Assistant Clinical Services Director (median salary $80,000)"; no parentheses when the rung has no salary. */
    static String level(Report.RoleReport role) {
        String note = readyBelowOwnRung(role);
        String suffix = note == null ? "" : "; " + note;
        if (role.level() == null) {
            return "below the first rung of the ladder" + suffix;
        }
        String salary = salary(role.salary());
        return role.levelTitle() + (salary.isEmpty() ? "" : " (" + salary + ")") + suffix;
    }

    /**
     * Why a READY role sits below the rung of its own title, else null: the verdict weighs the role's requirements (an
     * advisor may waive one), the ladder also the time at the rungs below ("ready for the role; reaching its own rung,
     * Clinical Services Director, also takes: At least 2 years as Assistant Clinical Services Director or higher").
     */
    public static String readyBelowOwnRung(Report.RoleReport role) {
        if (!"READY".equals(role.verdict())) {
            return null;
        }
        List<String> asks = new java.util.ArrayList<>();
        for (Report.RungItem rung : role.ladder()) {
            if (!rung.reached()) {
                rung.conditions().stream().filter(c -> !c.met() && c.requirement() != null).forEach(c -> asks.add(c.need()));
            }
            if (rung.conditions().stream().anyMatch(c -> c.requirement() == null)) {
                return rung.reached() || asks.isEmpty() ? null
                        : "ready for the role; reaching its own rung, " + rung.title() + ", also takes: " + String.join("; ", asks);
            }
        }
        return null;
    }

    /** "ready for the role: no required gap" or "csd.ladder...: At least 2 years as ...: 1.5 of 2 years of ...". */
    static String condition(Report.ConditionItem condition) {
        String what = condition.requirement() == null ? "ready for the role" : condition.requirement() + " (" + condition.need() + ")";
        return what + ": " + condition.detail();
    }

    static String jobName(Report.PositionItem item) {
        return (item.title().isBlank() ? "(no title)" : item.title()) + " [" + item.kind() + "]";
    }

    /** The rungs a job holds by their titles on the report's ladders ("Assistant Clinical Services Director"), else their ids. */
    static String positions(Report.PositionItem item, Report report) {
        if (item.positions().isEmpty()) {
            return item.note();
        }
        java.util.Map<String, String> titles = new java.util.HashMap<>();
        report.roles().forEach(role -> role.ladder().forEach(rung -> titles.putIfAbsent(rung.level(), rung.title())));
        return item.positions().stream().map(id -> titles.getOrDefault(id, id)).collect(Collectors.joining(", "))
                + " (" + item.note() + ")";
    }

    static String score(double score) {
        return String.format(Locale.ROOT, "%.2f", score) + " (" + Math.round(score * 100) + "% of the weighted requirements)";
    }

    static String stepFacts(Report.StepItem step, List<Report.StepItem> plan) {
        StringBuilder text = new StringBuilder(months(step.months()).replace("now", "under a month"))
                .append(", ").append(stepCost(step));
        if (step.urgent()) {
            text.append(", URGENT");
        }
        if (!step.closes().isEmpty()) {
            text.append(", ").append(step.kind().equals("renewal") ? "keeps " : "closes ").append(closes(step, plan));
        }
        if (!step.after().isEmpty()) {
            text.append(", after ").append(steps(step.after()));
        }
        return text.toString();
    }

    /** "csd.education.masters (or step 1)", "(or step 1 or step 3)": ways to one gap read as either, not as all needed. */
    private static String closes(Report.StepItem step, List<Report.StepItem> plan) {
        List<String> parts = new java.util.ArrayList<>();
        for (String requirement : step.closes()) {
            List<Integer> others = step.kind().equals("renewal") ? List.of() : plan.stream()
                    .filter(other -> other != step && !other.kind().equals("renewal") && other.closes().contains(requirement))
                    .map(Report.StepItem::order).toList();
            parts.add(others.isEmpty() ? requirement : requirement + " (or " + others.stream().map(order -> "step " + order)
                    .collect(Collectors.joining(" or ")) + ")");
        }
        return String.join(", ", parts);
    }

    /** "step 1", "steps 1 and 2", "steps 1, 2 and 4". */
    public static String steps(List<Integer> orders) {
        List<String> numbers = orders.stream().map(String::valueOf).toList();
        if (numbers.size() == 1) {
            return "step " + numbers.get(0);
        }
        return "steps " + String.join(", ", numbers.subList(0, numbers.size() - 1)) + " and " + numbers.get(numbers.size() - 1);
    }

    static String count(List<?> items, String singular, String plural) {
        return items.size() + " " + (items.size() == 1 ? singular : plural);
    }
}
