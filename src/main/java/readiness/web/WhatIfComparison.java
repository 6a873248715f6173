package readiness.web;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import readiness.report.Report;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/** What a plan changes for each role: verdict, rung, gaps and when the candidate would be ready. */
public final class WhatIfComparison {
    private WhatIfComparison() {
    }

    @JsonPropertyOrder({"before", "after"})
    public record Pair<T>(T before, T after) {
        public boolean changed() {
            return before == null ? after != null : !before.equals(after);
        }

        /** For months and months-to-ready: later is worse. */
        @SuppressWarnings("unchecked")
        public boolean increased() {
            return before instanceof Comparable && after != null && ((Comparable<T>) before).compareTo(after) < 0;
        }
    }

    @JsonPropertyOrder({"role", "title", "verdict", "level", "levelTitle", "score", "monthsToReady", "readyBy", "gapsClosed", "gapsOpened"})
    public record RoleChange(String role, String title, Pair<String> verdict, Pair<String> level, Pair<String> levelTitle,
                             Pair<Double> score, Pair<Integer> monthsToReady, Pair<String> readyBy,
                             List<String> gapsClosed, List<String> gapsOpened) {
    }

    /**
     * Months to ready count from each report's own date; "ready by" (that date plus the upper estimate)
     * is what compares across the two.
     */
    public static List<RoleChange> compare(Report before, Report after) {
        List<RoleChange> changes = new ArrayList<>();
        for (Report.RoleReport b : before.roles()) {
            Report.RoleReport a = after.roles().stream().filter(r -> r.role().equals(b.role())).findFirst().orElse(null);
            if (a == null) {
                continue;
            }
            Set<String> gapsBefore = b.gaps().stream().map(Report.GapItem::requirement).collect(Collectors.toSet());
            Set<String> gapsAfter = a.gaps().stream().map(Report.GapItem::requirement).collect(Collectors.toSet());
            changes.add(new RoleChange(b.role(), b.title(),
                    new Pair<>(b.verdict(), a.verdict()),
                    new Pair<>(b.level(), a.level()),
                    new Pair<>(b.levelTitle(), a.levelTitle()),
                    new Pair<>(b.score(), a.score()),
                    new Pair<>(b.monthsToReady().max(), a.monthsToReady().max()),
                    new Pair<>(readyBy(before.asOf(), b), readyBy(after.asOf(), a)),
                    b.gaps().stream().map(Report.GapItem::requirement).filter(g -> !gapsAfter.contains(g)).toList(),
                    a.gaps().stream().map(Report.GapItem::requirement).filter(g -> !gapsBefore.contains(g)).toList()));
        }
        return changes;
    }

    /** The month the role would be ready by, at the upper estimate: "2027-05". */
    static String readyBy(String asOf, Report.RoleReport role) {
        return LocalDate.parse(asOf).plusMonths(role.monthsToReady().max()).toString().substring(0, 7);
    }
}
