package readiness.batch;

import org.junit.jupiter.api.Test;
import readiness.facts.Role;
import readiness.report.Report;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The cohort summary's "one step would make them ready": only a single step with nothing before it, closing every required gap. */
class CohortSummaryTest {

    @Test
    void aSingleStepClosingEveryRequiredGapIsTheOneStep() {
        Report.StepItem master = step(1, "master", List.of("degree", "degree-field"), List.of());
        Report.RoleReport role = role(List.of(required("degree"), required("degree-field"), preferred("cert")),
                List.of(master, step(2, "cert", List.of("cert"), List.of())));

        assertThat(CohortSummary.singleUnlockingStep(role)).isSameAs(master);
    }

    @Test
    void aStepWithAPrerequisiteStillToDoIsNotOneStep() {
        Report.RoleReport role = role(List.of(required("degree")),
                List.of(step(1, "bsn", List.of(), List.of()), step(2, "master", List.of("degree"), List.of(1))));

        assertThat(CohortSummary.singleUnlockingStep(role)).isNull();
    }

    @Test
    void twoStepsEachClosingARequiredGapAreNotOneStep() {
        Report.RoleReport role = role(List.of(required("degree"), required("years")),
                List.of(step(1, "master", List.of("degree"), List.of()), step(2, "experience", List.of("years"), List.of())));

        assertThat(CohortSummary.singleUnlockingStep(role)).isNull();
    }

    @Test
    void aStepThatLeavesARequiredGapOpenIsNotOneStep() {
        Report.RoleReport role = role(List.of(required("degree"), required("license")),
                List.of(step(1, "master", List.of("degree"), List.of())));

        assertThat(CohortSummary.singleUnlockingStep(role)).isNull();
    }

    @Test
    void aCandidateWithNoRequiredGapNeedsNoStep() {
        Report.RoleReport role = role(List.of(preferred("cert")), List.of(step(1, "cert", List.of("cert"), List.of())));

        assertThat(CohortSummary.singleUnlockingStep(role)).isNull();
    }

    @Test
    void aStepsWordsLoseOnlyTheCredentialItNamesNotTheCatalogsOwnParenthesis() {
        assertThat(CohortSummary.generic("Recertify with your specialty board (continuing certification: assessment and fees)"))
                .isEqualTo("Recertify with your specialty board (continuing certification: assessment and fees)");
        assertThat(CohortSummary.generic("Recertify with your specialty board (continuing certification: assessment and fees): "
                + "ABIM internal medicine (expired 2025-01)"))
                .isEqualTo("Recertify with your specialty board (continuing certification: assessment and fees)");
        assertThat(CohortSummary.generic("Gain 7 more months of leadership experience")).isEqualTo("Gain leadership experience");
    }

    @Test
    void theSameStepInTheSameWordsIsOneRowWhicheverGapsItCloses() {
        CohortSummary.RoleCounts counts = new CohortSummary.RoleCounts(Role.define("dco", "Director of Clinical Operations", "seed"));
        counts.add(role(List.of(required("bachelors")),
                List.of(mba(List.of("bachelors"), 5))));
        counts.add(role(List.of(required("bachelors"), required("masters")),
                List.of(mba(List.of("bachelors", "masters"), 1))));

        assertThat(counts.unlocks()).containsExactly(java.util.Map.entry("Complete the MBA in progress, takes 1-5 months", 2L));
    }

    private static Report.StepItem mba(List<String> closes, int months) {
        return new Report.StepItem(1, "Complete the MBA in progress (" + months + " months left; remaining cost not counted)",
                "masters-degree", "education", closes, List.of(), new Report.Range(months, months), new Report.Range(0, 0), false, false,
                "seed");
    }

    private static Report.GapItem required(String requirement) {
        return new Report.GapItem(requirement, "education", "required", "need", "none", "seed");
    }

    private static Report.GapItem preferred(String requirement) {
        return new Report.GapItem(requirement, "certification", "preferred", "need", "none", "seed");
    }

    private static Report.StepItem step(int order, String actionId, List<String> closes, List<Integer> after) {
        return new Report.StepItem(order, "Do " + actionId, actionId, "education", closes, after,
                new Report.Range(12, 24), new Report.Range(0, 100), false, false, "seed");
    }

    private static Report.RoleReport role(List<Report.GapItem> gaps, List<Report.StepItem> steps) {
        return new Report.RoleReport("csd", "Clinical Services Director", "NOT_READY", "why", 50, null, null, null,
                List.of(), gaps, steps, new Report.Range(12, 24), List.of());
    }
}
