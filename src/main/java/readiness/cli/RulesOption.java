package readiness.cli;

import picocli.CommandLine.Option;
import readiness.engine.RuleSet;
import readiness.engine.RuleSetException;

import java.nio.file.Files;
import java.nio.file.Path;

/** --rules DIR, shared by every command that runs rules: ./rules by default, else the rules inside the jar. */
public final class RulesOption {
    @Option(names = "--rules", paramLabel = "DIR",
            description = "Rule files folder (default: ./rules if it exists, else the rules shipped in the jar).")
    Path folder;

    /** The folder to load, or null for the built-in rules. */
    Path resolve() {
        if (folder != null) {
            return folder;
        }
        Path local = Path.of("rules");
        return Files.isDirectory(local) ? local : null;
    }

    RuleSet load() throws RuleSetException {
        return RuleSet.load(resolve());
    }
}
