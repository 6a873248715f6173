package readiness.cli;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;
import readiness.Assess;
import readiness.cases.CaseResult;
import readiness.cases.CaseRunner;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static readiness.cli.AssessCommandTest.run;

/** rules validate and rules test, as a counselor uses them. */
class RulesCommandTest {

    private static void edit(Path file, String from, String to) throws IOException {
        String text = Files.readString(file);
        assertThat(text).as("the edit's anchor is in " + file).contains(from);
        Files.writeString(file, text.replace(from, to));
    }

    @TestFactory
    Stream<DynamicTest> theShippedCasesPass() throws IOException {
        CaseRunner runner = new CaseRunner(Assess.assessor());
        return CaseRunner.caseFiles(Path.of("profiles/cases")).stream().map(file -> DynamicTest.dynamicTest(
                file.getFileName().toString(), () -> {
                    CaseResult result = runner.run(file);
                    assertThat(result.differences()).as(result.name()).isEmpty();
                }));
    }

    @Test
    void thereAreAtLeast25CasesCoveringEveryRole() throws IOException {
        var files = CaseRunner.caseFiles(Path.of("profiles/cases"));
        assertThat(files).hasSizeGreaterThanOrEqualTo(25);
        String all = String.join("\n", files.stream().map(f -> {
            try {
                return Files.readString(f);
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        }).toList());
        assertThat(all).contains("\"clinical-services-director\"", "\"director-of-clinical-services\"",
                "\"director-of-clinical-operations\"", "\"clinical-director\"", "\"medical-director\"");
    }

    @Test
    void aFailingCaseShowsWhatDifferedAndExitsFour(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("wrong.json"), """
                {"name": "An MSW is a ready medical director (wrong on purpose)",
                 "profile": {"id": "x", "education": [{"degree": "MSW"}]},
                 "expect": {"medical-director": {"verdict": "READY", "level": "medical-director", "met": ["md.education.medical-degree"]}}}
                """);
        Files.copy(Path.of("profiles/cases/cd-01-ready-msw.json"), dir.resolve("right.json"));
        Files.copy(Path.of("profiles/cases/cd-01-ready-msw.json"), dir.resolve("profile-less.json"));
        Files.writeString(dir.resolve("profile-less.json"), "{\"name\": \"typo\", \"profle\": {}, \"expect\": {}}");

        AssessCommandTest.Run result = run("rules", "test", "--cases", dir.toString(), "--rules", "rules");

        assertThat(result.exitCode()).isEqualTo(4);
        assertThat(result.out())
                .contains("FAIL  An MSW is a ready medical director (wrong on purpose)  (wrong.json)")
                .contains("medical-director: verdict: expected READY, got NOT READY")
                .contains("medical-director: level: expected medical-director, got null")
                .contains("medical-director: expected md.education.medical-degree met, but it is a gap")
                .contains("PASS  An MSW with four clinical years is a ready clinical director  (right.json)")
                .contains("profle: unknown field (did you mean \"profile\"?)")
                .startsWith("rules ").endsWith("1 passed, 2 failed\n");
    }

    @Test
    void validateReportsOkWithTheVersion() {
        AssessCommandTest.Run result = run("rules", "validate", "--rules", "rules");

        assertThat(result.exitCode()).isZero();
        assertThat(result.out()).matches("rules [0-9a-f]{12} \\(rules\\): 8 files, 5 roles, \\d+ requirements, \\d+ catalog actions: OK\\s*");
    }

    @Test
    void validateFindsWhatDroolsCannot(@TempDir Path dir) throws Exception {
        Path rules = Assess.copyRules(dir.resolve("rules"));
        Path cd = rules.resolve("clinical-director.drl");
        edit(cd, ".metBy(\"health-related-masters\")", ".metBy(\"health-related-master\")");
        edit(cd, "double healthcareYears = 3;", "double healthcareYears = -3;");
        edit(cd, "role.requirement(\"education.doctorate\").education().preferred()", "role.requirement(\"education.doctorate\").preferred()");
        edit(cd, ".closedBy(\"doctorate-in-field\");", ".closedBy(\"doctorate-in-feld\");");
        Path md = rules.resolve("medical-director.drl");
        edit(md, "role.requirement(\"ladder.senior.total\")", "role.requirement(\"experience.practice\")");
        edit(md, ".years(\"years.post-residency\", 18)", ".years(\"years.post-residency\", 1.8)");

        AssessCommandTest.Run result = run("rules", "validate", "--rules", rules.toString());

        assertThat(result.exitCode()).isEqualTo(3);
        assertThat(result.err())
                .containsPattern(rules + "/clinical-director.drl:\\d+:\\d+: cd.education.masters accepts \"health-related-master\", "
                        + "a class no vocabulary rule produces \\(did you mean \"health-related-masters\"\\?\\)")
                .contains("cd.experience.healthcare asks for -3.0 years: a threshold cannot be negative")
                .contains("cd.education.doctorate has no category")
                .contains("cd.education.doctorate is closed by \"doctorate-in-feld\", which is not in the catalog (did you mean \"doctorate-in-field\"?)")
                .contains("requirement id md.experience.practice is declared twice")
                .contains("the ladder does not ascend: rung 5 asks years.post-residency >= 1.8, less than rung 4's 12")
                .contains("nothing was loaded");

        AssessCommandTest.Run assess = run("assess", "profiles/new-graduate-nurse.json", "--rules", rules.toString());
        assertThat(assess.exitCode()).as("nothing unvalidated reaches a report").isEqualTo(3);
        assertThat(assess.out()).isEmpty();
    }

    @Test
    void problemsAreListedInFileAndLineOrderTheSameOnEveryRun(@TempDir Path dir) throws Exception {
        Path rules = Assess.copyRules(dir.resolve("rules"));
        Files.delete(rules.resolve("catalog.drl")); // every role file then names actions that are not in the catalog

        AssessCommandTest.Run result = run("rules", "validate", "--rules", rules.toString(), "--no-cache");

        assertThat(result.exitCode()).isEqualTo(3);
        java.util.List<String> problems = result.err().lines().filter(line -> line.startsWith(rules.toString())).toList();
        assertThat(problems).hasSizeGreaterThan(20);
        java.util.Comparator<String> byFileThenLine = java.util.Comparator
                .comparing((String line) -> line.substring(0, line.indexOf(".drl:")))
                .thenComparingInt(line -> Integer.parseInt(line.substring(line.indexOf(".drl:") + 5).split(":")[0]));
        assertThat(problems).isSortedAccordingTo(byFileThenLine);
    }

    @Test
    void commonMistakesGetAPlainHint(@TempDir Path dir) throws Exception {
        Path rules = Assess.copyRules(dir.resolve("rules"));
        Files.writeString(rules.resolve("zz-mistakes.drl"), """
                package readiness.rules;
                import readiness.facts.*;
                rule "a field name with a typo"
                when
                    Measure(nmae == "years.clinical")
                then
                end
                """);

        AssessCommandTest.Run result = run("rules", "validate", "--rules", rules.toString());

        assertThat(result.err()).contains(rules + "/zz-mistakes.drl:5:5: unknown field \"nmae\" of Measure in: nmae == \"years.clinical\" "
                + "(did you mean \"name\"? Measure's fields: explanation, label, months, name, yearsText)");

        Files.writeString(rules.resolve("zz-mistakes.drl"), """
                package readiness.rules;
                import readiness.facts.*;
                rule "an unclosed quote"
                when
                    Measure(name == "years.clinical)
                then
                end
                """);
        assertThat(run("rules", "validate", "--rules", rules.toString()).err()).contains("(hint: a quote \" on line 5 is not closed)");
    }

    @Test
    void aMistypedBindingIsPlacedAndNamed(@TempDir Path dir) throws Exception {
        Path rules = Assess.copyRules(dir.resolve("rules"));
        edit(rules.resolve("common.drl"), "$m: Measure(name == $measure, months >= $min)", "$m: Measure(name == $measure, months >= $mn)");

        AssessCommandTest.Run result = run("rules", "validate", "--rules", rules.toString());

        assertThat(result.exitCode()).isEqualTo(3);
        assertThat(result.err()).startsWith(rules + "/common.drl:33:35: unknown binding \"$mn\" in: months >= $mn "
                + "(hint: bind it in an earlier pattern of the same rule, as $mn: field)");
    }

    @Test
    void codeReachingOutsideTheDomainIsFlaggedAndNeverRun(@TempDir Path dir) throws Exception {
        Path rules = Assess.copyRules(dir.resolve("rules"));
        edit(rules.resolve("clinical-director.drl"), "    for (Object fact : role.facts()) {",
                "    System.exit(1);\n    for (Object fact : role.facts()) {");

        AssessCommandTest.Run result = run("rules", "validate", "--rules", rules.toString());

        assertThat(result.exitCode()).isEqualTo(3);
        assertThat(result.err()).startsWith(rules + "/clinical-director.drl:36:12: rule \"clinical-director: the role, its ladder and its"
                + " requirements\" reaches for java.lang.System.exit (system and process access is not allowed in rule files;");
    }

    @Test
    void aRoleWithoutALadderIsAnError(@TempDir Path dir) throws Exception {
        Path rules = Assess.copyRules(dir.resolve("rules"));
        Path cd = rules.resolve("clinical-director.drl");
        edit(cd, """
                    role.rung(1, "clinical-director", "Clinical Director").theRole()
                        .averageSalary(87213).from("Salary (average $87,213)");
                """, "");
        edit(cd, "        .forRungs(1)\n        .closedBy(\"masters-degree\");", "        .closedBy(\"masters-degree\");");
        edit(cd, "        .forRungs(1)\n        .closedBy(\"gain-experience\");", "        .closedBy(\"gain-experience\");");

        AssessCommandTest.Run result = run("rules", "validate", "--rules", rules.toString());

        assertThat(result.err()).contains("role clinical-director declares no ladder: add at least one role.rung(...)");
    }
}
