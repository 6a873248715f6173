package readiness.batch;

import readiness.report.Report;

import java.util.List;

/** What became of one record: its report (and JSON line), or the reasons it was rejected. */
public record Outcome(InputRecord record, Report report, String json, String candidateId, List<String> problems) {

    static Outcome assessed(InputRecord record, Report report, String json) {
        return new Outcome(record, report, json, report.candidateId(), List.of());
    }

    static Outcome rejected(InputRecord record, String candidateId, List<String> problems) {
        return new Outcome(record, null, null, candidateId, problems);
    }

    public boolean isAssessed() {
        return json != null;
    }
}
