package readiness.domain;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** Every class of bad profile gets one clear line naming the source and where the problem is. */
class ProfileReaderTest {

    private static String problem(String json) {
        ProfileException e = catchThrowableOfType(ProfileException.class, () -> ProfileReader.parse(json, "p.json"));
        assertThat(e).as("expected the profile to be rejected").isNotNull();
        return String.join("\n", e.problems());
    }

    @Test
    void malformedJsonNamesLineAndColumn() {
        assertThat(problem("{\n  \"id\": \"c-1\",\n  \"skills\": [\"a\" \"b\"]\n}"))
                .startsWith("p.json:3:18: malformed JSON: Unexpected character ('\"'");
    }

    @Test
    void anInvalidMonthNamesItsJsonPath() {
        assertThat(problem("{\"id\":\"c-1\",\"experience\":[{\"kind\":\"clinical\",\"start\":\"2020-13\"}]}"))
                .isEqualTo("p.json: experience[0].start: \"2020-13\" is not a valid month");
    }

    @Test
    void aDateInTheWrongShapeSaysWhichShapesWork() {
        assertThat(problem("{\"id\":\"c-1\",\"asOf\":\"11/01/2026\"}"))
                .isEqualTo("p.json: asOf: \"11/01/2026\" is not a date: use YYYY-MM or YYYY-MM-DD");
    }

    @Test
    void anUnknownFieldIsAnErrorWithTheClosestKnownName() {
        assertThat(problem("{\"id\":\"c-1\",\"licenses\":[{\"type\":\"RN\",\"expiers\":\"2027-01\"}]}"))
                .isEqualTo("p.json: licenses[0].expiers: unknown field \"expiers\" (did you mean \"expires\"?)");
    }

    @Test
    void aMissingIdIsAnError() {
        assertThat(problem("{\"name\":\"No Id\"}")).isEqualTo("p.json: id: missing: every profile needs an id");
    }

    @Test
    void aValueOutsideTheContractListIsAnErrorWithASuggestion() {
        assertThat(problem("{\"id\":\"c-1\",\"experience\":[{\"kind\":\"managment\",\"start\":\"2020-01\"}]}"))
                .contains("experience[0].kind: \"managment\" is not one of clinical, supervisory, management")
                .endsWith("(did you mean \"management\"?)");
    }

    @Test
    void aWrongTypeNamesThePathAndTheExpectedShape() {
        assertThat(problem("{\"id\":\"c-1\",\"education\":\"BSN\"}")).isEqualTo("p.json: education: expected a list [...]");
    }

    @Test
    void anEndBeforeTheStartIsAnError() {
        assertThat(problem("{\"id\":\"c-1\",\"experience\":[{\"kind\":\"clinical\",\"start\":\"2020-05\",\"end\":\"2019-01\"}]}"))
                .isEqualTo("p.json: experience[0].end: \"2019-01\" is before the start \"2020-05\"");
    }

    @Test
    void everyFieldProblemIsReportedNotJustTheFirst() {
        ProfileException e = catchThrowableOfType(ProfileException.class, () -> ProfileReader.parse(
                "{\"id\":\"c-1\",\"asOf\":\"2026-02-30\",\"education\":[{\"degree\":\"MHA\",\"status\":\"done\"}]}", "p.json"));
        assertThat(e.problems()).containsExactly(
                "p.json: asOf: \"2026-02-30\" is not a valid date",
                "p.json: education[0].status: \"done\" is not one of completed, in-progress, incomplete");
    }

    @Test
    void emptyInputAndNullAreErrors() {
        assertThat(problem("  ")).isEqualTo("p.json: empty input: expected a JSON object");
        assertThat(problem("null")).isEqualTo("p.json: expected a JSON object, found null");
    }

    @Test
    void theMinimalProfileIsValid() throws ProfileException {
        Profile profile = ProfileReader.parse("{\"id\":\"c-1\"}", "p.json");
        assertThat(profile.education()).isEmpty();
        assertThat(profile.experience()).isEmpty();
    }
}
