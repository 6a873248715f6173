package readiness.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static readiness.cli.AssessCommandTest.run;

/** roles documents the rules from the rules themselves; the README's table must match it. */
class RolesCommandTest {

    @Test
    void theReadmeRequirementsSectionIsWhatRolesGenerates() throws Exception {
        String readme = Files.readString(Path.of("README.md"));
        String section = readme.substring(readme.indexOf("<!-- roles:begin -->\n") + "<!-- roles:begin -->\n".length(),
                readme.indexOf("<!-- roles:end -->"));

        assertThat(section).as("README.md is stale: paste in the output of 'roles --format md'")
                .isEqualTo(run("roles", "--format", "md", "--rules", "rules").out());
    }

    @Test
    void everyRoleIsListedWithItsLadderAndRequirements() throws Exception {
        JsonNode document = new ObjectMapper().readTree(run("roles", "--format", "json", "--rules", "rules").out());
        JsonNode roles = document.get("roles");

        assertThat(document.at("/ruleSet/version").asText()).isEqualTo(readiness.Assess.assessor().ruleSet().version());
        assertThat(roles).hasSize(5);
        JsonNode medical = roles.get(4);
        assertThat(medical.get("role").asText()).isEqualTo("medical-director");
        assertThat(medical.get("ladder")).hasSize(5);
        assertThat(medical.at("/ladder/1/conditions").toString()).contains("md.ladder.director.as-assistant");
        assertThat(medical.at("/ladder/1/theRole").asBoolean()).isTrue();
        assertThat(medical.get("requirements").toString()).contains("\"metBy\":\"years.post-residency-practice >= 3\"")
                .contains("\"metBy\":\"years as assistant-medical-director or higher >= 3\"");
        assertThat(document.get("catalog").toString()).contains("{\"actionId\":\"doctorate\",\"label\":\"Earn a doctorate "
                + "(DNP or PhD in nursing or healthcare administration)\",\"monthsMin\":36,\"monthsMax\":60,\"costMin\":40000,"
                + "\"costMax\":150000,\"estimate\":true,\"source\":\"000_148b6d0b0456a065.txt");
        assertThat(run("roles", "--rules", "rules").out()).contains("Clinical Services Director (clinical-services-director)");
    }
}
