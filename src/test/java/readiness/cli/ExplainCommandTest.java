package readiness.cli;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static readiness.cli.AssessCommandTest.run;

/** explain answers "which condition failed?" with the rule, the facts and the values compared. */
class ExplainCommandTest {

    @Test
    void eachRequirementNamesItsRuleTheFactsItLookedAtAndWhatFailed() {
        AssessCommandTest.Run run = run("explain", "profiles/nurse-manager-near-csd.json", "--role", "clinical-services-director",
                "--rules", "rules");

        assertThat(run.exitCode()).isZero();
        assertThat(run.out())
                .contains("years.healthcare = 14.3 years, 172 months (union of 2 periods, overlaps counted once: 2012-07 to 2026-10)")
                .contains("education[1]: MHA (health administration) in progress, expected 2027-05 [in-progress] -> ")
                .contains("  GAP  csd.education.masters [required]")
                .contains("decided by  rule \"A qualification requirement not met is a gap\"")
                .contains("failed      an accepted credential is held but does not count yet: MHA (health administration) "
                        + "in progress, expected 2027-05 is in-progress")
                .contains("  MET  csd.experience.total [required]")
                .contains("looked at   years.healthcare = 14.3 years")
                .contains("Verdict NEARLY READY: every required gap can close within 12 months   [rule \"A role whose required gaps all close within the policy window is nearly ready\"]");
    }

    @Test
    void aYearsGapShowsTheValuesCompared() {
        AssessCommandTest.Run run = run("explain", "profiles/new-graduate-nurse.json", "--role", "clinical-director", "--rules", "rules");

        assertThat(run.out()).contains("failed      years.healthcare = 15 months (1.3 years), below the 36 months (3 years) needed");
    }

    @Test
    void anUnrecognizedCodeIsShownAsSuch() {
        AssessCommandTest.Run run = run("explain", "profiles/clinical-operations-director-ready.json", "--role", "clinical-director",
                "--rules", "rules");

        assertThat(run.out()).contains("certifications[2]: PMP, earned 2016-01 [valid] -> no class (unrecognized)");
    }
}
