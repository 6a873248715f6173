package readiness;

import org.junit.jupiter.api.Test;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/** java -jar target/readiness.jar serve, as the README says: it prints its address, answers, and exits 0 on SIGTERM. */
class ServeJarIT {
    private static final Path JAR = Path.of("target", "readiness.jar").toAbsolutePath();
    private static final Pattern ADDRESS = Pattern.compile("Serving on (http://127\\.0\\.0\\.1:\\d+/) \\(rules [0-9a-f]{12} from rules\\)");

    private static String firstLine(Path log) throws Exception {
        for (int i = 0; i < 600; i++) {
            List<String> lines = Files.readAllLines(log);
            if (!lines.isEmpty()) {
                return lines.get(0);
            }
            Thread.sleep(100);
        }
        return null;
    }

    @Test
    void theJarServesTheApiAndStopsCleanlyOnSigterm() throws Exception {
        Path log = Files.createTempFile("serve", ".log");
        Process process = new ProcessBuilder(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar", JAR.toString(), "serve", "--port", "0")).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        try {
            String first = firstLine(log);
            Matcher address = ADDRESS.matcher(first == null ? "" : first);
            assertThat(address.matches()).as(first).isTrue();
            HttpClient client = HttpClient.newHttpClient();
            HttpResponse<String> report = client.send(HttpRequest.newBuilder(URI.create(address.group(1) + "api/assess?format=text"))
                    .POST(HttpRequest.BodyPublishers.ofFile(Path.of("profiles/do-physician-leader.json"))).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(report.statusCode()).isEqualTo(200);
            assertThat(report.body()).contains("== Medical Director (medical-director)");

            process.destroy(); // SIGTERM
            assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
            assertThat(process.exitValue()).isZero();
            assertThat(Files.readAllLines(log)).contains("Stopping: finishing the requests in flight.");
        } finally {
            process.destroyForcibly();
        }
    }
}
