package readiness.report;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

import java.util.List;

/** The readiness report as the contract defines it; field order is fixed so output is byte-stable. */
@JsonPropertyOrder({"candidateId", "candidateName", "asOf", "ruleSet", "roles", "unrecognized"})
public record Report(
        String candidateId,
        @JsonInclude(JsonInclude.Include.NON_NULL) String candidateName,
        String asOf,
        RuleSetInfo ruleSet,
        List<RoleReport> roles,
        List<UnrecognizedItem> unrecognized) {

    /** Which rules produced the report: a hash of the rule files, and the folder they came from. */
    @JsonPropertyOrder({"version", "source"})
    public record RuleSetInfo(String version, String source) {
    }

    @JsonPropertyOrder({"role", "title", "verdict", "verdictReason", "score", "level", "levelTitle", "salary", "met", "gaps",
            "nextSteps", "monthsToReady"})
    public record RoleReport(
            String role,
            String title,
            String verdict,
            String verdictReason,
            double score,
            String level,
            String levelTitle,
            Salary salary,
            List<MetItem> met,
            List<GapItem> gaps,
            List<StepItem> nextSteps,
            Range monthsToReady) {
    }

    /** US salary figures the seed gives for the ladder rung reached. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonPropertyOrder({"median", "average", "low", "high", "source"})
    public record Salary(Integer median, Integer average, Integer low, Integer high, String source) {
    }

    @JsonPropertyOrder({"requirement", "category", "severity", "detail", "source", "exception"})
    public record MetItem(String requirement, String category, String severity, String detail, String source,
                          @JsonInclude(JsonInclude.Include.NON_NULL) AdvisorNote exception) {
    }

    /** A waiver or substitution behind a met requirement: never silent. */
    @JsonPropertyOrder({"kind", "by", "date", "reason", "profilePath"})
    public record AdvisorNote(String kind, String by, String date, String reason, String profilePath) {
    }

    @JsonPropertyOrder({"requirement", "category", "severity", "need", "have", "source"})
    public record GapItem(String requirement, String category, String severity, String need, String have, String source) {
    }

    @JsonPropertyOrder({"order", "action", "actionId", "kind", "closes", "after", "months", "costUsd", "estimate", "source"})
    public record StepItem(int order, String action, String actionId, String kind, List<String> closes, List<Integer> after,
                           Range months, Range costUsd, boolean estimate, String source) {
    }

    @JsonPropertyOrder({"min", "max"})
    public record Range(int min, int max) {
    }

    @JsonPropertyOrder({"path", "code", "detail", "message"})
    public record UnrecognizedItem(String path, String code, String detail, String message) {
    }
}
