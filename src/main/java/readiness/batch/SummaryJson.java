package readiness.batch;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.io.Writer;
import java.util.Comparator;
import java.util.Locale;
import java.util.Map;

/** The cohort summary as JSON: counts a program can chart or act on. */
public final class SummaryJson {
    private static final ObjectMapper JSON = new ObjectMapper();
    static final int TOP = 10;

    private SummaryJson() {
    }

    public static void write(CohortSummary summary, Writer out) throws IOException {
        JSON.writerWithDefaultPrettyPrinter().writeValue(out, tree(summary));
    }

    static ObjectNode tree(CohortSummary summary) {
        ObjectNode root = JSON.createObjectNode();
        root.putObject("ruleSet").put("version", summary.ruleSetVersion()).put("source", summary.ruleSetSource());
        root.putObject("records").put("read", summary.read()).put("assessed", summary.assessed()).put("rejected", summary.rejected());
        ArrayNode roles = root.putArray("roles");
        for (CohortSummary.RoleCounts counts : summary.roles()) {
            ObjectNode role = roles.addObject();
            role.put("role", counts.role.getId()).put("title", counts.role.getTitle()).put("candidates", counts.candidates);
            ObjectNode verdicts = role.putObject("verdicts");
            counts.verdicts.forEach(verdicts::put);
            ArrayNode levels = role.putArray("levels");
            counts.levels.forEach((id, n) -> levels.addObject()
                    .put("level", id.isEmpty() ? null : id)
                    .put("title", CohortSummary.rungTitle(counts.role, id))
                    .put("candidates", n).put("share", CohortSummary.share(n, counts.candidates)));
            ArrayNode gaps = role.putArray("topGaps");
            counts.gaps.entrySet().stream().sorted(byCountThenKey()).limit(TOP).forEach(e -> gaps.addObject()
                    .put("requirement", e.getKey()).put("severity", counts.gapSeverity.get(e.getKey()))
                    .put("candidates", e.getValue()).put("share", CohortSummary.share(e.getValue(), counts.candidates)));
            ArrayNode months = role.putArray("monthsToReady");
            for (int i = 0; i < counts.months.length; i++) {
                months.addObject().put("months", CohortSummary.bucketLabel(i)).put("candidates", counts.months[i]);
            }
            ArrayNode unlocks = role.putArray("unlocks");
            counts.unlocks().entrySet().stream().sorted(byCountThenKey()).limit(TOP).forEach(e -> {
                double share = CohortSummary.share(e.getValue(), counts.candidates);
                unlocks.addObject().put("action", counts.unlockAction(e.getKey())).put("label", e.getKey())
                        .put("candidates", e.getValue()).put("share", share)
                        .put("sentence", sentence(e.getKey(), share, counts.role.getTitle()));
            });
        }
        return root;
    }

    /** "31.0% of this cohort would be Clinical Services Director-ready after one step: earn a master's ...". */
    static String sentence(String label, double share, String title) {
        return String.format(Locale.ROOT, "%.1f", share * 100) + "% of this cohort would be " + title
                + "-ready after one step: " + Character.toLowerCase(label.charAt(0)) + label.substring(1);
    }

    static Comparator<Map.Entry<String, Long>> byCountThenKey() {
        return Map.Entry.<String, Long>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey());
    }
}
