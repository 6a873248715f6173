package readiness.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import readiness.Assess;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static readiness.cli.AssessCommandTest.run;

/**
 * The counselor guide's worked examples, applied exactly as written to a copy of the rules, must
 * validate and do what the guide says they do: the guide cannot drift from the rules.
 */
class RulesGuideTest {
    private static final Pattern EXAMPLE = Pattern.compile("<!-- example ([\\w-]+) -->\\n(.*?)<!-- end example -->", Pattern.DOTALL);
    private static final Pattern BLOCK = Pattern.compile("```(find|replace|copy|case) ([^\\n]+)\\n(.*?)```", Pattern.DOTALL);

    private static Map<String, String> examples() throws IOException {
        Map<String, String> examples = new LinkedHashMap<>();
        Matcher m = EXAMPLE.matcher(Files.readString(Path.of("rules/README.md")));
        while (m.find()) {
            examples.put(m.group(1), m.group(2));
        }
        return examples;
    }

    /** Applies an example to the rules copy (and cases folder); returns the case files it wrote. */
    private static void apply(String example, Path rules, Path cases) throws IOException {
        Matcher block = BLOCK.matcher(example);
        String find = null;
        while (block.find()) {
            String kind = block.group(1);
            String[] args = block.group(2).strip().split("\\s+");
            String body = block.group(3);
            switch (kind) {
                case "find" -> find = body;
                case "replace" -> {
                    Path file = rules.resolve(args[0]);
                    String text = Files.readString(file);
                    assertThat(text).as("the guide's find block is in " + args[0]).contains(find);
                    Files.writeString(file, text.replace(find, body));
                }
                case "copy" -> {
                    String text = Files.readString(rules.resolve(args[0]));
                    for (String line : body.strip().split("\\n")) {
                        String[] pair = line.split(" -> ");
                        text = text.replace(pair[0], pair[1]);
                    }
                    Files.writeString(rules.resolve(args[1]), text);
                }
                case "case" -> Files.writeString(cases.resolve(args[0]), body);
                default -> throw new IllegalStateException(kind);
            }
        }
    }

    @Test
    void theGuideHasAnExampleForEachCommonChange() throws IOException {
        assertThat(examples()).containsOnlyKeys("change-a-threshold", "accept-another-certification",
                "make-a-preferred-requirement-required", "add-a-role", "write-a-test-case");
    }

    @Test
    void changingAThresholdValidatesAndTheCasesShowWhomItMoves(@TempDir Path dir) throws Exception {
        Path rules = Assess.copyRules(dir.resolve("my-rules"));
        apply(examples().get("change-a-threshold"), rules, dir);

        assertThat(run("rules", "validate", "--rules", rules.toString()).exitCode()).isZero();
        AssessCommandTest.Run test = run("rules", "test", "--rules", rules.toString());
        assertThat(test.exitCode()).isEqualTo(4);
        assertThat(test.out()).contains("FAIL  An MSW with four clinical years is a ready clinical director  (cd-01-ready-msw.json)")
                .contains("clinical-director: verdict: expected READY, got NEARLY READY");
    }

    @Test
    void theCaseInTheGuidePassesWithTheNewCertificationAndNotWithout(@TempDir Path dir) throws Exception {
        Path rules = Assess.copyRules(dir.resolve("my-rules"));
        Path cases = Files.createDirectories(dir.resolve("cases"));
        apply(examples().get("write-a-test-case"), rules, cases);

        assertThat(run("rules", "test", "--rules", rules.toString(), "--cases", cases.toString()).out()).endsWith("0 passed, 1 failed\n");

        apply(examples().get("accept-another-certification"), rules, cases);
        assertThat(run("rules", "validate", "--rules", rules.toString()).exitCode()).isZero();
        assertThat(run("rules", "test", "--rules", rules.toString(), "--cases", cases.toString()).out()).endsWith("1 passed, 0 failed\n");
    }

    @Test
    void makingTheMastersRequiredShowsInRolesAndMovesTheVerdict(@TempDir Path dir) throws Exception {
        Path rules = Assess.copyRules(dir.resolve("my-rules"));
        apply(examples().get("make-a-preferred-requirement-required"), rules, dir);

        assertThat(run("rules", "validate", "--rules", rules.toString()).exitCode()).isZero();
        JsonNode roles = new ObjectMapper().readTree(run("roles", "--format", "json", "--rules", rules.toString()).out());
        assertThat(roles.toString()).contains("{\"requirement\":\"dcs.education.masters\",\"category\":\"education\",\"severity\":\"required\"");
        AssessCommandTest.Run diff = run("rules", "diff", "--before", "rules", "--after", rules.toString(), "profiles");
        assertThat(diff.out()).contains("Director of Clinical Services: verdict READY -> NOT READY");
    }

    @Test
    void aCopiedRoleFileIsANewRole(@TempDir Path dir) throws Exception {
        Path rules = Assess.copyRules(dir.resolve("my-rules"));
        apply(examples().get("add-a-role"), rules, dir);

        assertThat(run("rules", "validate", "--rules", rules.toString()).out()).contains("9 files, 6 roles");
        assertThat(run("roles", "--rules", rules.toString()).out()).contains("Clinical Nurse Manager (clinical-nurse-manager)")
                .contains("cnm.education.masters");
    }
}
