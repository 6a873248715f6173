package readiness.cli;

import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import readiness.engine.RuleSet;
import readiness.engine.RuleSetCache;
import readiness.engine.RuleSetException;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * --rules DIR, shared by every command that runs rules: ./rules by default, else the rules inside the jar; and where
 * their compiled form is cached (--cache-dir, --no-cache).
 */
public final class RulesOption {
    @Spec(Spec.Target.MIXEE)
    CommandSpec command;

    Path folder;

    /** A folder that is not there is a mistake on the command line (exit 2), not a rule set that does not compile (3). */
    @Option(names = "--rules", paramLabel = "DIR",
            description = "Rule files folder (default: ./rules if it exists, else the rules shipped in the jar).")
    void folder(Path given) {
        if (!Files.isDirectory(given)) {
            throw new picocli.CommandLine.ParameterException(command.commandLine(), "--rules " + given + ": "
                    + (Files.exists(given) ? "not a folder" : "no such rules folder"));
        }
        folder = given;
    }

    Path cacheDir;

    /** An empty name (--cache-dir "$UNSET") would be the current folder: entries would land wherever the command ran. */
    @Option(names = "--cache-dir", paramLabel = "DIR",
            description = "Keep compiled rules here (default: $READINESS_CACHE_DIR, else $XDG_CACHE_HOME/readiness, else ~/.cache/readiness).")
    void cacheDir(String given) {
        if (given.isBlank()) {
            throw new picocli.CommandLine.ParameterException(command.commandLine(), "--cache-dir \"" + given
                    + "\": names no folder: name one, or use --no-cache to compile without the cache");
        }
        cacheDir = Path.of(given);
    }

    @Option(names = "--no-cache", description = "Compile the rules without reading or writing the compiled-rules cache (also READINESS_CACHE=off).")
    boolean noCache;

    /** The folder to load, or null for the built-in rules. */
    Path resolve() {
        if (folder != null) {
            return folder;
        }
        Path local = Path.of("rules");
        return Files.isDirectory(local) ? local : null;
    }

    /** The compiled-rules cache these options ask for; its notes (a file it ignored, and why) go to the command's stderr. */
    RuleSetCache cache() {
        java.util.function.Consumer<String> notes = note -> {
            command.commandLine().getErr().println(note);
            command.commandLine().getErr().flush();
        };
        if (noCache) {
            return RuleSetCache.OFF;
        }
        return cacheDir != null ? RuleSetCache.in(cacheDir, notes, "give --cache-dir another folder, or use --no-cache")
                : RuleSetCache.fromEnvironment(notes);
    }

    RuleSet load() throws RuleSetException {
        return RuleSet.load(resolve(), cache());
    }

    /** The rule set a background {@link #load} made, with its failure thrown as load would have thrown it. */
    static RuleSet await(java.util.concurrent.FutureTask<RuleSet> loading) throws RuleSetException {
        try {
            return loading.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while the rules loaded", e);
        } catch (java.util.concurrent.ExecutionException e) {
            if (e.getCause() instanceof RuleSetException rules) {
                throw rules;
            }
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw new IllegalStateException(e.getCause());
        }
    }
}
