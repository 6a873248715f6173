package readiness.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import readiness.Assess;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.function.Predicate;

import static org.assertj.core.api.Assertions.assertThat;

/** serve --watch: edits to the rules folder are picked up while serving, and a broken edit never replaces a good set. */
class HotReloadTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String NURSE = "profiles/nurse-manager-near-csd.json";

    private static JsonNode waitFor(String base, Predicate<JsonNode> rules) throws Exception {
        long until = System.nanoTime() + 60_000_000_000L;
        JsonNode info = null;
        while (System.nanoTime() < until) {
            info = ServerApiTest.get(base, "/api/rules").json();
            if (rules.test(info)) {
                return info;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("the rules did not reload as expected within 60 s; last /api/rules: " + info);
    }

    private static String titled(Path file, String title) throws Exception {
        String text = Files.readString(file).replace("\"clinical-director\", \"Clinical Director\", ", "\"clinical-director\", \"" + title + "\", ");
        Files.writeString(file, text);
        return text;
    }

    @Test
    void aBrokenEditKeepsTheOldVersionAnsweringAndShowsTheErrorAFixIsPickedUpWithoutRestart(@TempDir Path temp) throws Exception {
        Path rules = Assess.copyRules(temp.resolve("rules"));
        Path file = rules.resolve("clinical-director.drl");
        String original = Files.readString(file);
        LiveRules live = new LiveRules(rules);
        assertThat(live.reload()).isTrue();
        live.watch();
        try (live; ReadinessServer server = new ReadinessServer(live, "127.0.0.1", 0).start()) {
            String base = "http://127.0.0.1:" + server.port();
            String first = ServerApiTest.get(base, "/api/rules").json().get("version").asText();

            Files.writeString(file, original.replace("role.rung(1,", "role.rung(1 oops,"));
            JsonNode broken = waitFor(base, info -> !info.get("lastReloadError").isNull());
            assertThat(broken.get("version").asText()).isEqualTo(first);
            assertThat(broken.get("lastReloadError").get("problems").get(0).asText()).matches(".*clinical-director\\.drl:\\d+:\\d+: .*");
            JsonNode report = ServerApiTest.post(base, "/api/assess", Files.readString(Path.of(NURSE))).json();
            assertThat(report.get("ruleSet").get("version").asText()).isEqualTo(first);
            assertThat(ServerApiTest.get(base, "/").body()).contains("id=\"reload-error\"").contains("clinical-director.drl:");
            assertThat(ServerApiTest.get(base, "/counselor").body()).contains("id=\"reload-error\"");

            Files.writeString(file, original);
            titled(file, "Clinical Director, revised");
            JsonNode fixed = waitFor(base, info -> info.get("lastReloadError").isNull() && !info.get("version").asText().equals(first));
            JsonNode after = ServerApiTest.post(base, "/api/assess?role=clinical-director", Files.readString(Path.of(NURSE))).json();
            assertThat(after.get("ruleSet").get("version").asText()).isEqualTo(fixed.get("version").asText());
            assertThat(after.get("roles").get(0).get("title").asText()).isEqualTo("Clinical Director, revised");
            assertThat(ServerApiTest.get(base, "/").body()).doesNotContain("id=\"reload-error\"");
        }
    }

    @Test
    void twoHundredRequestsInFlightDuringASwapAllSucceedEachWithOneVersion(@TempDir Path temp) throws Exception {
        Path rules = Assess.copyRules(temp.resolve("rules"));
        Path file = rules.resolve("clinical-director.drl");
        LiveRules live = new LiveRules(rules);
        assertThat(live.reload()).isTrue();
        try (ReadinessServer server = new ReadinessServer(live, "127.0.0.1", 0).start()) {
            String base = "http://127.0.0.1:" + server.port();
            String oldVersion = live.current().version();
            titled(file, "Clinical Director, swapped");
            HttpClient client = HttpClient.newHttpClient();
            HttpRequest request = HttpRequest.newBuilder(URI.create(base + "/api/assess?role=clinical-director"))
                    .POST(HttpRequest.BodyPublishers.ofString(Files.readString(Path.of(NURSE)))).build();
            List<CompletableFuture<HttpResponse<String>>> inFlight = new ArrayList<>();
            for (int i = 0; i < 200; i++) {
                inFlight.add(client.sendAsync(request, HttpResponse.BodyHandlers.ofString()));
                if (i == 60) {
                    assertThat(live.reload()).isTrue(); // the swap, while requests are still arriving and running
                }
            }
            String newVersion = live.current().version();
            assertThat(newVersion).isNotEqualTo(oldVersion);
            int[] byVersion = new int[2];
            for (CompletableFuture<HttpResponse<String>> answer : inFlight) {
                HttpResponse<String> response = answer.get();
                assertThat(response.statusCode()).isEqualTo(200);
                JsonNode report = JSON.readTree(response.body());
                String version = report.get("ruleSet").get("version").asText();
                String title = report.get("roles").get(0).get("title").asText();
                // The title comes from the rules: a report mixing versions would pair one version with the other's title.
                if (version.equals(oldVersion)) {
                    assertThat(title).isEqualTo("Clinical Director");
                    byVersion[0]++;
                } else {
                    assertThat(version).isEqualTo(newVersion);
                    assertThat(title).isEqualTo("Clinical Director, swapped");
                    byVersion[1]++;
                }
            }
            assertThat(byVersion[0] + byVersion[1]).isEqualTo(200);
            assertThat(byVersion[1]).isPositive();
        }
    }

    @Test
    void aRuleThatFailsOnAProfileIsNamedToTheClientAtItsFileAndLine(@TempDir Path dir) throws Exception {
        Path rules = Assess.copyRules(dir.resolve("rules"));
        Files.writeString(rules.resolve("zz-failing.drl"), """
                package readiness.rules;
                import readiness.facts.*;

                rule "months per year"
                when
                    $j: Job()
                then
                    int perYear = 12 / ($j.getMonths() - $j.getMonths());
                end
                """);
        LiveRules live = new LiveRules(rules);
        assertThat(live.reload()).isTrue();
        try (ReadinessServer server = new ReadinessServer(live, "127.0.0.1", 0).start()) {
            HttpResponse<String> answer = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                            URI.create("http://127.0.0.1:" + server.port() + "/api/assess"))
                    .POST(HttpRequest.BodyPublishers.ofString(Files.readString(Path.of("profiles/nurse-manager-near-csd.json")))).build(),
                    HttpResponse.BodyHandlers.ofString());

            assertThat(answer.statusCode()).isEqualTo(500);
            JsonNode problem = new ObjectMapper().readTree(answer.body());
            assertThat(problem.get("type").asText()).endsWith("#rule-failed");
            assertThat(problem.get("errors").get(0).asText())
                    .isEqualTo(rules + "/zz-failing.drl:4: rule \"months per year\" failed while running: / by zero");
        }
    }
}
