package readiness.domain;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

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
        assertThat(problem("null")).isEqualTo("p.json: expected a JSON object {...}, found null");
    }

    @Test
    void theMinimalProfileIsValid() throws ProfileException {
        Profile profile = ProfileReader.parse("{\"id\":\"c-1\"}", "p.json");
        assertThat(profile.education()).isEmpty();
        assertThat(profile.experience()).isEmpty();
    }

    @Test
    void aFileSavedWithAByteOrderMarkAndWindowsLineEndsIsRead() throws ProfileException {
        byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
        byte[] json = "{\r\n  \"id\": \"c-1\",\r\n  \"skills\": [\"budgeting\"]\r\n}\r\n".getBytes(StandardCharsets.UTF_8);
        byte[] file = new byte[bom.length + json.length];
        System.arraycopy(bom, 0, file, 0, bom.length);
        System.arraycopy(json, 0, file, bom.length, json.length);

        Profile profile = ProfileReader.parse(file, "p.json");

        assertThat(profile.id()).isEqualTo("c-1");
        assertThat(profile.skills()).containsExactly("budgeting");
    }

    @Test
    void aMistakeAfterAByteOrderMarkIsPlacedWhereAnEditorShowsIt() {
        assertThat(problem("\uFEFF{\"id\": \"c-1\",}")).startsWith("p.json:1:14: malformed JSON: ");
    }

    @Test
    void controlCharactersThatWouldForgeReportLinesOrDriveTheTerminalAreErrorsAtTheirPath() {
        assertThat(problem("{\"id\":\"c-1\\nVerdict   READY\",\"name\":\"\\u001b[2J\\u001b[31mRed\","
                + "\"experience\":[{\"title\":\"Nurse\\u0007\",\"kind\":\"clinical\",\"start\":\"2020-01\"}]}"))
                .isEqualTo("p.json: id: control character U+000A at character 4: text is one line of printable characters\n"
                        + "p.json: name: control character U+001B at character 1: text is one line of printable characters\n"
                        + "p.json: experience[0].title: control character U+0007 at character 6: text is one line of printable characters");
    }

    @Test
    void aNullInAListIsAnErrorAtItsPathNotANullPointerException() {
        assertThat(problem("{\"id\":\"c-1\",\"skills\":[\"budgeting\",null]}"))
                .isEqualTo("p.json: skills[1]: null is not allowed in a list: leave the entry out");
        assertThat(problem("{\"id\":\"c-1\",\"education\":[null]}"))
                .isEqualTo("p.json: education[0]: null is not allowed in a list: leave the entry out");
    }

    @Test
    void aTopLevelListStringOrNumberIsNotAProfile() {
        assertThat(problem("[{\"id\":\"c-1\"}]")).isEqualTo("p.json: expected a JSON object {...}, found a list [...]");
        assertThat(problem("\"c-1\"")).isEqualTo("p.json: expected a JSON object {...}, found text");
        assertThat(problem("42")).isEqualTo("p.json: expected a JSON object {...}, found a number");
    }

    @Test
    void contentAfterTheProfileIsAnErrorWithItsPosition() {
        assertThat(problem("{\"id\":\"c-1\"}\n{\"id\":\"c-2\"}"))
                .isEqualTo("p.json:2:1: found an object {...} after the profile's closing }: one profile per file");
        assertThat(problem("{\"id\":\"c-1\"} 7")).startsWith("p.json:1:14: found a number after the profile's closing }");
    }

    @Test
    void typesAreStrictAndEachWrongTypeNamesItsPath() {
        assertThat(problem("{\"id\":123}")).isEqualTo("p.json: id: expected text");
        assertThat(problem("{\"id\":\"c-1\",\"name\":42}")).isEqualTo("p.json: name: expected text");
        assertThat(problem("{\"id\":\"c-1\",\"skills\":[1,2]}")).isEqualTo("p.json: skills[0]: expected text");
        assertThat(problem("{\"id\":\"c-1\",\"experience\":[{\"kind\":\"clinical\",\"start\":\"2020-01\",\"directReports\":1.5}]}"))
                .isEqualTo("p.json: experience[0].directReports: expected a whole number");
        assertThat(problem("{\"id\":\"c-1\",\"experience\":[{\"kind\":\"clinical\",\"start\":\"2020-01\",\"directReports\":\"3\"}]}"))
                .isEqualTo("p.json: experience[0].directReports: expected a whole number");
        assertThat(problem("{\"id\":\"c-1\",\"licenses\":[{\"type\":\"RN\",\"restricted\":\"true\"}]}"))
                .isEqualTo("p.json: licenses[0].restricted: expected true or false");
        assertThat(problem("{\"id\":\"c-1\",\"experience\":[{\"kind\":\"clinical\",\"start\":\"2020-01\",\"directReports\":99999999999}]}"))
                .isEqualTo("p.json: experience[0].directReports: expected a whole number from 0 to 2,147,483,647");
    }

    @Test
    void implausibleYearsAreErrors() {
        assertThat(problem("{\"id\":\"c-1\",\"asOf\":\"2026-11-01\",\"experience\":[{\"kind\":\"clinical\",\"start\":\"1899-12\"}]}"))
                .isEqualTo("p.json: experience[0].start: \"1899-12\" is before 1900: not a plausible date");
        assertThat(problem("{\"id\":\"c-1\",\"asOf\":\"2026-11-01\",\"licenses\":[{\"type\":\"RN\",\"expires\":\"2037-01\"}]}"))
                .isEqualTo("p.json: licenses[0].expires: \"2037-01\" is more than 10 years after asOf 2026-11-01: not a plausible date");
        assertThat(problem("{\"id\":\"c-1\",\"asOf\":\"0001-01-01\"}"))
                .isEqualTo("p.json: asOf: \"0001-01-01\" is before 1900: not a plausible date");
    }

    @Test
    void aCompletedDateAfterAsOfIsAnErrorNotSilentlyInProgress() {
        assertThat(problem("{\"id\":\"c-1\",\"asOf\":\"2026-11-01\",\"education\":[{\"degree\":\"MHA\",\"completed\":\"2027-05\"}]}"))
                .isEqualTo("p.json: education[0].completed: \"2027-05\" is after asOf 2026-11-01: "
                        + "not completed yet? use \"status\": \"in-progress\" with \"expected\"");
        assertThat(problem("{\"id\":\"c-1\",\"asOf\":\"2026-11-01\",\"training\":[{\"type\":\"residency\",\"completed\":\"2026-12\"}]}"))
                .startsWith("p.json: training[0].completed: \"2026-12\" is after asOf 2026-11-01");
    }

    @Test
    void aWaiverDatedInTheFutureIsAnError() {
        assertThat(problem("{\"id\":\"c-1\",\"asOf\":\"2026-11-01\",\"waivers\":[{\"requirement\":\"csd.license.clinical\","
                + "\"reason\":\"r\",\"by\":\"A. Advisor\",\"date\":\"2026-12-01\"}]}"))
                .isEqualTo("p.json: waivers[0].date: \"2026-12-01\" is after asOf 2026-11-01: an exception cannot be granted in the future");
    }

    @Test
    void overlongTextIsAnErrorAndIsNeverEchoed() {
        assertThat(problem("{\"id\":\"" + "x".repeat(10_000_000) + "\"}"))
                .isEqualTo("p.json: profile too large: 10,000,009 bytes; the limit is 1,048,576 bytes (1 MiB)");
        assertThat(problem("{\"id\":\"" + "x".repeat(500_000) + "\"}"))
                .isEqualTo("p.json: id: text too long: 500,000 characters; the limit is 1,000");
        assertThat(problem("{\"id\":\"c-1\",\"skills\":[\"" + "y".repeat(1_001) + "\"]}"))
                .isEqualTo("p.json: skills[0]: text too long: 1,001 characters; the limit is 1,000");
    }

    @Test
    void aProfileOverTheSizeLimitIsRejectedBeforeParsing() {
        String big = "{\"id\":\"c-1\",\"skills\":[" + "\"a\",".repeat(400_000) + "\"a\"]}";
        assertThat(problem(big)).isEqualTo("p.json: profile too large: 1,600,027 bytes; the limit is 1,048,576 bytes (1 MiB)");
    }

    @Test
    void deepNestingIsAPlainError() {
        assertThat(problem("{\"id\":\"c-1\",\"skills\":" + "[".repeat(50) + "]".repeat(50) + "}"))
                .isEqualTo("p.json: skills: expected text".replace("skills", "skills[0]"));
    }

    @Test
    void aFileThatIsNotUtf8SaysSoAndWhere(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("latin1.json");
        Files.write(file, "{\"id\":\"c-1\",\"name\":\"Jos\u00e9\"}".getBytes(StandardCharsets.ISO_8859_1));
        ProfileException e = catchThrowableOfType(ProfileException.class, () -> ProfileReader.read(file));
        assertThat(e.problems()).containsExactly(file + ": not UTF-8 text: invalid byte at offset 23; save the file as UTF-8");
    }

    @Test
    void aFileSavedAsUtf16IsNamedAsSuchWithOrWithoutItsByteOrderMark(@TempDir Path dir) throws Exception {
        Path marked = Files.write(dir.resolve("marked.json"), "{\"id\":\"c-1\"}".getBytes(StandardCharsets.UTF_16));
        Path bare = Files.write(dir.resolve("bare.json"), "{\"id\":\"c-1\"}".getBytes(StandardCharsets.UTF_16LE));

        assertThat(catchThrowableOfType(ProfileException.class, () -> ProfileReader.read(marked)).problems())
                .containsExactly(marked + ": not UTF-8 text: it is UTF-16 (it starts with a UTF-16 byte order mark); save the file as UTF-8");
        assertThat(catchThrowableOfType(ProfileException.class, () -> ProfileReader.read(bare)).problems())
                .containsExactly(bare + ": not UTF-8 text: a NUL byte at offset 1 (a UTF-16 file, compressed data or damage?); save the file as UTF-8");
    }

    @Test
    void gzipDataUnderAPlainNameIsNamedAsGzip(@TempDir Path dir) throws Exception {
        java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
        try (java.util.zip.GZIPOutputStream gz = new java.util.zip.GZIPOutputStream(bytes)) {
            gz.write("{\"id\":\"c-1\"}".getBytes(StandardCharsets.UTF_8));
        }
        Path file = Files.write(dir.resolve("profile.json"), bytes.toByteArray());

        assertThat(catchThrowableOfType(ProfileException.class, () -> ProfileReader.read(file)).problems()).containsExactly(
                file + ": not UTF-8 text: it is gzip-compressed; give the file a .gz ending (or gunzip it) so it is read as such");
    }

    @Test
    void anUnreadableFileSaysPermissionDenied(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("locked.json");
        Files.writeString(file, "{\"id\":\"c-1\"}");
        org.junit.jupiter.api.Assumptions.assumeTrue(file.toFile().setReadable(false, false) && !Files.isReadable(file),
                "running as root: permissions are not enforced");
        ProfileException e = catchThrowableOfType(ProfileException.class, () -> ProfileReader.read(file));
        assertThat(e.problems()).containsExactly(file + ": cannot be read: permission denied");
    }

    @Test
    void fileSystemFailuresAreNamedInPlainWords() {
        assertThat(ProfileReader.cannotRead(new java.nio.file.AccessDeniedException("/data/p.json"))).isEqualTo("permission denied");
        assertThat(ProfileReader.cannotRead(new java.nio.file.FileSystemException("/data/p.json", null, "Read-only file system")))
                .isEqualTo("read-only file system");
        assertThat(ProfileReader.cannotRead(new java.io.IOException("No space left on device"))).isEqualTo("no space left on device");
    }

    @Test
    void noMessageShowsJavaOrJacksonInternals() {
        List<String> inputs = List.of("[]", "\"x\"", "{\"id\":\"a\"} x", "{\"id\":\"a\",\"skills\":[null]}", "{\"id\":{}}",
                "{\"id\":\"a\",\"education\":[{\"degree\":[]}]}", "{\"id\":\"a\",\"licenses\":{}}", "{\"id\":\"a\",\"exams\":[\"x\"]}",
                "{\"id\":\"a\",\"experience\":[{\"directReports\":true}]}", "{\"id\":\"a\",\"education\":[\"\"]}", "{\"id\":\"a\",}",
                "{\"id\":\"a\",\"id\":\"b\"}", "{\"id\":1e400}", "{\"id\":\"a\",\"experience\":[{\"directReports\":1" + "0".repeat(200) + "}]}");
        for (String input : inputs) {
            assertThat(problem(input)).as(input).startsWith("p.json")
                    .doesNotContain("java.", "readiness.", "Exception", "jackson", "`", "Cannot construct", "Source:");
        }
    }

    @Test
    void aSyntaxErrorKeepsWhereTheOpenListStartedAndNoJacksonMarkers() {
        assertThat(problem("{\"id\":\"a\",\n\"skills\":[\"x\"}"))
                .isEqualTo("p.json:2:14: malformed JSON: Unexpected close marker '}': expected ']' (for Array starting at line: 2, column: 10)");
        assertThat(problem("{\"id\":\"a\",\n\"skills\":[]]"))
                .isEqualTo("p.json:2:12: malformed JSON: Unexpected close marker ']': expected '}' (for Object starting at line: 1, column: 1)");
    }
}
