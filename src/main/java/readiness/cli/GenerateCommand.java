package readiness.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import readiness.batch.OutputException;
import readiness.batch.OutputSet;
import readiness.generate.ProfileGenerator;

import java.io.IOException;
import java.io.Writer;
import java.nio.file.Path;
import java.util.concurrent.Callable;

/** generate --count N --seed S: realistic synthetic profiles as JSON Lines, the same for the same seed. */
@Command(name = "generate", mixinStandardHelpOptions = true,
        description = "Write N synthetic profiles (nursing, social work, administration, medicine, therapy) as JSON Lines.",
        footer = ExitCodes.HELP)
public final class GenerateCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--count", required = true, paramLabel = "N", description = "How many profiles.")
    long count;

    @Option(names = "--seed", defaultValue = "1", paramLabel = "S", description = "Random seed (default 1): the same seed gives the same profiles.")
    long seed;

    @Option(names = "--out", paramLabel = "FILE", description = "Output file, .gz compresses it (default, or -: standard output).")
    Path out;

    @Override
    public Integer call() throws IOException {
        if (count < 0) {
            spec.commandLine().getErr().println("--count: must not be negative");
            return ExitCodes.INVALID_INPUT;
        }
        ProfileGenerator generator = new ProfileGenerator(seed);
        try (OutputSet outputs = new OutputSet("generate", spec.commandLine().getErr())) {
            boolean standardOutput = out == null || out.toString().equals("-");
            write(generator, (standardOutput ? outputs.stream("standard output", spec.commandLine().getOut()) : outputs.open(out)).writer());
            outputs.commitAll();
        } catch (OutputException e) {
            spec.commandLine().getErr().println(e.getMessage());
            return ExitCodes.INVALID_INPUT;
        }
        return ExitCodes.OK;
    }

    private void write(ProfileGenerator generator, Writer writer) throws IOException {
        for (long i = 0; i < count; i++) {
            writer.write(generator.nextLine());
            writer.write('\n');
        }
    }
}
