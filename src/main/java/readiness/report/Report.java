package readiness.report;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

import java.util.List;

/** The readiness report as the contract defines it; field order is fixed so output is byte-stable. */
@JsonPropertyOrder({"candidateId", "candidateName", "asOf", "ruleSet", "roles", "positions", "unrecognized"})
public record Report(
        String candidateId,
        @JsonInclude(JsonInclude.Include.NON_NULL) String candidateName,
        String asOf,
        RuleSetInfo ruleSet,
        List<RoleReport> roles,
        List<PositionItem> positions,
        List<UnrecognizedItem> unrecognized) {

    /** Which rules produced the report: a hash of the rule files, and the folder they came from. */
    @JsonPropertyOrder({"version", "source"})
    public record RuleSetInfo(String version, String source) {
    }

    @JsonPropertyOrder({"role", "title", "verdict", "verdictReason", "score", "level", "levelTitle", "salary", "met", "gaps",
            "nextSteps", "monthsToReady", "ladder"})
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
            Range monthsToReady,
            List<RungItem> ladder) {
    }

    /** One rung of the role's ladder: reached or not, and each condition with what the candidate has toward it. */
    @JsonPropertyOrder({"order", "level", "title", "reached", "conditions"})
    public record RungItem(int order, String level, String title, boolean reached, List<ConditionItem> conditions) {
    }

    /** requirement is null for "ready for the role", the condition of every rung at or above the role's own title. */
    @JsonPropertyOrder({"requirement", "need", "met", "detail"})
    public record ConditionItem(String requirement, String need, boolean met, String detail) {
    }

    /** A job of the work history and the ladder positions it counts at, and how they were found. */
    @JsonPropertyOrder({"path", "title", "kind", "positions", "basis", "note"})
    public record PositionItem(String path, String title, String kind, List<String> positions, String basis, String note) {
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

    @JsonPropertyOrder({"order", "action", "actionId", "kind", "closes", "after", "months", "costUsd", "estimate", "urgent", "source"})
    public record StepItem(int order, String action, String actionId, String kind, List<String> closes, List<Integer> after,
                           Range months, Range costUsd, boolean estimate,
                           @JsonInclude(JsonInclude.Include.NON_DEFAULT) boolean urgent, String source) {
    }

    @JsonPropertyOrder({"min", "max"})
    public record Range(int min, int max) {
    }

    @JsonPropertyOrder({"path", "code", "detail", "message"})
    public record UnrecognizedItem(String path, String code, String detail, String message) {
    }
}
