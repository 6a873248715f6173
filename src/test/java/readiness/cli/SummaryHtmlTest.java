package readiness.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import readiness.Assess;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static readiness.cli.AssessCommandTest.run;

/** batch --summary summary.html: the page a program director reads. */
class SummaryHtmlTest {
    @Test
    void theSummarySaysWhatWasRunListsRejectedRecordsAndNamesGapsByWhatTheyAsk(@TempDir Path dir) throws Exception {
        List<String> lines = new ArrayList<>();
        for (Path profile : Assess.profileFiles()) {
            lines.add(Files.readString(profile).replaceAll("\\s*\\n\\s*", " "));
        }
        lines.add(2, "{\"id\": \"bad-1\", \"skils\": []}");
        Path input = Files.write(dir.resolve("cohort.jsonl"), lines);
        Path html = dir.resolve("summary.html");

        AssessCommandTest.Run result = run("batch", input.toString(), "--out", dir.resolve("r.jsonl").toString(),
                "--summary", html.toString(), "--as-of", "2026-11-01", "--rules", "rules");

        assertThat(result.exitCode()).isEqualTo(ExitCodes.SOME_REJECTED);
        String page = Files.readString(html);
        assertThat(page).startsWith("<!DOCTYPE html>")
                .contains("<dt>Input</dt><dd><code>" + input + "</code></dd>")
                .contains("<dt>Assessed as of</dt><dd>2026-11-01</dd>")
                .containsPattern("<dt>Run</dt><dd>\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2} UTC</dd>")
                .contains("Rejected records (1)")
                .contains("<code>" + input + ":3</code></td><td>bad-1</td>")
                .contains("skils: unknown field &quot;skils&quot; (did you mean &quot;skills&quot;?)")
                .contains("<a href=\"r.errors.jsonl\">")
                .doesNotContain("http://").doesNotContain("https://").doesNotContain("<script");
        // Gaps by what they ask, with the requirement id beneath; required before preferred.
        String csd = page.substring(page.indexOf("<section id=\"clinical-services-director\">"));
        csd = csd.substring(0, csd.indexOf("</section>"));
        assertThat(csd).contains("Master&#39;s: MSN, MHA, MPH, or MBA with a healthcare focus");
        Matcher severities = Pattern.compile("<span class=\"sev (required|preferred)\">").matcher(csd);
        List<String> order = new ArrayList<>();
        while (severities.find()) {
            order.add(severities.group(1));
        }
        assertThat(order).contains("required", "preferred");
        assertThat(order.lastIndexOf("required")).isLessThan(order.indexOf("preferred"));
        // Every bar has a title; rung titles are table text, never cut by a fixed label width.
        Matcher bars = Pattern.compile("<span class=\"(fill [a-z-]+|ready|nearly-ready|not-ready)\" style=\"[^\"]*\"( title=\"[^\"]+\")?").matcher(page);
        int count = 0;
        while (bars.find()) {
            assertThat(bars.group(2)).as(bars.group()).isNotNull();
            count++;
        }
        assertThat(count).isGreaterThan(20);
        assertThat(csd).contains("<td>Executive Director of Clinical Services</td>").doesNotContain("<svg");
    }
}
