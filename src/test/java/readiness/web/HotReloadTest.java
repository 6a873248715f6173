package readiness.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import readiness.Assess;
import readiness.engine.RuleFile;
import readiness.engine.RuleFiles;
import readiness.engine.RuleSet;
import readiness.engine.RuleSetCache;
import readiness.facts.Role;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;

import static org.assertj.core.api.Assertions.assertThat;

/** serve --watch: edits to the rules folder are picked up while serving, and a broken edit never replaces a good set. */
class HotReloadTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String NURSE = "profiles/nurse-manager-near-csd.json";

    /** Polls a GET path of the server until its JSON meets the condition. */
    private static JsonNode waitFor(String base, String path, Predicate<JsonNode> condition) throws Exception {
        long until = System.nanoTime() + 60_000_000_000L;
        JsonNode answer = null;
        while (System.nanoTime() < until) {
            answer = ServerApiTest.get(base, path).json();
            if (condition.test(answer)) {
                return answer;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("the rules did not reload as expected within 60 s; last " + path + ": " + answer);
    }

    /** A role's title in an /api/roles answer, or null if the rule set in use has no such role. */
    private static String title(JsonNode roles, String role) {
        for (JsonNode r : roles.get("roles")) {
            if (r.get("role").asText().equals(role)) {
                return r.get("title").asText();
            }
        }
        return null;
    }

    private static String titled(Path file, String title) throws Exception {
        String text = Files.readString(file).replace("\"clinical-director\", \"Clinical Director\", ", "\"clinical-director\", \"" + title + "\", ");
        Files.writeString(file, text);
        return text;
    }

    @Test
    void aRuleFileSavedInAnotherEncodingIsNamedWithWhatToDoNotAJavaMessage(@TempDir Path temp) throws Exception {
        Path rules = Assess.copyRules(temp.resolve("rules"));
        LiveRules live = new LiveRules(rules);
        assertThat(live.reload()).isTrue();
        Files.write(rules.resolve("zz-notes.drl"), "// notes\n// d\u00e9j\u00e0 caf\u00e9\n".getBytes(java.nio.charset.StandardCharsets.ISO_8859_1));

        assertThat(live.reload()).isFalse();

        assertThat(live.lastError().problems()).containsExactly(
                rules + "/zz-notes.drl:2:5: not UTF-8 text: invalid byte at offset 13; save the file as UTF-8");
        assertThat(live.current()).as("the set in use stays").isNotNull();
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
            JsonNode broken = waitFor(base, "/api/rules", info -> !info.get("lastReloadError").isNull());
            assertThat(broken.get("version").asText()).isEqualTo(first);
            assertThat(broken.get("lastReloadError").get("problems").get(0).asText()).matches(".*clinical-director\\.drl:\\d+:\\d+: .*");
            JsonNode report = ServerApiTest.post(base, "/api/assess", Files.readString(Path.of(NURSE))).json();
            assertThat(report.get("ruleSet").get("version").asText()).isEqualTo(first);
            assertThat(ServerApiTest.get(base, "/").body()).contains("id=\"reload-error\"").contains("clinical-director.drl:");
            assertThat(ServerApiTest.get(base, "/counselor").body()).contains("id=\"reload-error\"");

            Files.writeString(file, original);
            titled(file, "Clinical Director, revised");
            // On the way the folder holds other versions (the original, each save's truncated file), which the watcher
            // may load: only the final content has this title.
            String revised = waitFor(base, "/api/roles", roles -> "Clinical Director, revised".equals(title(roles, "clinical-director")))
                    .get("ruleSet").get("version").asText();
            assertThat(revised).isNotEqualTo(first);
            waitFor(base, "/api/rules", info -> info.get("version").asText().equals(revised) && info.get("lastReloadError").isNull());
            JsonNode after = ServerApiTest.post(base, "/api/assess?role=clinical-director", Files.readString(Path.of(NURSE))).json();
            assertThat(after.get("ruleSet").get("version").asText()).isEqualTo(revised);
            assertThat(after.get("roles").get(0).get("title").asText()).isEqualTo("Clinical Director, revised");
            assertThat(ServerApiTest.get(base, "/").body()).doesNotContain("id=\"reload-error\"");
        }
    }

    @Test
    void aSaveThatTheLoadCaughtHalfWrittenIsLoadedAgainAsItEnded(@TempDir Path temp) throws Exception {
        Path rules = Assess.copyRules(temp.resolve("rules"));
        Path file = rules.resolve("clinical-director.drl");
        String saved = titled(file, "Clinical Director, saved");
        // A save truncates the file, then writes it: the load reads the folder in between, and the save ends during the load.
        Files.writeString(file, "");
        AtomicInteger reads = new AtomicInteger();
        LiveRules live = new LiveRules(rules, RuleSetCache.OFF, folder -> {
            List<RuleFile> files = RuleFiles.fromFolder(folder);
            if (reads.getAndIncrement() == 0) {
                try {
                    Files.writeString(file, saved);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
            return files;
        });

        assertThat(live.reload()).isTrue();

        // Read half-written, clinical-director.drl declares nothing: a set without the role would have been swapped in.
        assertThat(live.current().assessor().roles()).extracting(Role::getTitle).contains("Clinical Director, saved");
        assertThat(live.current().version()).isEqualTo(RuleSet.load(rules, RuleSetCache.OFF).version());
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
