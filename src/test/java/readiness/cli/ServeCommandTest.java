package readiness.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static readiness.cli.AssessCommandTest.run;

/** serve refuses to start, with the usual exit codes and messages, when it could not serve anything right. */
class ServeCommandTest {
    @Test
    void aPortOutOfRangeIsACommandLineError() {
        AssessCommandTest.Run run = run("serve", "--port", "70000");

        assertThat(run.exitCode()).isEqualTo(ExitCodes.INVALID_INPUT);
        assertThat(run.err()).startsWith("serve: --port: 70000 is not a port (0 to 65535)");
    }

    @Test
    void brokenRulesAreReportedAsFileLineColumnAndExitThree(@TempDir Path rules) throws Exception {
        Files.writeString(rules.resolve("broken.drl"), "package readiness.rules;\nrule \"x\" when then oops end\n");

        AssessCommandTest.Run run = run("serve", "--port", "0", "--rules", rules.toString());

        assertThat(run.exitCode()).isEqualTo(ExitCodes.RULES_INVALID);
        assertThat(run.err()).containsPattern("broken\\.drl:\\d+:\\d+: ");
        assertThat(run.out()).doesNotContain("Serving on");
    }

    @Test
    void theHelpNamesTheOptions() {
        AssessCommandTest.Run run = run("serve", "--help");

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("--port").contains("--host").contains("--watch").contains("--rules");
    }
}
