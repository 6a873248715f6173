package readiness.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** Runs the assess command as a user would and reads its output and exit code. */
public class AssessCommandTest {
    private static final String PROFILE = "profiles/nurse-manager-near-csd.json";

    public record Run(int exitCode, String out, String err) {
    }

    public static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        var cli = ReadinessCommand.commandLine(args);
        cli.setOut(new PrintWriter(out));
        cli.setErr(new PrintWriter(err));
        int code = cli.execute(args);
        return new Run(code, out.toString(), err.toString());
    }

    @Test
    void theTextReportShowsVerdictScoreLevelGapsAndNumberedSteps() {
        Run run = run("assess", PROFILE, "--rules", "rules");

        assertThat(run.exitCode()).isZero();
        assertThat(run.err()).isEmpty();
        assertThat(run.out())
                .contains("Readiness report for Jordan Rivera (c-1024)")
                .contains("== Clinical Services Director (clinical-services-director)")
                .contains("Verdict   NEARLY READY: every required gap can close within 12 months")
                .contains("Level     Assistant Clinical Services Director (median salary $80,000)")
                .contains("  [x] 1. Assistant Clinical Services Director")
                .contains("  [ ] 2. Clinical Services Director")
                .contains("        - ready for the role: required gaps: csd.education.masters")
                .contains("  experience[1] Nurse Manager [management]: Assistant Clinical Services Director")
                .contains("  - [required] csd.education.masters (education)")
                .contains("      have    MHA (health administration) in progress, expected 2027-05; BSN (nursing), completed 2012-05: "
                        + "not an MSN, MHA, MPH or healthcare-focused MBA")
                .contains("   1. Renew before it lapses: RN license (RN, OH, active, expires 2027-03-31)")
                .contains("   2. Complete the MHA in progress (6 months left; remaining cost not counted)");
    }

    @Test
    void theJsonReportFollowsTheContract() throws Exception {
        Run run = run("assess", PROFILE, "--format", "json", "--rules", "rules");

        JsonNode report = new ObjectMapper().readTree(run.out());
        assertThat(report.get("candidateId").asText()).isEqualTo("c-1024");
        assertThat(report.get("asOf").asText()).isEqualTo("2026-11-01");
        assertThat(report.at("/ruleSet/version").asText()).hasSize(12);
        JsonNode role = report.at("/roles/1");
        assertThat(role.get("role").asText()).isEqualTo("clinical-services-director");
        assertThat(role.get("verdict").asText()).isEqualTo("NEARLY_READY");
        assertThat(role.get("score").isNumber()).isTrue();
        assertThat(role.has("level")).isTrue();
        JsonNode gap = role.at("/gaps/0");
        assertThat(gap.get("requirement").asText()).isEqualTo("csd.education.masters");
        assertThat(gap.get("category").asText()).isEqualTo("education");
        assertThat(gap.get("severity").asText()).isEqualTo("required");
        assertThat(gap.get("source").asText()).startsWith("000_148b6d0b0456a065.txt: ");
        assertThat(role.at("/nextSteps/0/kind").asText()).isEqualTo("renewal");
        JsonNode step = role.at("/nextSteps/1");
        assertThat(step.get("order").asInt()).isEqualTo(2);
        assertThat(step.at("/closes/0").asText()).isEqualTo("csd.education.masters");
        assertThat(step.at("/months/min").asInt()).isEqualTo(6);
        assertThat(step.at("/costUsd/max").isNumber()).isTrue();
        assertThat(role.at("/monthsToReady/max").asInt()).isEqualTo(6);
    }

    @Test
    void markdownIsTheSameReportForAnEmail() {
        Run run = run("assess", PROFILE, "--format", "md", "--role", "clinical-director", "--rules", "rules");

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).startsWith("# Readiness report: Jordan Rivera (c-1024)")
                .contains("## Clinical Director")
                .contains("| `cd.education.masters` | required |")
                .doesNotContain("## Clinical Services Director");
    }

    @Test
    void roleAndAsOfOverrideTheProfile() {
        Run run = run("assess", PROFILE, "--role", "medical-director", "--as-of", "2030-01-01", "--rules", "rules");

        assertThat(run.out()).contains("As of 2030-01-01").contains("(medical-director)").doesNotContain("(clinical-director)");
    }

    @Test
    void anUnknownRoleIsAnInputErrorWithASuggestion() {
        Run run = run("assess", PROFILE, "--role", "medical-directr", "--rules", "rules");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).startsWith(PROFILE + ": --role: unknown role \"medical-directr\" (did you mean \"medical-director\"?)");
    }

    @Test
    void aJobThatStartsAfterTheAssessmentDateIsNamedAsNotCountedYetNotAsNoPeriods(@TempDir Path dir) throws Exception {
        Path offer = dir.resolve("offer.json");
        Files.writeString(offer, "{\"id\": \"c-1\", \"asOf\": \"2026-11-01\", \"targetRoles\": [\"clinical-director\"],"
                + " \"experience\": [{\"title\": \"Staff Nurse\", \"kind\": \"clinical\", \"start\": \"2027-01\"}]}");

        Run run = run("assess", offer.toString(), "--rules", "rules");

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("      have    0 of 3 years of healthcare experience (no months counted yet: "
                + "1 period starts in or after the assessment month)")
                .doesNotContain("no periods of this kind");
    }

    @Test
    void aMalformedProfileExitsTwoWithLineAndColumn(@TempDir Path dir) throws Exception {
        Path bad = dir.resolve("bad.json");
        Files.writeString(bad, "{\n  \"id\": \"c-1\",\n  \"education\": [\n}\n");

        Run run = run("assess", bad.toString(), "--rules", "rules");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).startsWith(bad + ":4:1: malformed JSON:").doesNotContain("\tat ");
    }

    @Test
    void anInvalidFieldExitsTwoWithItsPath(@TempDir Path dir) throws Exception {
        Path bad = dir.resolve("bad.json");
        Files.writeString(bad, "{\"id\":\"c-1\",\"experience\":[{\"kind\":\"clinical\",\"start\":\"2020-13\"}]}");

        Run run = run("assess", bad.toString(), "--rules", "rules");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err().strip()).isEqualTo(bad + ": experience[0].start: \"2020-13\" is not a valid month");
    }

    @Test
    void aMissingProfileFileExitsTwo() {
        Run run = run("assess", "no-such-profile.json", "--rules", "rules");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err().strip()).isEqualTo("no-such-profile.json: no such file");
    }

    @Test
    void badCommandLinesExitTwoWithoutAStackTrace() {
        Run format = run("assess", PROFILE, "--format", "pdf");
        assertThat(format.exitCode()).isEqualTo(2);
        assertThat(format.err()).contains("--format").contains("Try 'readiness assess --help' for usage.");

        Run date = run("assess", PROFILE, "--as-of", "2026-13-01");
        assertThat(date.exitCode()).isEqualTo(2);
        assertThat(date.err()).contains("\"2026-13-01\" is not a valid month");
    }

    @Test
    void rulesThatDoNotCompileExitThreeWithFileLineAndColumn(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("broken.drl"), "package readiness.rules;\nrule \"x\"\nwhen\n  Foo(\nthen\nend\n");

        Run run = run("assess", PROFILE, "--rules", dir.toString());

        assertThat(run.exitCode()).isEqualTo(3);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).startsWith(dir + "/broken.drl:").doesNotContain("Exception");
    }

    @Test
    void helpDocumentsTheExitCodes() {
        Run run = run("assess", "--help");

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("--format").contains("--as-of").contains("--rules")
                .contains("2  the profile or the command line is invalid").contains("3  the rule files do not compile");
    }

    @Test
    void theTopLevelHelpListsEveryCommandAndHelpNamesAnyOfThem() {
        Run top = run("--help");
        Run helpBatch = run("help", "batch");
        Run typo = run("asses", PROFILE);

        assertThat(top.exitCode()).isZero();
        assertThat(top.out()).contains("assess", "batch", "generate", "bench", "roles", "rules", "explain", "serve", "help");
        assertThat(helpBatch.exitCode()).isZero();
        assertThat(helpBatch.out()).startsWith("Usage: readiness batch");
        assertThat(typo.exitCode()).isEqualTo(2);
        assertThat(typo.err()).contains("Unmatched arguments").contains("'asses'").contains("readiness --help");
    }

    @Test
    void aRulesFolderThatIsNotThereIsACommandLineMistake() {
        Run missing = run("assess", PROFILE, "--rules", "no-such-folder");
        Run file = run("assess", PROFILE, "--rules", PROFILE);

        assertThat(missing.exitCode()).isEqualTo(2);
        assertThat(missing.err()).startsWith("assess: --rules no-such-folder: no such rules folder");
        assertThat(file.exitCode()).isEqualTo(2);
        assertThat(file.err()).startsWith("assess: --rules " + PROFILE + ": not a folder");
        assertThat(missing.out() + file.out()).isEmpty();
    }

    @Test
    void aRoleThatIsNotReadyIsNeverShownAsReadyNow(@TempDir Path dir) throws Exception {
        // The MSW's expected date has passed: its completion step takes 0 months, yet the role is only nearly ready
        // until the degree is confirmed, so "Ready in now" would contradict the verdict above it.
        Path profile = dir.resolve("msw-date-passed.json");
        Files.writeString(profile, """
                {"id": "msw-date-passed", "targetRoles": ["clinical-director"],
                 "education": [{"degree": "MSW", "status": "in-progress", "expected": "2026-06"}],
                 "experience": [{"kind": "clinical", "start": "2022-01"}]}""");

        Run text = run("assess", profile.toString(), "--as-of", "2026-11-24", "--rules", "rules");
        Run markdown = run("assess", profile.toString(), "--as-of", "2026-11-24", "--format", "md", "--rules", "rules");

        assertThat(text.exitCode()).isZero();
        assertThat(text.out()).contains("Verdict   NEARLY READY").contains("Ready in  under a month").doesNotContain("Ready in  now");
        // The step agrees with the gap above it: the date has passed, so completion is to be confirmed, not "expected now".
        assertThat(text.out()).contains("Complete the MSW in progress (due this month or earlier: confirm it is completed; remaining cost not counted)")
                .contains("under a month, cost not counted, closes").doesNotContain("no cost (estimate), closes cd.education");
        assertThat(markdown.out()).contains("**Ready in:** under a month").doesNotContain("**Ready in:** now");
        assertThat(run("assess", PROFILE, "--rules", "rules").out()).contains("Ready in  6 months");
    }

    @Test
    void aReadyRoleReadsReadyNowInWords() {
        Run text = run("assess", "profiles/clinical-operations-director-ready.json", "--role", "director-of-clinical-operations",
                "--rules", "rules");
        Run markdown = run("assess", "profiles/clinical-operations-director-ready.json", "--role", "director-of-clinical-operations",
                "--format", "md", "--rules", "rules");

        assertThat(text.out()).contains("Verdict   READY").contains("Ready in  0 months (ready now)");
        assertThat(markdown.out()).contains("**Ready in:** 0 months (ready now)");
    }

    @Test
    void twoStepsClosingOneGapReadAsEitherNotBoth(@TempDir Path dir) throws Exception {
        // The MSN in progress and the BSN route's certification each close the master's gap.
        Path profile = dir.resolve("bsn-msn-in-progress.json");
        Files.writeString(profile, """
                {"id": "bsn-msn", "targetRoles": ["clinical-services-director"],
                 "education": [{"degree": "BSN", "completed": "2010-05"}, {"degree": "MSN", "status": "in-progress", "expected": "2027-05"}],
                 "licenses": [{"type": "RN", "status": "active", "expires": "2028-12-31"}],
                 "experience": [{"kind": "clinical", "start": "2010-06", "end": "2016-12"}, {"kind": "management", "start": "2017-01"}]}""");

        Run text = run("assess", profile.toString(), "--as-of", "2026-11-01", "--rules", "rules");
        Run markdown = run("assess", profile.toString(), "--as-of", "2026-11-01", "--format", "md", "--rules", "rules");

        assertThat(text.out()).containsPattern("closes csd\\.education\\.masters \\(or step \\d\\)")
                .containsPattern("closes csd\\.certification\\.leadership-or-quality, csd\\.education\\.masters \\(or step \\d\\)");
        assertThat(markdown.out()).containsPattern("csd\\.education\\.masters \\(or step \\d\\)");
    }
}
