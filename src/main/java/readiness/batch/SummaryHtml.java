package readiness.batch;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The cohort summary as one self-contained HTML page: inline CSS and SVG, nothing fetched. */
public final class SummaryHtml {
    private static final Map<String, String> VERDICT_COLORS = Map.of(
            "READY", "#2e7d32", "NEARLY_READY", "#f9a825", "NOT_READY", "#c62828");

    private SummaryHtml() {
    }

    public static void write(CohortSummary summary, Writer out) throws IOException {
        StringBuilder html = new StringBuilder();
        html.append("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">")
                .append("<title>Cohort readiness summary</title><style>")
                .append("body{font-family:system-ui,-apple-system,Segoe UI,Roboto,sans-serif;margin:2rem auto;max-width:1100px;color:#222;padding:0 1rem}")
                .append("h1{margin-bottom:.2rem}h2{margin-top:2.5rem;border-bottom:2px solid #ddd;padding-bottom:.3rem}")
                .append("h3{font-size:1rem;margin:1.2rem 0 .4rem}.muted{color:#666}.grid{display:grid;grid-template-columns:1fr 1fr;gap:1.5rem}")
                .append(".legend span{display:inline-block;margin-right:1rem}.legend i{display:inline-block;width:.8rem;height:.8rem;margin-right:.3rem;vertical-align:middle}")
                .append("table{border-collapse:collapse;width:100%;font-size:.9rem}td,th{text-align:left;padding:.2rem .4rem;border-bottom:1px solid #eee}")
                .append("td.n{text-align:right;font-variant-numeric:tabular-nums}svg text{font-size:12px;fill:#333}")
                .append("</style></head><body>\n");
        html.append("<h1>Cohort readiness summary</h1>\n<p class=\"muted\">")
                .append(count(summary.read())).append(" records read, ").append(count(summary.assessed())).append(" assessed, ")
                .append(count(summary.rejected())).append(" rejected. Rules ").append(esc(summary.ruleSetVersion()))
                .append(" (").append(esc(summary.ruleSetSource())).append(").</p>\n");
        html.append("<h2>Verdicts per role</h2>\n").append(legend()).append(verdictChart(summary));
        for (CohortSummary.RoleCounts role : summary.roles()) {
            roleSection(html, summary, role);
        }
        html.append("</body></html>\n");
        out.write(html.toString());
    }

    private static String legend() {
        StringBuilder legend = new StringBuilder("<p class=\"legend\">");
        for (String verdict : CohortSummary.VERDICTS) {
            legend.append("<span><i style=\"background:").append(VERDICT_COLORS.get(verdict)).append("\"></i>")
                    .append(verdict.replace('_', ' ').toLowerCase(Locale.ROOT)).append("</span>");
        }
        return legend.append("</p>\n").toString();
    }

    /** One stacked horizontal bar per role: ready, nearly ready, not ready. */
    private static String verdictChart(CohortSummary summary) {
        List<CohortSummary.RoleCounts> roles = summary.roles();
        int labelWidth = 260;
        int barWidth = 760;
        int rowHeight = 30;
        StringBuilder svg = new StringBuilder("<svg role=\"img\" aria-label=\"Verdicts per role\" width=\"")
                .append(labelWidth + barWidth + 20).append("\" height=\"").append(roles.size() * rowHeight + 10).append("\">");
        int y = 5;
        for (CohortSummary.RoleCounts role : roles) {
            svg.append(text(0, y + 18, role.role.getTitle()));
            double x = labelWidth;
            for (String verdict : CohortSummary.VERDICTS) {
                long n = role.verdicts.get(verdict);
                double width = role.candidates == 0 ? 0 : barWidth * (double) n / role.candidates;
                if (width > 0) {
                    svg.append(String.format(Locale.ROOT, "<rect x=\"%.1f\" y=\"%d\" width=\"%.1f\" height=\"22\" fill=\"%s\"><title>%s: %d</title></rect>",
                            x, y, width, VERDICT_COLORS.get(verdict), verdict, n));
                    if (width > 40) {
                        svg.append(String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%d\" style=\"fill:#fff\">%s</text>",
                                x + 4, y + 16, percent(n, role.candidates)));
                    }
                }
                x += width;
            }
            y += rowHeight;
        }
        return svg.append("</svg>\n").toString();
    }

    private static void roleSection(StringBuilder html, CohortSummary summary, CohortSummary.RoleCounts role) {
        html.append("<h2>").append(esc(role.role.getTitle())).append("</h2>\n<p class=\"muted\">")
                .append(count(role.candidates)).append(" candidates: ");
        List<String> parts = new ArrayList<>();
        role.verdicts.forEach((v, n) -> parts.add(count(n) + " " + v.replace('_', ' ').toLowerCase(Locale.ROOT)));
        html.append(String.join(", ", parts)).append(".</p>\n<div class=\"grid\"><div>\n<h3>Ladder rungs reached</h3>\n");
        List<String[]> rungs = new ArrayList<>();
        role.levels.forEach((id, n) -> rungs.add(new String[] {CohortSummary.rungTitle(role.role, id), String.valueOf(n)}));
        html.append(bars(rungs, role.candidates, "#1565c0", 280, 130));
        html.append("</div><div>\n<h3>Months to ready (upper estimate)</h3>\n");
        List<String[]> months = new ArrayList<>();
        for (int i = 0; i < role.months.length; i++) {
            months.add(new String[] {CohortSummary.bucketLabel(i), String.valueOf(role.months[i])});
        }
        html.append(bars(months, role.candidates, "#6a1b9a", 90, 300));
        html.append("</div></div>\n<h3>Most common gaps</h3>\n");
        List<String[]> gaps = new ArrayList<>();
        role.gaps.entrySet().stream().sorted(SummaryJson.byCountThenKey()).limit(SummaryJson.TOP)
                .forEach(e -> gaps.add(new String[] {e.getKey() + " (" + role.gapSeverity.get(e.getKey()) + ")", String.valueOf(e.getValue())}));
        html.append(gaps.isEmpty() ? "<p class=\"muted\">No gaps.</p>\n" : bars(gaps, role.candidates, "#ef6c00", 400, 300));
        html.append("<h3>One step from ready</h3>\n");
        if (role.unlocks.isEmpty()) {
            html.append("<p class=\"muted\">No candidate is one step from ready.</p>\n");
        } else {
            html.append("<table><tr><th>Step</th><th>Candidates</th><th>Share of cohort</th></tr>\n");
            role.unlocks.entrySet().stream().sorted(SummaryJson.byCountThenKey()).limit(SummaryJson.TOP).forEach(e ->
                    html.append("<tr><td>").append(esc(e.getKey())).append("</td><td class=\"n\">")
                            .append(count(e.getValue())).append("</td><td class=\"n\">").append(percent(e.getValue(), role.candidates))
                            .append("</td></tr>\n"));
            html.append("</table>\n");
        }
    }

    /** Horizontal bars with a label, the count and its share. */
    private static String bars(List<String[]> rows, long whole, String color, int labelWidth, int barWidth) {
        int rowHeight = 22;
        long max = rows.stream().mapToLong(r -> Long.parseLong(r[1])).max().orElse(1);
        StringBuilder svg = new StringBuilder("<svg width=\"").append(labelWidth + barWidth + 110).append("\" height=\"")
                .append(rows.size() * rowHeight + 4).append("\">");
        int y = 2;
        for (String[] row : rows) {
            long n = Long.parseLong(row[1]);
            double width = max == 0 ? 0 : barWidth * (double) n / max;
            svg.append(text(0, y + 14, row[0]));
            svg.append(String.format(Locale.ROOT, "<rect x=\"%d\" y=\"%d\" width=\"%.1f\" height=\"16\" fill=\"%s\"></rect>",
                    labelWidth, y, width, color));
            svg.append(String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%d\">%s (%s)</text>", labelWidth + width + 5, y + 13, count(n), percent(n, whole)));
            y += rowHeight;
        }
        return svg.append("</svg>\n").toString();
    }

    private static String text(int x, int y, String value) {
        return "<text x=\"" + x + "\" y=\"" + y + "\">" + esc(value) + "</text>";
    }

    private static String count(long n) {
        return String.format(Locale.US, "%,d", n);
    }

    private static String percent(long part, long whole) {
        return whole == 0 ? "0%" : String.format(Locale.ROOT, "%.1f%%", part * 100.0 / whole);
    }

    static String esc(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
