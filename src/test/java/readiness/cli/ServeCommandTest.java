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
    void aPortAnotherProgramHoldsOrAnAddressThatIsNotHereIsAPlainErrorNotAnInternalOne() throws Exception {
        try (java.net.ServerSocket taken = new java.net.ServerSocket(0, 1, java.net.InetAddress.getByName("127.0.0.1"))) {
            AssessCommandTest.Run run = run("serve", "--port", String.valueOf(taken.getLocalPort()));

            assertThat(run.exitCode()).isEqualTo(ExitCodes.INVALID_INPUT);
            assertThat(run.err()).startsWith("serve: --port " + taken.getLocalPort() + ": cannot listen on 127.0.0.1:"
                    + taken.getLocalPort() + ": address already in use (another program is listening there: stop it or choose another port)");
            assertThat(run.err()).doesNotContain("internal error").doesNotContain("Exception");
            assertThat(run.out()).doesNotContain("Serving on");
        }
        AssessCommandTest.Run run = run("serve", "--port", "0", "--host", "999.1.1.1");

        assertThat(run.exitCode()).isEqualTo(ExitCodes.INVALID_INPUT);
        assertThat(run.err()).startsWith("serve: --host 999.1.1.1: cannot listen on 999.1.1.1:0: ");
        assertThat(run.err()).doesNotContain("internal error").doesNotContain("Exception");
    }

    @Test
    void theHelpNamesTheOptions() {
        AssessCommandTest.Run run = run("serve", "--help");

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("--port").contains("--host").contains("--watch").contains("--rules");
    }
}
