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

    /** How the rule files of a folder are read. */
    interface FolderReader {
        List<RuleFile> read(Path folder) throws RuleSetException;
    }

    /** Why the last load failed, with each problem as file:line:col: message. */
    public record LoadError(List<String> problems, Instant at) {
    }

    /** The set in use (null while none has loaded) and the last failed load (null when the last load succeeded). */
    public record Status(Loaded loaded, LoadError error) {
    }

    private static final long SETTLE_MILLIS = 200;

    private final Path folder;
    private final RuleSetCache cache;
    private final FolderReader reader;
    /** The set in use and the last failed load, swapped together so no reader pairs a new version with an old error. */
    private final AtomicReference<Status> status = new AtomicReference<>(new Status(null, null));
    private volatile WatchService watcher;
    private Thread watchThread;

    /** @param folder the rules folder, or null for the rules shipped in the jar (which never change) */
    public LiveRules(Path folder) {
        this(folder, RuleSetCache.fromEnvironment(System.err::println));
    }

    /** @param cache where compiled sets are kept: each version of the folder compiles once */
    public LiveRules(Path folder, RuleSetCache cache) {
        this(folder, cache, RuleFiles::fromFolder);
    }

    /** @param reader reads the folder's rule files: a test's can change a file between two reads, as an editor saving would */
    LiveRules(Path folder, RuleSetCache cache, FolderReader reader) {
        this.folder = folder;
        this.cache = cache;
        this.reader = reader;
    }

    /** The set in use, or null while none has loaded. */
    public Loaded current() {
        return status.get().loaded();
    }

    /** The last failed load, or null if the last load succeeded. */
    public LoadError lastError() {
        return status.get().error();
    }

    public String source() {
        return folder == null ? "built-in" : folder.toString();
    }

    /**
     * Compiles and checks the folder; on success the new set replaces the old one in a single step,
     * on failure the old one stays in use and the error is kept for /api/rules and the page.
     * The set, its version and its vocabulary come from one reading of the files, and the outcome counts only if the
     * files still read the same after the load: a save (which truncates, then writes) may have been caught half-way,
     * so a folder that changed while loading is read and loaded again.
     */
    public synchronized boolean reload() {
        try {
            List<RuleFile> files = read();
            while (true) {
                Assessor assessor = null;
                RuleSetException problems = null;
                try {
                    assessor = new Assessor(RuleSet.compile(files, location(), cache));
                } catch (RuleSetException e) {
                    problems = e;
                }
                List<RuleFile> now = read();
                if (!now.equals(files)) {
                    files = now;
                    continue;
                }
                if (problems != null) {
                    throw problems;
                }
                status.set(new Status(new Loaded(assessor, Vocabulary.of(files, assessor.roles(), assessor.catalog()), Instant.now()), null));
                return true;
            }
        } catch (RuleSetException e) {
            failed(new LoadError(e.problems(), Instant.now()));
            return false;
        } catch (RuntimeException e) {
            // Not a problem in the rule files (those are RuleSetExceptions): the details go to the server log.
            e.printStackTrace();
            failed(new LoadError(List.of(source() + ": the rules could not be loaded (internal error; the server log has the details)"),
                    Instant.now()));
            return false;
        }
    }

    /** The set in use stays; the error is shown beside it. */
    private void failed(LoadError error) {
        status.updateAndGet(now -> new Status(now.loaded(), error));
    }

    /** Both at once, for a page or /api/rules that shows the version and the last error together. */
    public Status status() {
        return status.get();
    }

    private List<RuleFile> read() throws RuleSetException {
        return folder == null ? RuleFiles.builtIn() : reader.read(folder);
    }

    private String location() {
        return folder == null ? RuleFiles.BUILT_IN : folder.toString();
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
                    failed(new LoadError(List.of(source() + ": the folder was removed or renamed; edits are no longer"
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
