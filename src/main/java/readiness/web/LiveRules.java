package readiness.web;

import readiness.engine.Assessor;
import readiness.engine.RuleFile;
import readiness.engine.RuleFiles;
import readiness.engine.RuleSet;
import readiness.engine.RuleSetCache;
import readiness.engine.RuleSetException;

import java.io.IOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.FileSystems;
import java.nio.file.Path;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The rule set in use, shared by every request, and its replacement when the rules folder changes.
 * A request takes {@link #current()} once and uses that one version from start to end; a reload
 * compiles and checks a new set beside it and swaps it in only when it passes.
 */
public final class LiveRules implements AutoCloseable {
    /** One compiled, checked rule set and when it was loaded. */
    public record Loaded(Assessor assessor, Vocabulary vocabulary, Instant loadedAt) {
        public String version() {
            return assessor.ruleSet().version();
        }
    }

    /** Why the last load failed, with each problem as file:line:col: message. */
    public record LoadError(List<String> problems, Instant at) {
    }

    private static final long SETTLE_MILLIS = 200;

    private final Path folder;
    private final RuleSetCache cache;
    private final AtomicReference<Loaded> current = new AtomicReference<>();
    private final AtomicReference<LoadError> lastError = new AtomicReference<>();
    private volatile WatchService watcher;
    private Thread watchThread;

    /** @param folder the rules folder, or null for the rules shipped in the jar (which never change) */
    public LiveRules(Path folder) {
        this(folder, RuleSetCache.fromEnvironment(System.err::println));
    }

    /** @param cache where compiled sets are kept: each version of the folder compiles once */
    public LiveRules(Path folder, RuleSetCache cache) {
        this.folder = folder;
        this.cache = cache;
    }

    /** The set in use, or null while none has loaded. */
    public Loaded current() {
        return current.get();
    }

    /** The last failed load, or null if the last load succeeded. */
    public LoadError lastError() {
        return lastError.get();
    }

    public String source() {
        return folder == null ? "built-in" : folder.toString();
    }

    /**
     * Compiles and checks the folder; on success the new set replaces the old one in a single step,
     * on failure the old one stays in use and the error is kept for /api/rules and the page.
     */
    public synchronized boolean reload() {
        try {
            Assessor assessor = new Assessor(RuleSet.load(folder, cache));
            List<RuleFile> files = folder == null ? RuleFiles.builtIn() : RuleFiles.fromFolder(folder);
            Vocabulary vocabulary = Vocabulary.of(files, assessor.roles(), assessor.catalog());
            current.set(new Loaded(assessor, vocabulary, Instant.now()));
            lastError.set(null);
            return true;
        } catch (RuleSetException e) {
            lastError.set(new LoadError(e.problems(), Instant.now()));
            return false;
        } catch (RuntimeException e) {
            // Not a problem in the rule files (those are RuleSetExceptions): the details go to the server log.
            e.printStackTrace();
            lastError.set(new LoadError(List.of(source() + ": the rules could not be loaded (internal error; the server log has the details)"),
                    Instant.now()));
            return false;
        }
    }

    /** Reloads in the background whenever a file in the folder changes; a burst of changes is one reload. */
    public void watch() throws IOException {
        if (folder == null) {
            throw new IllegalStateException("--watch needs a rules folder");
        }
        watcher = FileSystems.getDefault().newWatchService();
        folder.register(watcher, StandardWatchEventKinds.ENTRY_CREATE, StandardWatchEventKinds.ENTRY_MODIFY,
                StandardWatchEventKinds.ENTRY_DELETE);
        watchThread = new Thread(this::watchLoop, "rules-watch");
        watchThread.setDaemon(true);
        watchThread.start();
    }

    private void watchLoop() {
        try {
            while (true) {
                WatchKey key = watcher.take();
                key.pollEvents();
                boolean stillWatched = key.reset();
                // An editor saves in several writes; wait until the folder is quiet, then load once.
                WatchKey more;
                while ((more = watcher.poll(SETTLE_MILLIS, TimeUnit.MILLISECONDS)) != null) {
                    more.pollEvents();
                    more.reset();
                }
                reload();
                if (!stillWatched) {
                    lastError.set(new LoadError(List.of(source() + ": the folder was removed or renamed; edits are no longer"
                            + " watched: restart serve to watch it again"), Instant.now()));
                    return;
                }
            }
        } catch (InterruptedException | ClosedWatchServiceException e) {
            // closing: nothing left to watch
        }
    }

    @Override
    public void close() throws IOException {
        if (watcher != null) {
            watcher.close();
        }
    }
}
