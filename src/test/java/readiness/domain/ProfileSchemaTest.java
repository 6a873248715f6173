package readiness.domain;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import static org.assertj.core.api.Assertions.assertThat;

/** The shipped JSON Schema names exactly the fields the reader accepts, so the two cannot drift apart. */
class ProfileSchemaTest {

    private static List<String> fields(Class<?> record) {
        return Arrays.stream(record.getRecordComponents()).map(c -> c.getName()).sorted().toList();
    }

    private static List<String> properties(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.get("properties").fieldNames().forEachRemaining(names::add);
        return names.stream().sorted().toList();
    }

    @Test
    void everyProfileFieldIsInTheSchemaAndNoOther() throws Exception {
        JsonNode schema = new ObjectMapper().readTree(Path.of("docs/profile.schema.json").toFile());
        assertThat(properties(schema)).isEqualTo(fields(Profile.class));

        Map<String, Class<?>> lists = Map.of("education", Education.class, "licenses", License.class, "exams", Exam.class,
                "certifications", Certification.class, "boardCertifications", BoardCertification.class,
                "training", Training.class, "experience", Experience.class, "waivers", Waiver.class, "substitutions", Substitution.class);
        Function<String, JsonNode> items = name -> schema.at("/properties/" + name + "/items");
        lists.forEach((name, type) -> assertThat(properties(items.apply(name))).as(name).isEqualTo(fields(type)));
    }
}
