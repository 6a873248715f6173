package readiness.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import readiness.Assess;
import readiness.cli.AssessCommandTest;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The API through a real HTTP client against a started server on an ephemeral port of 127.0.0.1. */
class ServerApiTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient CLIENT = HttpClient.newHttpClient();
    private static final String NURSE = "profiles/nurse-manager-near-csd.json";
    private static ReadinessServer server;
    private static String base;

    record Answer(int status, String contentType, String body) {
        JsonNode json() throws IOException {
            return JSON.readTree(body);
        }
    }

    @BeforeAll
    static void start() {
        LiveRules rules = new LiveRules(Path.of("rules"));
        assertThat(rules.reload()).isTrue();
        server = new ReadinessServer(rules, "127.0.0.1", 0).start();
        base = "http://127.0.0.1:" + server.port();
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    static Answer get(String base, String path) throws IOException, InterruptedException {
        return send(HttpRequest.newBuilder(URI.create(base + path)).GET().build());
    }

    static Answer post(String base, String path, String body) throws IOException, InterruptedException {
        return send(HttpRequest.newBuilder(URI.create(base + path))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)).build());
    }

    static Answer send(HttpRequest request) throws IOException, InterruptedException {
        HttpResponse<String> response = CLIENT.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        return new Answer(response.statusCode(), response.headers().firstValue("Content-Type").orElse(""), response.body());
    }

    private static String read(String file) throws IOException {
        return Files.readString(Path.of(file));
    }

    @Test
    void assessAnswersWhatTheCliPrintsByteForByteForEveryShippedProfile() throws Exception {
        for (Path profile : Assess.profileFiles()) {
            Answer answer = post(base, "/api/assess", Files.readString(profile));
            AssessCommandTest.Run cli = AssessCommandTest.run("assess", profile.toString(), "--rules", "rules", "--format", "json");
            assertThat(answer.status()).as(profile.toString()).isEqualTo(200);
            assertThat(answer.body()).as(profile.toString()).isEqualTo(cli.out());
        }
    }

    @Test
    void assessAnswersWhatTheCliPrintsInMarkdownAndTextForEveryShippedProfile() throws Exception {
        for (Path profile : Assess.profileFiles()) {
            for (String format : new String[] {"md", "text"}) {
                Answer answer = post(base, "/api/assess?format=" + format, Files.readString(profile));
                AssessCommandTest.Run cli = AssessCommandTest.run("assess", profile.toString(), "--rules", "rules", "--format", format);
                assertThat(answer.contentType()).startsWith(format.equals("md") ? "text/markdown" : "text/plain");
                assertThat(answer.body()).as(profile + " " + format).isEqualTo(cli.out());
            }
        }
    }

    @Test
    void assessTakesRolesAndAnAsOfDateAsTheCliDoes() throws Exception {
        Answer answer = post(base, "/api/assess?role=medical-director&role=clinical-director&asOf=2030-01-01", read(NURSE));
        AssessCommandTest.Run cli = AssessCommandTest.run("assess", NURSE, "--rules", "rules", "--format", "json",
                "--role", "medical-director", "--role", "clinical-director", "--as-of", "2030-01-01");

        assertThat(answer.contentType()).startsWith("application/json");
        assertThat(answer.body()).isEqualTo(cli.out());
        assertThat(answer.json().get("asOf").asText()).isEqualTo("2030-01-01");
        assertThat(answer.json().get("roles")).extracting(r -> r.get("role").asText()).containsExactly("clinical-director", "medical-director");
    }

    @Test
    void assessAsHtmlIsAPageWithACardPerRoleNamingTheRuleVersion() throws Exception {
        Answer answer = post(base, "/api/assess?format=html&role=clinical-services-director", read(NURSE));
        String version = get(base, "/api/rules").json().get("version").asText();

        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.contentType()).startsWith("text/html");
        assertThat(answer.body()).startsWith("<!DOCTYPE html>")
                .contains("data-role=\"clinical-services-director\" data-verdict=\"NEARLY_READY\"")
                .contains("Senior Clinical Services Director").contains("you are here")
                .contains("critical path").contains("rules <span class=\"rules-version\">" + version);
    }

    @Test
    void aStepAfterSeveralOthersNamesThemInWordsOnThePage() throws Exception {
        Answer answer = post(base, "/api/assess?format=html&role=medical-director", read("profiles/resident-physician.json"));

        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.body()).contains("closes md.license.board-certification, after steps 1 and 2").doesNotContain("after step 1, 2");
    }

    @Test
    void explainAnswersEachRequirementWithTheRuleThatDecidedIt() throws Exception {
        Answer answer = post(base, "/api/explain?role=clinical-services-director", read(NURSE));

        assertThat(answer.status()).isEqualTo(200);
        JsonNode role = answer.json().get("roles").get(0);
        assertThat(role.get("role").asText()).isEqualTo("clinical-services-director");
        assertThat(role.get("verdict").asText()).startsWith("NEARLY READY");
        JsonNode masters = null;
        for (JsonNode r : role.get("requirements")) {
            if (r.get("id").asText().equals("csd.education.masters")) {
                masters = r;
            }
        }
        assertThat(masters).isNotNull();
        assertThat(masters.get("outcome").asText()).isEqualTo("GAP");
        assertThat(masters.get("why").asText()).isNotBlank();
        assertThat(AssessCommandTest.run("explain", NURSE, "--rules", "rules", "--role", "clinical-services-director").out())
                .contains("decided by  rule \"" + masters.get("rule").asText() + "\"");
    }

    @Test
    void whatIfShowsTheVerdictMonthsAndGapsMovingPerRole() throws Exception {
        String body = "{\"profile\": " + read(NURSE) + ", \"changes\": ["
                + "{\"complete\": \"education[1]\", \"date\": \"2027-05\"},"
                + "{\"renew\": \"licenses[0]\", \"expires\": \"2029-03-31\"}]}";
        Answer answer = post(base, "/api/what-if?role=clinical-services-director", body);

        assertThat(answer.status()).isEqualTo(200);
        JsonNode json = answer.json();
        assertThat(json.get("doneBy").asText()).isEqualTo("2027-05-31");
        assertThat(json.get("changes")).extracting(JsonNode::asText)
                .containsExactly("complete education[1] (MHA) by 2027-05", "renew licenses[0] (RN) until 2029-03-31");
        JsonNode csd = json.get("roles").get(0);
        assertThat(csd.get("verdict").get("before").asText()).isEqualTo("NEARLY_READY");
        assertThat(csd.get("verdict").get("after").asText()).isEqualTo("READY");
        assertThat(csd.get("monthsToReady").get("before").asInt()).isEqualTo(6);
        assertThat(csd.get("monthsToReady").get("after").asInt()).isZero();
        assertThat(csd.get("gapsClosed")).extracting(JsonNode::asText).containsExactly("csd.education.masters");
        assertThat(json.get("before").get("asOf").asText()).isEqualTo("2026-11-01");
        assertThat(json.get("after").get("asOf").asText()).isEqualTo("2027-05-31");
    }

    @Test
    void whatIfWithoutTheRenewalShowsTheLicenseLapsingByThePlanDate() throws Exception {
        String body = "{\"profile\": " + read(NURSE) + ", \"changes\": [{\"extend\": \"experience[1]\", \"months\": 12}]}";
        JsonNode csd = post(base, "/api/what-if?role=clinical-services-director", body).json().get("roles").get(0);

        assertThat(csd.get("gapsOpened")).extracting(JsonNode::asText).contains("csd.license.clinical");
        assertThat(csd.get("verdict").get("after").asText()).isNotEqualTo("READY");
    }

    @Test
    void whatIfAsHtmlShowsTheDifferenceAndTheReportAfter() throws Exception {
        String body = "{\"profile\": " + read(NURSE) + ", \"changes\": [{\"add\": \"education\", \"entry\": "
                + "{\"degree\": \"DNP\", \"field\": \"nursing\", \"status\": \"completed\", \"completed\": \"2027-01\"}}]}";
        Answer answer = post(base, "/api/what-if?format=html", body);

        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.body()).contains("class=\"whatif-table\"").contains("add to education: DNP").contains("The report after the plan");
    }

    @Test
    void badChangesAreNamedByTheirPlaceInTheRequestWithDidYouMean() throws Exception {
        String body = "{\"profile\": " + read(NURSE) + ", \"changes\": ["
                + "{\"ad\": \"education\"},"
                + "{\"add\": \"educaton\", \"entry\": {}},"
                + "{\"add\": \"education\", \"entry\": {\"degree\": \"MHA\", \"completed\": \"2027-15\"}},"
                + "{\"renew\": \"licenses[4]\", \"expires\": \"2029-01\"},"
                + "{\"extend\": \"experience[0]\", \"months\": 0}]}";
        Answer answer = post(base, "/api/what-if", body);

        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.contentType()).startsWith("application/problem+json");
        assertThat(answer.json().get("errors")).extracting(JsonNode::asText).containsExactly(
                "changes[0]: expected exactly one of: add, complete, extend, renew (did you mean \"add\"?)",
                "changes[1].add: unknown section \"educaton\" (did you mean \"education\"?); sections: education, licenses, exams, "
                        + "certifications, boardCertifications, training, experience, skills",
                "changes[2].entry.completed: \"2027-15\" is not a valid month",
                "changes[3].renew: the profile has no licenses[4] (it has 1 licenses entries, counted from 0)",
                "changes[4].months: expected a whole number of months from 1 to 600");
    }

    @Test
    void anEntryIndexTooLargeForANumberIsNamedAsAMissingEntryNotAJavaMessage() throws Exception {
        String body = "{\"profile\": " + read(NURSE) + ", \"changes\": [{\"complete\": \"education[99999999999999999999]\", \"date\": \"2027-05\"}]}";
        Answer answer = post(base, "/api/what-if", body);

        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.json().get("errors")).extracting(JsonNode::asText).containsExactly(
                "changes[0].complete: the profile has no education[99999999999999999999] (it has 2 education entries, counted from 0)");
    }

    @Test
    void twoChangesToOneEntryOrCompletingWhatIsDoneAreRefusedNotHalfApplied() throws Exception {
        // before: the second renewal silently won, and "complete" moved the BSN's 2012 completion to 2027
        String body = "{\"profile\": " + read(NURSE) + ", \"changes\": ["
                + "{\"renew\": \"licenses[0]\", \"expires\": \"2029-03-31\"},"
                + "{\"renew\": \"licenses[0]\", \"expires\": \"2028-03-31\"},"
                + "{\"complete\": \"education[0]\", \"date\": \"2027-05\"}]}";
        Answer answer = post(base, "/api/what-if", body);

        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.json().get("errors")).extracting(JsonNode::asText).containsExactly(
                "changes[1].renew: licenses[0] is already changed by changes[0]: plan one change per entry",
                "changes[2].complete: education[0] (BSN) is already completed: complete takes a degree or training in progress");
        Answer respelt = post(base, "/api/what-if", "{\"profile\": " + read(NURSE) + ", \"changes\": ["
                + "{\"renew\": \"licenses[0]\", \"expires\": \"2029-03-31\"},"
                + "{\"renew\": \"licenses[00]\", \"expires\": \"2027-12-31\"}]}");
        assertThat(respelt.json().get("errors")).extracting(JsonNode::asText).as("licenses[00] is licenses[0]").containsExactly(
                "changes[1].renew: licenses[00] is already changed by changes[0]: plan one change per entry");
    }

    @Test
    void aWhatIfBodyWithAKeyTwiceIsRefusedAsAssessRefusesItNotHalfRead() throws Exception {
        Answer changesTwice = post(base, "/api/what-if", "{\"profile\": {\"id\": \"a\"}, \"changes\": [], \"changes\": []}");
        Answer idTwice = post(base, "/api/what-if", "{\"profile\": {\"id\": \"a\", \"id\": \"b\"}, \"changes\": []}");

        assertThat(changesTwice.status()).isEqualTo(400);
        assertThat(changesTwice.json().get("errors").get(0).asText()).isEqualTo("request body:1:50: malformed JSON: Duplicate field 'changes'");
        assertThat(idTwice.status()).isEqualTo(400);
        assertThat(idTwice.json().get("errors").get(0).asText()).isEqualTo("request body:1:29: malformed JSON: Duplicate field 'id'");
    }

    @Test
    void aWhatIfBodyFieldBesideProfileAndChangesIsAnErrorNotSilentlyIgnored() throws Exception {
        // asOf in the body was dropped: the answer was as of the profile's date, with nothing to say so
        Answer asOf = post(base, "/api/what-if", "{\"profile\": " + read(NURSE) + ", \"changes\": [], \"asOf\": \"2030-01-01\"}");
        Answer typo = post(base, "/api/what-if", "{\"profile\": " + read(NURSE) + ", \"chnages\": []}");

        assertThat(asOf.status()).isEqualTo(400);
        assertThat(asOf.json().get("errors")).extracting(JsonNode::asText).containsExactly(
                "asOf: unknown field \"asOf\": the body is {\"profile\": {...}, \"changes\": [...]}; an assessment date is the asOf parameter");
        assertThat(typo.json().get("errors")).extracting(JsonNode::asText).containsExactly(
                "chnages: unknown field \"chnages\" (did you mean \"changes\"?): the body is {\"profile\": {...}, \"changes\": [...]}");
    }

    @Test
    void aFieldAChangeDoesNotTakeIsAnErrorNotSilentlyIgnored() throws Exception {
        String body = "{\"profile\": " + read(NURSE) + ", \"changes\": ["
                + "{\"renew\": \"licenses[0]\", \"expires\": \"2029-03-31\", \"restricted\": false},"
                + "{\"complete\": \"education[1]\", \"date\": \"2027-05\", \"expectd\": \"2027-05\"},"
                + "{\"extend\": \"experience[1]\", \"months\": 12, \"month\": 24}]}";
        Answer answer = post(base, "/api/what-if", body);

        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.json().get("errors")).extracting(JsonNode::asText).containsExactly(
                "changes[0].restricted: unknown field \"restricted\": a renew change takes renew and expires",
                "changes[1].expectd: unknown field \"expectd\": a complete change takes complete and date",
                "changes[2].month: unknown field \"month\" (did you mean \"months\"?): an extend change takes extend and months");
    }

    @Test
    void aRenewalThatExpiresBeforeTheAssessmentDateIsAMistake() throws Exception {
        String body = "{\"profile\": " + read(NURSE) + ", \"changes\": [{\"renew\": \"licenses[0]\", \"expires\": \"2025-06\"}]}";
        Answer answer = post(base, "/api/what-if", body);

        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.json().get("errors")).extracting(JsonNode::asText).containsExactly(
                "changes[0].expires: 2025-06 is not after the assessment date 2026-11-01: a renewal runs to a later date");
    }

    @Test
    void aCompletionBeforeTheAssessmentDateIsAMistakeOneLaterInTheSameMonthIsAPlan() throws Exception {
        String past = "{\"profile\": " + read(NURSE) + ", \"changes\": [{\"complete\": \"education[1]\", \"date\": \"2026-10\"}]}";
        String thisMonth = "{\"profile\": " + read(NURSE) + ", \"changes\": [{\"complete\": \"education[1]\", \"date\": \"2026-11\"}]}";
        Answer refused = post(base, "/api/what-if", past);
        Answer planned = post(base, "/api/what-if", thisMonth);

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.json().get("errors")).extracting(JsonNode::asText).containsExactly(
                "changes[0].date: 2026-10 is before the assessment date 2026-11-01: a what-if plans what is still to come;"
                        + " a completion already done belongs in the profile");
        assertThat(planned.status()).isEqualTo(200);
    }

    @Test
    void anAddedEntryWithAFieldWrongIsNamedByTheChangeThatAddedIt() throws Exception {
        String body = "{\"profile\": " + read(NURSE) + ", \"changes\": [{\"add\": \"licenses\", \"entry\": {\"type\": \"RN\", \"staus\": \"active\"}}]}";
        Answer answer = post(base, "/api/what-if", body);

        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.json().get("errors").get(0).asText()).startsWith("changes[0].entry.staus: unknown field \"staus\" (did you mean \"status\"?)");
    }

    @Test
    void rolesIsWhatTheRolesCommandPrintsAsJson() throws Exception {
        Answer answer = get(base, "/api/roles");

        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.body()).isEqualTo(AssessCommandTest.run("roles", "--format", "json", "--rules", "rules").out());
    }

    @Test
    void rulesNamesTheVersionInUseItsFolderAndWhenItLoaded() throws Exception {
        JsonNode rules = get(base, "/api/rules").json();
        String reportVersion = post(base, "/api/assess", read(NURSE)).json().get("ruleSet").get("version").asText();

        assertThat(rules.get("version").asText()).isEqualTo(reportVersion);
        assertThat(rules.get("source").asText()).isEqualTo("rules");
        assertThat(rules.get("loadedAt").asText()).matches("\\d{4}-\\d{2}-\\d{2}T.*Z");
        assertThat(rules.get("lastReloadError").isNull()).isTrue();
    }

    @Test
    void healthSaysOkWithTheVersion() throws Exception {
        Answer answer = get(base, "/health");

        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.json().get("status").asText()).isEqualTo("ok");
    }

    @Test
    void vocabularyOffersTheCodesTheRulesKnow() throws Exception {
        JsonNode vocabulary = get(base, "/api/vocabulary").json();

        assertThat(vocabulary.get("codes").get("education")).extracting(JsonNode::asText).contains("BSN", "MHA", "MSN", "DNP");
        assertThat(vocabulary.get("codes").get("licenses")).extracting(JsonNode::asText).contains("RN", "MEDICAL");
        assertThat(vocabulary.get("actions").get("nclex-rn").get("code").asText()).isEqualTo("NCLEX-RN");
        assertThat(vocabulary.get("skills")).extracting(JsonNode::asText).contains("budgeting", "lean six sigma");
    }

    @Test
    void theOpenApiDocumentDescribesEveryEndpointTheServerAnswers() throws Exception {
        Answer answer = get(base, "/openapi.json");
        JsonNode paths = answer.json().get("paths");

        assertThat(answer.json().get("openapi").asText()).startsWith("3.");
        for (Iterator<String> names = paths.fieldNames(); names.hasNext(); ) {
            String path = names.next();
            if (paths.get(path).has("get")) {
                assertThat(get(base, path).status()).as(path).isEqualTo(200);
            }
        }
        assertThat(paths.get("/api/assess").has("post")).isTrue();
        assertThat(paths.get("/api/explain").has("post")).isTrue();
        assertThat(paths.get("/api/what-if").has("post")).isTrue();
    }

    @Test
    void theOpenApiDocumentRefusesTheBodyFieldsTheServerRefuses() throws Exception {
        JsonNode api = get(base, "/openapi.json").json();
        JsonNode whatIf = api.at("/paths/~1api~1what-if/post/requestBody/content/application~1json/schema");

        assertThat(whatIf.path("additionalProperties").asBoolean(true)).as("the what-if body takes profile and changes only").isFalse();
        for (JsonNode change : api.at("/components/schemas/Change/oneOf")) {
            assertThat(change.path("additionalProperties").asBoolean(true)).as(change.get("required").toString()).isFalse();
        }
    }

    @Test
    void aBadProfileIs400WithTheCliMessagesNamingTheJsonPath() throws Exception {
        String profile = "{\"id\": \"x\", \"experience\": [{\"title\": \"Nurse\", \"kind\": \"clincal\", \"start\": \"2020-13\"}]}";
        Path file = Files.writeString(Files.createTempFile("bad", ".json"), profile);
        Answer answer = post(base, "/api/assess", profile);
        String cli = AssessCommandTest.run("assess", file.toString(), "--rules", "rules").err();

        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.contentType()).startsWith("application/problem+json");
        JsonNode problem = answer.json();
        assertThat(problem.get("type").asText()).isEqualTo("/problems#invalid-profile");
        assertThat(problem.get("status").asInt()).isEqualTo(400);
        assertThat(problem.get("errors")).extracting(JsonNode::asText)
                .containsExactlyElementsOf(cli.lines().map(line -> line.replace(file.toString(), "profile")).toList());
        assertThat(problem.get("errors").toString()).contains("experience[0].start").contains("did you mean");
    }

    @Test
    void aBodyThatIsNotUtf8Is400WithTheCliMessageNotSilentlyRepaired() throws Exception {
        byte[] latin1 = "{\"id\": \"x\", \"name\": \"Jos\u00e9\"}".getBytes(StandardCharsets.ISO_8859_1);
        Path file = Files.write(Files.createTempFile("latin1", ".json"), latin1);
        String cli = AssessCommandTest.run("assess", file.toString(), "--rules", "rules").err();

        for (String path : List.of("/api/assess", "/api/explain")) {
            Answer answer = send(HttpRequest.newBuilder(URI.create(base + path))
                    .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofByteArray(latin1)).build());

            assertThat(answer.status()).as(path).isEqualTo(400);
            assertThat(answer.json().get("errors").get(0).asText()).as(path)
                    .isEqualTo(cli.strip().replace(file.toString(), "profile"))
                    .isEqualTo("profile: not UTF-8 text: invalid byte at offset 24; save the file as UTF-8");
        }
        byte[] whatIf = "{\"profile\": {\"id\": \"Jos\u00e9\"}, \"changes\": []}".getBytes(StandardCharsets.ISO_8859_1);
        Answer answer = send(HttpRequest.newBuilder(URI.create(base + "/api/what-if"))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofByteArray(whatIf)).build());
        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.json().get("errors").get(0).asText())
                .isEqualTo("request body: not UTF-8 text: invalid byte at offset 23; save the file as UTF-8");
    }

    @Test
    void malformedJsonIs400WithLineAndColumn() throws Exception {
        Answer answer = post(base, "/api/assess", "{\n  \"id\": \"x\",\n  \"name\": oops\n}");

        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.json().get("errors").get(0).asText()).startsWith("profile:3:").contains("malformed JSON");
    }

    @Test
    void badQueryParametersAre400WithDidYouMean() throws Exception {
        assertThat(post(base, "/api/assess?role=clinical-servces-director", read(NURSE)).json().get("errors").get(0).asText())
                .startsWith("role: unknown role \"clinical-servces-director\" (did you mean \"clinical-services-director\"?)");
        assertThat(post(base, "/api/assess?format=pdf", read(NURSE)).json().get("errors").get(0).asText())
                .isEqualTo("format: \"pdf\" is not a format: use json, md, text or html");
        assertThat(post(base, "/api/assess?asOf=2026-13-01", read(NURSE)).json().get("errors").get(0).asText())
                .isEqualTo("asOf: \"2026-13-01\" is not a valid month");
        assertThat(post(base, "/api/what-if", "{\"changes\": []}").status()).isEqualTo(400);
        assertThat(post(base, "/api/assess", "").json().get("errors").get(0).asText()).isEqualTo("profile: empty input: expected a JSON object");
    }

    @Test
    void aMisspeltOrRepeatedQueryParameterIs400NotSilentlyIgnored() throws Exception {
        // asof=2030-01-01 ignored would be a report as of the profile's own date, with nothing to say the date was dropped
        Answer misspelt = post(base, "/api/assess?asof=2030-01-01", read(NURSE));
        Answer twice = post(base, "/api/assess?asOf=2026-11-01&asOf=2030-01-01", read(NURSE));
        Answer notForExplain = post(base, "/api/explain?format=text", read(NURSE));
        Answer plural = post(base, "/api/what-if?roles=medical-director", "{\"profile\": " + read(NURSE) + ", \"changes\": []}");

        assertThat(misspelt.status()).isEqualTo(400);
        assertThat(misspelt.json().get("errors")).extracting(JsonNode::asText).containsExactly(
                "asof: unknown parameter \"asof\" (did you mean \"asOf\"?); /api/assess takes role, asOf, format");
        assertThat(twice.status()).isEqualTo(400);
        assertThat(twice.json().get("errors")).extracting(JsonNode::asText).containsExactly(
                "asOf: given 2 times (2026-11-01, 2030-01-01); give it once");
        assertThat(notForExplain.json().get("errors")).extracting(JsonNode::asText).containsExactly(
                "format: unknown parameter \"format\"; /api/explain takes role, asOf");
        assertThat(plural.json().get("errors")).extracting(JsonNode::asText).containsExactly(
                "roles: unknown parameter \"roles\" (did you mean \"role\"?); /api/what-if takes role, asOf, format");
        assertThat(post(base, "/api/assess?role=medical-director&role=clinical-director", read(NURSE)).status())
                .as("role is the one parameter that repeats").isEqualTo(200);
        assertThat(post(base, "/api/assess?role=medical-director&", read(NURSE)).status()).as("a trailing & names nothing").isEqualTo(200);
        assertThat(post(base, "/api/assess?format=text&&role=medical-director", read(NURSE)).status()).isEqualTo(200);
    }

    @Test
    void anEmptyAsOfIsRefusedNotTakenAsTheProfilesOwnDate() throws Exception {
        Answer empty = post(base, "/api/assess?asOf=", read(NURSE));

        assertThat(empty.status()).isEqualTo(400);
        assertThat(empty.json().get("errors")).extracting(JsonNode::asText).containsExactly(
                "asOf: empty: give a date (2026-11-01) or leave asOf out to use the profile's own");
    }

    @Test
    void aBodyOverTheLimitIs413() throws Exception {
        String huge = "{\"id\": \"" + "x".repeat((int) ReadinessServer.MAX_BODY_BYTES) + "\"}";
        Answer answer = post(base, "/api/assess", huge);

        assertThat(answer.status()).isEqualTo(413);
        assertThat(answer.json().get("type").asText()).isEqualTo("/problems#too-large");
        assertThat(answer.json().get("errors").get(0).asText())
                .as("the same message as assess and batch").isEqualTo("request body: " + readiness.domain.ProfileReader.tooLarge(huge.length()));
    }

    @Test
    void aDeclaredHugeBodyIsRefusedBeforeItIsSent() throws Exception {
        try (java.net.Socket socket = new java.net.Socket("127.0.0.1", server.port())) {
            socket.setSoTimeout(10_000);
            socket.getOutputStream().write(("POST /api/assess HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n"
                    + "Content-Length: 50000000\r\n\r\n{").getBytes(StandardCharsets.US_ASCII));
            socket.getOutputStream().flush();
            String status = new java.io.BufferedReader(new java.io.InputStreamReader(socket.getInputStream(), StandardCharsets.US_ASCII)).readLine();
            assertThat(status).isEqualTo("HTTP/1.1 413 Payload Too Large");
        }
    }

    @Test
    void aChunkedBodyOverTheLimitIs413AsSoonAsTheLimitIsPassed() throws Exception {
        // no Content-Length: the server learns the size only by reading, and must stop at the limit
        try (java.net.Socket socket = new java.net.Socket("127.0.0.1", server.port())) {
            socket.setSoTimeout(5_000);
            var out = socket.getOutputStream();
            out.write(("POST /api/assess HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n"
                    + "Transfer-Encoding: chunked\r\n\r\n" + Integer.toHexString(400_000_000) + "\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            out.write(("{\"id\": \"" + "x".repeat((int) ReadinessServer.MAX_BODY_BYTES)).getBytes(StandardCharsets.US_ASCII));
            out.flush();
            var in = new java.io.BufferedReader(new java.io.InputStreamReader(socket.getInputStream(), StandardCharsets.UTF_8));
            assertThat(in.readLine()).isEqualTo("HTTP/1.1 413 Payload Too Large");
            String answer = in.lines().collect(java.util.stream.Collectors.joining("\n"));
            assertThat(answer).contains("\"type\" : \"/problems#too-large\"")
                    .contains("request body: profile too large: more than 1,048,576 bytes; the limit is 1,048,576 bytes (1 MiB)");
        }
    }

    @Test
    void clientsSendingTheirBodiesSlowlyDoNotHoldUpTheOthers() throws Exception {
        List<java.net.Socket> slow = new java.util.ArrayList<>();
        try {
            for (int i = 0; i < 20; i++) {
                java.net.Socket socket = new java.net.Socket("127.0.0.1", server.port());
                socket.getOutputStream().write(("POST /api/assess HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Length: 5000\r\n\r\n{\"id\": ")
                        .getBytes(StandardCharsets.US_ASCII));
                socket.getOutputStream().flush();
                slow.add(socket);
            }
            String profile = read(NURSE);
            for (int i = 0; i < 10; i++) {
                long start = System.nanoTime();
                assertThat(post(base, "/api/assess?role=clinical-services-director", profile).status()).isEqualTo(200);
                assertThat((System.nanoTime() - start) / 1_000_000).as("ms for a request while 20 bodies trickle in").isLessThan(5_000);
            }
        } finally {
            for (java.net.Socket socket : slow) {
                socket.close();
            }
        }
    }

    @Test
    void unknownPathsAre404AndWrongMethods405AsProblems() throws Exception {
        Answer missing = get(base, "/api/nothing");
        Answer wrongMethod = get(base, "/api/assess");

        assertThat(missing.status()).isEqualTo(404);
        assertThat(missing.contentType()).startsWith("application/problem+json");
        assertThat(missing.json().get("errors").get(0).asText()).isEqualTo("GET /api/nothing: no such resource; the API is described at /openapi.json");
        assertThat(wrongMethod.status()).isEqualTo(405);
        assertThat(wrongMethod.contentType()).startsWith("application/problem+json");
    }

    @Test
    void theIconABrowserAsksForOnEveryPageIsNoContentNotAnError() throws Exception {
        Answer icon = get(base, "/favicon.ico");

        assertThat(icon.status()).isEqualTo(204);
    }

    @Test
    void withNoRuleSetLoadedTheApiAnswers503WithTheRuleErrors(@TempDir Path rules) throws Exception {
        Files.writeString(rules.resolve("broken.drl"), "package readiness.rules;\nrule \"x\" when then oops end\n");
        LiveRules broken = new LiveRules(rules);
        assertThat(broken.reload()).isFalse();
        try (ReadinessServer unavailable = new ReadinessServer(broken, "127.0.0.1", 0).start()) {
            String at = "http://127.0.0.1:" + unavailable.port();
            Answer assess = post(at, "/api/assess", read(NURSE));
            Answer health = get(at, "/health");
            Answer info = get(at, "/api/rules");

            assertThat(assess.status()).isEqualTo(503);
            assertThat(assess.json().get("type").asText()).isEqualTo("/problems#no-rules");
            assertThat(assess.json().get("errors").get(0).asText()).contains("broken.drl:");
            assertThat(health.status()).isEqualTo(503);
            assertThat(info.json().get("lastReloadError").get("problems").get(0).asText()).contains("broken.drl:");
        }
    }

    @Test
    void headAnswersWithTheStatusAndTypeGetWouldWithoutTheBody(@TempDir Path rules) throws Exception {
        Answer roles = send(HttpRequest.newBuilder(URI.create(base + "/api/roles")).method("HEAD", HttpRequest.BodyPublishers.noBody()).build());
        assertThat(roles.status()).isEqualTo(200);
        assertThat(roles.contentType()).startsWith("application/json");
        assertThat(roles.body()).isEmpty();

        Files.writeString(rules.resolve("broken.drl"), "package readiness.rules;\nrule \"x\" when then oops end\n");
        LiveRules broken = new LiveRules(rules);
        assertThat(broken.reload()).isFalse();
        try (ReadinessServer unavailable = new ReadinessServer(broken, "127.0.0.1", 0).start()) {
            Answer health = send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + unavailable.port() + "/health"))
                    .method("HEAD", HttpRequest.BodyPublishers.noBody()).build());

            assertThat(health.status()).as("a monitor probing with HEAD sees the service down, as GET does").isEqualTo(503);
        }
    }

    @Test
    void aWrongMethodIs405NamingTheMethodsTheResourceTakes() throws Exception {
        Answer put = send(HttpRequest.newBuilder(URI.create(base + "/api/assess")).PUT(HttpRequest.BodyPublishers.ofString(read(NURSE))).build());
        HttpResponse<String> delete = CLIENT.send(HttpRequest.newBuilder(URI.create(base + "/api/roles")).DELETE().build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(put.status()).isEqualTo(405);
        assertThat(delete.statusCode()).isEqualTo(405);
        assertThat(delete.headers().firstValue("Allow")).as("RFC 9110: a 405 names the methods allowed").hasValue("GET, HEAD");
        assertThat(JSON.readTree(delete.body()).get("errors").get(0).asText())
                .isEqualTo("DELETE /api/roles: this resource does not take DELETE; it takes GET, HEAD; see /openapi.json");
    }

    @Test
    void aRequestRefusedBeforeItReachesTheApiIsAProblemTooNotAnHtmlPage() throws Exception {
        Answer longUri = get(base, "/api/roles?x=" + "a".repeat(20_000));
        Answer bigHeader = send(HttpRequest.newBuilder(URI.create(base + "/api/roles")).header("X-Big", "a".repeat(20_000)).GET().build());

        assertThat(longUri.status()).isEqualTo(414);
        assertThat(longUri.contentType()).startsWith("application/problem+json");
        assertThat(longUri.json().get("errors")).extracting(JsonNode::asText).containsExactly("request: URI Too Long");
        assertThat(bigHeader.status()).isEqualTo(431);
        assertThat(bigHeader.contentType()).startsWith("application/problem+json");
        assertThat(bigHeader.json().get("status").asInt()).isEqualTo(431);
        try (java.net.Socket socket = new java.net.Socket("127.0.0.1", server.port())) {
            socket.setSoTimeout(10_000);
            socket.getOutputStream().write("GET /static/%2e%2e/%2e%2e/etc/passwd HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
            String answer = new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertThat(answer).startsWith("HTTP/1.1 400 ").contains("Content-Type: application/problem+json")
                    .contains("\"type\" : \"/problems#invalid-request\"").doesNotContain("<h1>");
        }
    }

    @Test
    void noAnswerEverCarriesAStackTrace() throws Exception {
        for (Answer answer : new Answer[] {post(base, "/api/assess", "[1, 2"), post(base, "/api/what-if", "{\"profile\": 3}"),
                post(base, "/api/explain", "{\"id\": [5]}"), get(base, "/api/nothing")}) {
            assertThat(answer.status()).isBetween(400, 499);
            assertThat(answer.body()).doesNotContain("Exception").doesNotContain("\tat ").doesNotContain("com.fasterxml").doesNotContain("io.javalin");
        }
    }

    @Test
    void thePagesAreServed() throws Exception {
        assertThat(get(base, "/").body()).contains("<form").contains("Healthcare leadership readiness");
        assertThat(get(base, "/counselor").body()).contains("Clinical Services Director").contains("csd.education.masters");
    }
}
