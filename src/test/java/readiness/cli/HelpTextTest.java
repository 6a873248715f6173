package readiness.cli;

import org.junit.jupiter.api.Test;
import picocli.CommandLine;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Every command's help reads as written: picocli formats descriptions, so a bare % breaks them with a warning. */
class HelpTextTest {

    @Test
    void everyCommandsHelpFormatsWithoutAWarning() {
        List<CommandLine> commands = new ArrayList<>();
        collect(ReadinessCommand.commandLine(), commands);
        PrintStream stderr = System.err;
        ByteArrayOutputStream warnings = new ByteArrayOutputStream();
        List<String> usages = new ArrayList<>();
        try {
            System.setErr(new PrintStream(warnings, true, StandardCharsets.UTF_8));
            commands.forEach(command -> usages.add(command.getUsageMessage()));
        } finally {
            System.setErr(stderr);
        }

        assertThat(commands).hasSizeGreaterThan(8);
        assertThat(warnings.toString(StandardCharsets.UTF_8)).isEmpty();
        assertThat(usages).noneMatch(usage -> usage.contains("%n"));
        assertThat(String.join(" ", usages).replaceAll("\\s+", " ")).contains("under 1% of the cores' time compiling");
    }

    private static void collect(CommandLine command, List<CommandLine> into) {
        into.add(command);
        command.getSubcommands().values().stream().distinct().forEach(sub -> collect(sub, into));
    }
}
