package readiness.cli;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import readiness.Assess;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static readiness.cli.AssessCommandTest.run;

/**
 * Rules that never settle (re-fire forever, insert without bound, or run without end) halt their own session
 * within its budgets: exit 3 naming the rule at file:line in assess and rules validate, one rejected record in a batch.
 */
@Timeout(120)
class RuleBudgetTest {
    private static final String HEADER = "package readiness.rules;\nimport readiness.facts.*;\n";
    /** Rules that misbehave only for a credential a profile holds, so the set validates and only some profiles trip them. */
    private static final String ON_A_CREDENTIAL = HEADER + """
            rule "touch a LOOP credential"
            when
                $c: Credential(code == "LOOP")
            then
                update($c);
            end

            rule "grow on a GROW credential"
            when
                $c: Credential(code == "GROW")
            then
                for (int i = 0; i < 10000000; i++) { insert(new Skill("grown")); }
            end

            rule "spin on a SPIN credential"
            when
                $c: Credential(code == "SPIN")
            then
                double x = 0;
                while (x >= 0) { x = Math.sqrt(x + 1); }
            end
            """;

    @TempDir
    Path dir;

    @AfterEach
    void defaultBudgets() {
        System.clearProperty("readiness.rules.maxSeconds");
    }

    private Path rulesWith(String text) throws IOException {
        Path rules = Assess.copyRules(dir.resolve("rules"));
        Files.writeString(rules.resolve("zz-unsettled.drl"), text);
        return rules;
    }

    private Path profile(String code) throws IOException {
        Path file = dir.resolve(code + ".json");
        Files.writeString(file, "{\"id\": \"" + code.toLowerCase() + "\", \"asOf\": \"2026-11-01\", \"certifications\": [{\"code\": \"" + code + "\"}]}");
        return file;
    }

    @Test
    void validateReportsARuleThatUpdatesWhatItMatchesForever() throws IOException {
        Path rules = rulesWith(HEADER + """
                rule "touch every credential"
                when
                    $c: Credential()
                then
                    update($c);
                end
                """);

        AssessCommandTest.Run run = run("rules", "validate", "--rules", rules.toString());

        assertThat(run.exitCode()).isEqualTo(3);
        assertThat(run.err()).startsWith(rules + "/zz-unsettled.drl:3: rule \"touch every credential\" fired ")
                .contains(" times without settling (the budget is 50000 firings per session, readiness.rules.maxFirings;");
    }

    @Test
    void validateReportsARuleThatInsertsWithoutBound() throws IOException {
        Path rules = rulesWith(HEADER + """
                rule "every skill begets ten"
                when
                    $s: Skill()
                then
                    for (int i = 0; i < 10; i++) { insert(new Skill("again")); }
                end

                rule "a credential plants a skill"
                when
                    $c: Credential()
                then
                    insert(new Skill("seed"));
                end
                """);

        AssessCommandTest.Run run = run("rules", "validate", "--rules", rules.toString());

        assertThat(run.exitCode()).isEqualTo(3);
        assertThat(run.err()).startsWith(rules + "/zz-unsettled.drl:3: rule \"every skill begets ten\" inserted ")
                .contains(" facts without settling (the budget is 20000 facts per session, readiness.rules.maxFacts)");
    }

    @Test
    void validateStopsADeclarationThatNeverReturns() throws IOException {
        System.setProperty("readiness.rules.maxSeconds", "3");
        Path rules = rulesWith(HEADER + """
                rule "spin while declaring"
                when
                then
                    double x = 0;
                    while (x >= 0) { x = Math.sqrt(x + 1); }
                end
                """);

        AssessCommandTest.Run run = run("rules", "validate", "--rules", rules.toString());

        assertThat(run.exitCode()).isEqualTo(3);
        assertThat(run.err()).startsWith(rules + "/zz-unsettled.drl:3: rule \"spin while declaring\" ran for more than 3 s without"
                + " settling");
    }

    @Test
    void assessExitsThreeNamingTheRuleThatFiredForever() throws IOException {
        Path rules = rulesWith(ON_A_CREDENTIAL);
        assertThat(run("rules", "validate", "--rules", rules.toString()).exitCode()).as("the set itself is valid").isZero();

        AssessCommandTest.Run run = run("assess", profile("LOOP").toString(), "--rules", rules.toString());

        assertThat(run.exitCode()).isEqualTo(3);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).startsWith(rules + "/zz-unsettled.drl:3: rule \"touch a LOOP credential\" fired ")
                .containsPattern("fired \\d+ times without settling \\(the budget is 50000 firings per session");
    }

    @Test
    void assessExitsThreeWhenOneFiringInsertsWithoutBound() throws IOException {
        Path rules = rulesWith(ON_A_CREDENTIAL);

        AssessCommandTest.Run run = run("assess", profile("GROW").toString(), "--rules", rules.toString());

        assertThat(run.exitCode()).isEqualTo(3);
        assertThat(run.err()).startsWith(rules + "/zz-unsettled.drl:10: rule \"grow on a GROW credential\" inserted ")
                .contains("facts without settling");
    }

    @Test
    void assessExitsThreeWhenAConsequenceNeverReturns() throws IOException {
        System.setProperty("readiness.rules.maxSeconds", "3");
        Path rules = rulesWith(ON_A_CREDENTIAL);

        AssessCommandTest.Run run = run("assess", profile("SPIN").toString(), "--rules", rules.toString());

        assertThat(run.exitCode()).isEqualTo(3);
        assertThat(run.err()).startsWith(rules + "/zz-unsettled.drl:17: rule \"spin on a SPIN credential\" ran for more than 3 s"
                + " without settling");
    }

    @Test
    void whenTimeRunsOutOnManyQuickFiringsTheRuleThatKeepsThemComingIsNamed() throws IOException {
        System.setProperty("readiness.rules.maxSeconds", "3");
        // Each skill begets another: the shared rule matching skills to a role's list slows down as skills pile up, and is
        // the one firing when time runs out.
        Path rules = rulesWith(HEADER + """
                rule "a skill begets a skill"
                when
                    $s: Skill()
                then
                    insert(new Skill($s.getName() + "+"));
                end
                """);

        AssessCommandTest.Run run = run("assess", "profiles/nurse-manager-near-csd.json", "--rules", rules.toString());

        assertThat(run.exitCode()).isEqualTo(3);
        assertThat(run.err()).startsWith(rules + "/zz-unsettled.drl:3: rule \"a skill begets a skill\" ")
                .containsPattern("(fired \\d+ times|inserted \\d+ facts|ran for more than 3 s) without settling");
    }

    @Test
    void inABatchEachUnsettledRecordIsRejectedAndTheOthersAreAssessed() throws IOException {
        System.setProperty("readiness.rules.maxSeconds", "3");
        Path rules = rulesWith(ON_A_CREDENTIAL);
        List<String> lines = new ArrayList<>();
        for (Path file : Assess.profileFiles().subList(0, 3)) {
            lines.add(Files.readString(file).replaceAll("\\s*\\n\\s*", " "));
        }
        for (String code : List.of("LOOP", "GROW", "SPIN")) {
            lines.add(Files.readString(profile(code)));
        }
        lines.add(Files.readString(Assess.profileFiles().get(3)).replaceAll("\\s*\\n\\s*", " "));
        Path input = dir.resolve("cohort.jsonl");
        Files.write(input, lines);
        Path out = dir.resolve("results.jsonl");

        AssessCommandTest.Run run = run("batch", input.toString(), "--out", out.toString(), "--jobs", "2", "--rules", rules.toString());

        assertThat(run.exitCode()).isEqualTo(4);
        assertThat(run.err()).contains("read 7, assessed 4, rejected 3");
        assertThat(Files.readString(dir.resolve("results.errors.jsonl")))
                // With a 3 s budget under load, the loop may run out of time before it runs out of firings: either halts it.
                .containsPattern("rule \\\\\"touch a LOOP credential\\\\\" (fired \\d+ times|ran for more than 3 s) without settling")
                .contains("rule \\\"grow on a GROW credential\\\" inserted ")
                .contains("rule \\\"spin on a SPIN credential\\\" ran for more than 3 s without settling");
        assertThat(Files.readAllLines(out)).hasSize(4);
    }
}
