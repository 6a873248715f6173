package readiness.batch;

import readiness.facts.Requirement;
import readiness.html.Templates;

import java.io.Writer;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The cohort summary for a program director, as one self-contained page (template summary.peb):
 * what was run and when, the rejected records with their reasons, and per role the verdicts, rungs,
 * months to ready, the gaps by what they ask (required first) and the single steps that unlock most.
 */
public final class SummaryHtml {
    private SummaryHtml() {
    }

    /** What the run was: the input as given, the date every record was assessed as of (null: each profile's own), when, and the errors file. */
    public record Run(String input, LocalDate asOf, Instant ranAt, String errorsFile) {
    }

    /** A bar: its label, count, share of the role's candidates, and width relative to the longest bar in its chart. */
    public record Bar(String label, String detail, long count, String percent, double width, String kind) {
    }

    public record RoleView(String title, String id, long candidates, List<Bar> verdicts, List<Bar> rungs, List<Bar> months,
                           List<Bar> gaps, List<Bar> unlocks) {
    }

    public static void write(CohortSummary summary, Run run, Writer out) {
        Map<String, Object> model = new HashMap<>();
        model.put("summary", summary);
        model.put("read", count(summary.read()));
        model.put("assessed", count(summary.assessed()));
        model.put("rejected", count(summary.rejected()));
        model.put("input", run.input());
        model.put("asOf", run.asOf() == null ? "each profile's own asOf date (today where none is given)" : run.asOf().toString());
        model.put("ranAt", DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'", Locale.ROOT).format(run.ranAt().atOffset(ZoneOffset.UTC)));
        model.put("errorsFile", run.errorsFile());
        model.put("rejectedShown", summary.rejectedShown());
        model.put("moreRejected", summary.rejected() - summary.rejectedShown().size());
        List<RoleView> roles = new ArrayList<>();
        summary.roles().forEach(role -> roles.add(view(summary, role)));
        model.put("roles", roles);
        Templates.write("summary", model, out);
    }

    private static RoleView view(CohortSummary summary, CohortSummary.RoleCounts role) {
        long n = role.candidates;
        List<Bar> verdicts = new ArrayList<>();
        for (String verdict : CohortSummary.VERDICTS) {
            long count = role.verdicts.get(verdict);
            verdicts.add(new Bar(verdict.replace('_', ' ').toLowerCase(Locale.ROOT), "", count, percent(count, n),
                    n == 0 ? 0 : 100.0 * count / n, verdict.toLowerCase(Locale.ROOT).replace('_', '-')));
        }
        List<Bar> rungs = new ArrayList<>();
        role.levels.forEach((id, count) -> rungs.add(new Bar(CohortSummary.rungTitle(role.role, id), "", count, percent(count, n), 0, "rung")));
        List<Bar> months = new ArrayList<>();
        for (int i = 0; i < role.months.length; i++) {
            months.add(new Bar(CohortSummary.bucketLabel(i) + (i == 0 ? "" : " months"), "", role.months[i], percent(role.months[i], n), 0, "months"));
        }
        Map<String, Requirement> requirements = new HashMap<>();
        role.role.getRequirements().forEach(r -> requirements.put(r.getId(), r));
        List<Bar> gaps = new ArrayList<>();
        role.gaps.entrySet().stream()
                .sorted(Comparator.comparing((Map.Entry<String, Long> e) -> !"required".equals(role.gapSeverity.get(e.getKey())))
                        .thenComparing(SummaryJson.byCountThenKey()))
                .limit(2L * SummaryJson.TOP)
                .forEach(e -> {
                    Requirement r = requirements.get(e.getKey());
                    gaps.add(new Bar(r == null ? e.getKey() : r.getNeed(), e.getKey(), e.getValue(), percent(e.getValue(), n), 0,
                            role.gapSeverity.get(e.getKey())));
                });
        List<Bar> unlocks = new ArrayList<>();
        role.unlocks().entrySet().stream().sorted(SummaryJson.byCountThenKey()).limit(SummaryJson.TOP)
                .forEach(e -> unlocks.add(new Bar(e.getKey(), role.unlockAction(e.getKey()), e.getValue(), percent(e.getValue(), n), 0, "unlock")));
        return new RoleView(role.role.getTitle(), role.role.getId(), n, verdicts, scaled(rungs), scaled(months), scaled(gaps), scaled(unlocks));
    }

    /** Widths relative to the largest count of the chart, so the longest bar fills its column. */
    private static List<Bar> scaled(List<Bar> bars) {
        long max = bars.stream().mapToLong(Bar::count).max().orElse(0);
        return bars.stream().map(b -> new Bar(b.label(), b.detail(), b.count(), b.percent(), max == 0 ? 0 : 100.0 * b.count() / max, b.kind()))
                .toList();
    }

    static String count(long n) {
        return String.format(Locale.US, "%,d", n);
    }

    static String percent(long part, long whole) {
        return whole == 0 ? "0%" : String.format(Locale.ROOT, "%.1f%%", part * 100.0 / whole);
    }
}
