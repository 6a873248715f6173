package readiness.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import readiness.Assess;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static readiness.cli.AssessCommandTest.run;

/**
 * A rule whose consequence throws on the facts before it (a division by zero, a call on a missing value) is the
 * rules' fault, not the profile's and not an internal error: exit 3 naming the rule at file:line and what went
 * wrong, and in a batch one rejected record per profile it breaks, the others assessed.
 */
class RuleFailureTest {
    private static final String DIVIDE = """
            package readiness.rules;
            import readiness.facts.*;

            rule "months per year of a DIV credential"
            when
                $c: Credential(code == "DIV")
                $j: Job()
            then
                int perYear = 12 / ($j.getMonths() - $j.getMonths());
            end
            """;

    @TempDir
    Path dir;

    private Path rules(String text) throws IOException {
        Path rules = Assess.copyRules(dir.resolve("rules"));
        Files.writeString(rules.resolve("zz-failing.drl"), text);
        return rules;
    }

    private static String profile(String id, String code) {
        return "{\"id\": \"" + id + "\", \"asOf\": \"2026-11-01\", \"certifications\": [{\"code\": \"" + code + "\"}],"
                + " \"experience\": [{\"kind\": \"clinical\", \"start\": \"2020-01\"}]}";
    }

    @Test
    void assessExitsThreeNamingTheRuleAndWhatWentWrong() throws IOException {
        Path rules = rules(DIVIDE);
        Path profile = dir.resolve("div.json");
        Files.writeString(profile, profile("div", "DIV"));

        AssessCommandTest.Run run = run("assess", profile.toString(), "--rules", rules.toString());

        assertThat(run.exitCode()).isEqualTo(3);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).isEqualTo(rules + "/zz-failing.drl:4: rule \"months per year of a DIV credential\" failed while running:"
                + " / by zero" + System.lineSeparator());
    }

    @Test
    void inABatchOnlyTheProfilesItBreaksAreRejected() throws IOException {
        Path rules = rules(DIVIDE);
        Path input = dir.resolve("cohort.jsonl");
        Files.write(input, List.of(profile("a", "CPHQ"), profile("b", "DIV"), profile("c", "CPHQ")));
        Path out = dir.resolve("results.jsonl");

        AssessCommandTest.Run run = run("batch", input.toString(), "--out", out.toString(), "--rules", rules.toString());

        assertThat(run.exitCode()).isEqualTo(4);
        assertThat(run.err()).contains("read 3, assessed 2, rejected 1");
        assertThat(Files.readAllLines(out)).hasSize(2);
        assertThat(Files.readString(dir.resolve("results.errors.jsonl")))
                .contains("\"id\":\"b\"")
                .contains("zz-failing.drl:4: rule \\\"months per year of a DIV credential\\\" failed while running: / by zero")
                .doesNotContain("internal error");
    }

    @Test
    void aDeclarationThatThrowsIsAProblemOfTheRuleSetAtItsRule() throws IOException {
        Path rules = rules("""
                package readiness.rules;
                import readiness.facts.*;

                rule "a policy with a broken figure"
                when
                then
                    int months = 12 / 0;
                end
                """);

        AssessCommandTest.Run run = run("rules", "validate", "--rules", rules.toString());

        assertThat(run.exitCode()).isEqualTo(3);
        assertThat(run.err()).startsWith(rules + "/zz-failing.drl:4: rule \"a policy with a broken figure\" failed while running: / by zero");
    }
}
