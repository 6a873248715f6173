package readiness.report;

import readiness.engine.Assessment;
import readiness.engine.JobPositions;
import readiness.engine.RungStatus;
import readiness.facts.Job;
import readiness.facts.Position;
import readiness.engine.PlannedStep;
import readiness.engine.RoleOutcome;
import readiness.facts.AdvisorException;
import readiness.facts.Credential;
import readiness.facts.Gap;
import readiness.facts.Met;
import readiness.facts.Requirement;
import readiness.facts.Rung;

import java.util.List;

/** Turns an assessment into the contract's report. */
public final class ReportBuilder {
    private ReportBuilder() {
    }

    public static Report build(Assessment assessment) {
        return new Report(
                assessment.candidateId(),
                assessment.candidateName(),
                assessment.asOf().toString(),
                new Report.RuleSetInfo(assessment.ruleSetVersion(), assessment.ruleSetLocation()),
                assessment.roles().stream().map(ReportBuilder::role).toList(),
                assessment.positions().stream().map(ReportBuilder::position).toList(),
                assessment.unrecognized().stream().map(ReportBuilder::unrecognized).toList());
    }

    private static Report.RoleReport role(RoleOutcome outcome) {
        Rung level = outcome.level();
        return new Report.RoleReport(
                outcome.role().getId(),
                outcome.role().getTitle(),
                outcome.verdict().getValue(),
                outcome.verdict().getReason(),
                outcome.score(),
                level == null ? null : level.getId(),
                level == null ? null : level.getTitle(),
                level == null || !hasSalary(level) ? null : new Report.Salary(level.getMedianSalary(), level.getAverageSalary(),
                        level.getLowSalary(), level.getHighSalary(), level.getSource()),
                outcome.met().stream().map(ReportBuilder::met).toList(),
                outcome.gaps().stream().map(ReportBuilder::gap).toList(),
                outcome.steps().stream().map(ReportBuilder::step).toList(),
                new Report.Range(outcome.monthsToReadyMin(), outcome.monthsToReadyMax()),
                outcome.ladder().stream().map(ReportBuilder::rung).toList());
    }

    private static boolean hasSalary(Rung rung) {
        return hasSalary(rung.getMedianSalary(), rung.getAverageSalary(), rung.getLowSalary(), rung.getHighSalary());
    }

    static boolean hasSalary(Integer median, Integer average, Integer low, Integer high) {
        return median != null || average != null || low != null || high != null;
    }

    private static Report.RungItem rung(RungStatus status) {
        Rung rung = status.rung();
        return new Report.RungItem(rung.getOrder(), rung.getId(), rung.getTitle(), status.reached(),
                status.conditions().stream().map(c -> new Report.ConditionItem(c.requirement(), c.need(), c.met(), c.detail())).toList());
    }

    private static Report.PositionItem position(JobPositions held) {
        Job job = held.job();
        List<String> rungs = held.positions().stream().map(p -> p.getRung().getId()).toList();
        String basis = held.positions().isEmpty() ? null : held.positions().get(0).getBasis();
        return new Report.PositionItem(job.getPath(), job.getTitle(), job.getKind(), rungs, basis,
                positionNote(!rungs.isEmpty(), basis, job.getPosition() != null, job.getKind()));
    }

    static final String STATED_NOT_A_RUNG = "the stated position is not a rung of any assessed role's ladder";

    /** How a job's ladder positions were found; the lean line rebuilds it from the same facts. */
    static String positionNote(boolean placed, String basis, boolean statesPosition, String kind) {
        return placed
                ? (Position.STATED.equals(basis) ? "position stated in the profile" : "classified from the title by the vocabulary rules")
                : statesPosition ? STATED_NOT_A_RUNG
                : "no ladder position: no vocabulary rule places this title on the ladder of a role assessed; it counts only as " + kind
                        + " experience (state a \"position\" to place it on a ladder)";
    }

    private static Report.MetItem met(Met met) {
        Requirement r = met.getRequirement();
        AdvisorException exception = met.getException();
        return new Report.MetItem(r.getId(), r.getCategory(), r.getSeverity(), met.getDetail(), r.getSource(),
                exception == null ? null : new Report.AdvisorNote(exception.getKind(), exception.getBy(), exception.getDate(),
                        exception.getReason(), exception.getPath()));
    }

    private static Report.GapItem gap(Gap gap) {
        Requirement r = gap.getRequirement();
        return new Report.GapItem(r.getId(), r.getCategory(), r.getSeverity(), r.getNeed(), gap.getHave(), r.getSource());
    }

    private static Report.StepItem step(PlannedStep step) {
        return new Report.StepItem(step.order(), step.label(), step.action(), step.kind(), step.closes(), step.after(),
                new Report.Range(step.monthsMin(), step.monthsMax()), new Report.Range(step.costMin(), step.costMax()),
                step.estimate(), step.urgent(), step.source());
    }

    static final String UNRECOGNIZED =
            "not in the rule vocabulary (check the spelling, or a counselor can add it to rules/vocabulary.drl): it meets no requirement";

    private static Report.UnrecognizedItem unrecognized(Credential credential) {
        return new Report.UnrecognizedItem(credential.getPath(), credential.getCode(), credential.getDetail(), UNRECOGNIZED);
    }

    static List<Report.GapItem> required(Report.RoleReport role) {
        return role.gaps().stream().filter(g -> Requirement.REQUIRED.equals(g.severity())).toList();
    }
}
