package readiness.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import readiness.Assess;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static readiness.cli.AssessCommandTest.run;

/** rules diff shows a rule edit's impact on a cohort before anyone sees a report. */
class RulesDiffCommandTest {

    @Test
    void raisingAThresholdShowsWhoMovesAndWhere(@TempDir Path dir) throws Exception {
        Path after = Assess.copyRules(dir.resolve("after"));
        Path cd = after.resolve("clinical-director.drl");
        Files.writeString(cd, Files.readString(cd).replace("double healthcareYears = 3;", "double healthcareYears = 4;"));
        Path cohort = Files.createDirectories(dir.resolve("cohort"));
        String template = "{\"id\": \"%s\", \"asOf\": \"2026-11-01\", \"targetRoles\": [\"clinical-director\"], "
                + "\"education\": [{\"degree\": \"MSW\"}], \"experience\": [{\"kind\": \"clinical\", \"start\": \"%s\"}]}";
        Files.writeString(cohort.resolve("a.json"), template.formatted("three-and-a-half-years", "2023-05"));
        Files.writeString(cohort.resolve("b.json"), template.formatted("ten-years", "2016-11"));
        Files.writeString(cohort.resolve("c.json"), template.formatted("one-year", "2025-11"));

        AssessCommandTest.Run run = run("rules", "diff", "--before", "rules", "--after", after.toString(), cohort.toString());

        assertThat(run.exitCode()).isZero();
        assertThat(run.out())
                .contains(", 3 candidates")
                .contains("Clinical Director: verdict READY -> NEARLY READY: 1 of 3 candidates (33.3%)\n    e.g. three-and-a-half-years")
                .contains("Clinical Director: new gap cd.experience.healthcare: 1 of 3 candidates")
                .contains("Clinical Director: level clinical-director -> none: 1 of 3 candidates")
                .doesNotContain("ten-years")
                .doesNotContain("one-year");
    }

    @Test
    void identicalRulesChangeNothing() {
        AssessCommandTest.Run run = run("rules", "diff", "--before", "rules", "--after", "rules", "profiles");

        assertThat(run.out()).contains("No candidate changes verdict, level or gaps.");
    }
}
