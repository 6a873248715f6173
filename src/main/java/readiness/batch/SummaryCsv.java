package readiness.batch;

import readiness.report.Report;

import java.io.IOException;
import java.io.Writer;
import java.util.Locale;
import java.util.stream.Collectors;

/** One row per candidate and role, streamed as outcomes arrive, for spreadsheets. */
public final class SummaryCsv implements BatchListener {
    private final Writer out;

    public SummaryCsv(Writer out) throws IOException {
        this.out = out;
        out.write("id,role,verdict,score,level,months_to_ready_min,months_to_ready_max,required_gaps\n");
    }

    @Override
    public void accept(Outcome outcome) throws IOException {
        if (outcome.report() == null) {
            return;
        }
        for (Report.RoleReport role : outcome.report().roles()) {
            String gaps = role.gaps().stream().filter(g -> g.severity().equals("required"))
                    .map(Report.GapItem::requirement).collect(Collectors.joining(";"));
            out.write(String.join(",", cell(outcome.report().candidateId()), cell(role.role()), role.verdict(),
                    String.format(Locale.ROOT, "%.2f", role.score()), cell(role.level() == null ? "" : role.level()),
                    String.valueOf(role.monthsToReady().min()), String.valueOf(role.monthsToReady().max()), cell(gaps)));
            out.write('\n');
        }
    }

    /** RFC 4180 quoting, and a leading quote mark against spreadsheet formula injection. */
    static String cell(String value) {
        // the first character alone decides (a regex's . would stop at a line break); tab and CR start formulas too
        String text = !value.isEmpty() && "=+-@\t\r".indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
        if (text.contains(",") || text.contains("\"") || text.contains("\n") || text.contains("\r")) {
            return "\"" + text.replace("\"", "\"\"") + "\"";
        }
        return text;
    }
}
