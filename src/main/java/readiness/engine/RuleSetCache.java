package readiness.engine;

import org.kie.api.KieBase;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFileAttributes;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.nio.file.attribute.UserPrincipal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Compiled rule sets kept on disk, so a run with unchanged rules skips the compile. An entry is found by a key
 * ({@link CacheKey}) over the rule files, Drools, Java and this build; only sets that passed every check are
 * written. The folder and its files must be the current user's and writable by no one else, because reading an
 * entry runs Drools' deserializer on it: anything else is ignored, said once, and the rules are compiled.
 */
public final class RuleSetCache {
    /** The folder: this system property, else READINESS_CACHE_DIR, else $XDG_CACHE_HOME/readiness, else ~/.cache/readiness. */
    public static final String DIR_PROPERTY = "readiness.cache.dir";
    public static final String DIR_VARIABLE = "READINESS_CACHE_DIR";
    /** "off" in this system property or READINESS_CACHE turns the cache off. */
    public static final String SWITCH_PROPERTY = "readiness.cache";
    public static final String SWITCH_VARIABLE = "READINESS_CACHE";
    public static final RuleSetCache OFF = new RuleSetCache(null, message -> { }, "");

    private static final String SUFFIX = ".rules";
    /** Entries kept: each edit of a rules folder writes one, and a new build orphans them all. */
    static final int KEEP = 16;
    private static final Set<PosixFilePermission> OWNER_ONLY_DIR = PosixFilePermissions.fromString("rwx------");
    private static final Set<PosixFilePermission> OWNER_ONLY_FILE = PosixFilePermissions.fromString("rw-------");

    private final Path folder;
    private final Consumer<String> notes;
    /** What the user can do about a folder that cannot be used, in the terms they chose it by. */
    private final String remedy;
    private final Set<String> noted = new HashSet<>();

    private RuleSetCache(Path folder, Consumer<String> notes, String remedy) {
        this.folder = folder;
        this.notes = notes;
        this.remedy = remedy;
    }

    /** A cache in this folder (created owner-only when missing); each note (why something was ignored) goes to notes once. */
    public static RuleSetCache in(Path folder, Consumer<String> notes) {
        return in(folder, notes, "use another folder, or no cache");
    }

    /** As {@link #in(Path, Consumer)}, with what a note advises when the folder cannot be used ("give --cache-dir another folder"). */
    public static RuleSetCache in(Path folder, Consumer<String> notes, String remedy) {
        return new RuleSetCache(folder.toAbsolutePath(), notes, remedy);
    }

    /** The cache the system properties and environment ask for (see the constants), or {@link #OFF}. */
    public static RuleSetCache fromEnvironment(Consumer<String> notes) {
        String off = System.getProperty(SWITCH_PROPERTY, System.getenv(SWITCH_VARIABLE));
        if ("off".equalsIgnoreCase(off)) {
            return OFF;
        }
        Path folder = defaultFolder();
        return folder == null ? OFF : in(folder, notes, "set " + DIR_VARIABLE + " to another folder, or " + SWITCH_VARIABLE + "=off");
    }

    private static Path defaultFolder() {
        String chosen = System.getProperty(DIR_PROPERTY, System.getenv(DIR_VARIABLE));
        if (chosen != null && !chosen.isBlank()) {
            return Path.of(chosen);
        }
        String xdg = System.getenv("XDG_CACHE_HOME");
        if (xdg != null && Path.of(xdg).isAbsolute()) {
            return Path.of(xdg, "readiness");
        }
        String home = System.getProperty("user.home");
        return home == null || home.isBlank() || home.equals("?") ? null : Path.of(home, ".cache", "readiness");
    }

    /** The folder in use, or null when the cache is off. */
    public Path folder() {
        return folder;
    }

    /** The set these files compiled to on an earlier run, or empty: none yet, or none that can be trusted. */
    Optional<RuleCacheFile.Compiled> find(List<RuleFile> files) {
        Optional<byte[]> key = key(files);
        if (key.isEmpty() || !trustedFolder(false)) {
            return Optional.empty();
        }
        Path entry = entry(key.get());
        try {
            PosixFileAttributes file = Files.readAttributes(entry, PosixFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
            String distrust = distrust(file);
            if (distrust != null) {
                note(entry + ": not used: " + distrust + "; the rules are compiled and this file replaced");
                return Optional.empty();
            }
            if (file.size() > RuleCacheFile.MAX_BYTES) {
                note(entry + ": not used: larger than any compiled rule set; the rules are compiled and this file replaced");
                return Optional.empty();
            }
            return Optional.of(RuleCacheFile.read(Files.readAllBytes(entry), key.get(), files));
        } catch (java.nio.file.NoSuchFileException e) {
            return Optional.empty();
        } catch (IOException e) {
            note(entry + ": not used: it cannot be read: " + readiness.domain.ProfileReader.cannotRead(e) + "; the rules are compiled");
            return Optional.empty();
        } catch (RuleCacheFile.Unusable e) {
            note(entry + ": not used: " + e.getMessage() + "; the rules are compiled and this file replaced");
            return Optional.empty();
        }
    }

    /**
     * The compiled packages in the form an entry keeps them, taken before any session runs on them, or empty when
     * nothing will be stored (the cache is off, or the packages hold something a read would refuse).
     */
    Optional<byte[]> snapshot(List<RuleFile> files, KieBase kieBase) {
        if (key(files).isEmpty()) {
            return Optional.empty();
        }
        try {
            return RuleCacheFile.packages(kieBase);
        } catch (IOException | RuntimeException e) {
            note(folder + ": compiled rules not kept (" + describe(e) + "); they will be compiled again next time");
            return Optional.empty();
        }
    }

    /** Keeps a set that passed every check, replacing any entry for the same key in one step; failures only cost speed. */
    void store(List<RuleFile> files, byte[] packages, Map<String, RulePlace> places, Map<String, Set<String>> vocabulary) {
        Optional<byte[]> key = key(files);
        if (key.isEmpty() || !trustedFolder(true)) {
            return;
        }
        Path temp = null;
        try {
            byte[] bytes = RuleCacheFile.write(key.get(), places, vocabulary, packages);
            temp = Files.createTempFile(folder, ".writing-", ".tmp", PosixFilePermissions.asFileAttribute(OWNER_ONLY_FILE));
            Files.write(temp, bytes);
            move(temp, entry(key.get()));
            temp = null;
            prune();
        } catch (IOException | RuntimeException e) {
            note(folder + ": compiled rules not kept (" + describe(e) + "); they will be compiled again next time");
        } finally {
            if (temp != null) {
                try {
                    Files.deleteIfExists(temp);
                } catch (IOException e) {
                    // a stray temporary file is never read: entries are only ever found by their key's name
                }
            }
        }
    }

    private static String describe(Exception e) {
        if (e instanceof IOException io) {
            return readiness.domain.ProfileReader.cannotRead(io);
        }
        return e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage());
    }

    private Optional<byte[]> key(List<RuleFile> files) {
        return folder == null ? Optional.empty() : CacheKey.of(files);
    }

    private Path entry(byte[] key) {
        return folder.resolve(HexFormat.of().formatHex(key) + SUFFIX);
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    /** Whether the folder may be used: created owner-only if missing (when writing), else the current user's and writable by no one else. */
    private boolean trustedFolder(boolean create) {
        try {
            if (create && !Files.exists(folder)) {
                Files.createDirectories(folder, PosixFilePermissions.asFileAttribute(OWNER_ONLY_DIR));
            }
            PosixFileAttributes attributes = Files.readAttributes(folder, PosixFileAttributes.class);
            String distrust = attributes.isDirectory() ? distrust(attributes) : "not a folder";
            if (distrust != null) {
                note(folder + ": the rule cache folder is not used: " + distrust + " (fix it, or " + remedy + ")");
                return false;
            }
            return true;
        } catch (java.nio.file.NoSuchFileException e) {
            return false;
        } catch (UnsupportedOperationException e) {
            note(folder + ": the rule cache is not used: this file system cannot say who owns a file");
            return false;
        } catch (IOException e) {
            note(folder + ": the rule cache folder is not used: it cannot be made or read: " + readiness.domain.ProfileReader.cannotRead(e)
                    + " (" + remedy + ")");
            return false;
        }
    }

    /** Why a file or folder cannot be trusted, or null: it must be the current user's, writable by no one else. */
    private static String distrust(PosixFileAttributes attributes) throws IOException {
        if (attributes.isSymbolicLink()) {
            return "a symbolic link";
        }
        if (!attributes.isDirectory() && !attributes.isRegularFile()) {
            return "not a regular file";
        }
        UserPrincipal me = currentUser();
        if (me == null || !me.equals(attributes.owner())) {
            return "owned by " + attributes.owner().getName() + ", not by you";
        }
        Set<PosixFilePermission> permissions = attributes.permissions();
        if (permissions.contains(PosixFilePermission.GROUP_WRITE) || permissions.contains(PosixFilePermission.OTHERS_WRITE)) {
            return "others can write to it (" + PosixFilePermissions.toString(permissions) + ")";
        }
        return null;
    }

    private static UserPrincipal currentUser() throws IOException {
        try {
            return java.nio.file.FileSystems.getDefault().getUserPrincipalLookupService()
                    .lookupPrincipalByName(System.getProperty("user.name"));
        } catch (java.nio.file.attribute.UserPrincipalNotFoundException e) {
            return null;
        }
    }

    /** Removes the oldest of our entries beyond {@link #KEEP}. */
    private void prune() throws IOException {
        List<Path> entries = new ArrayList<>();
        try (DirectoryStream<Path> stream = Files.newDirectoryStream(folder, "*" + SUFFIX)) {
            stream.forEach(entries::add);
        }
        if (entries.size() <= KEEP) {
            return;
        }
        entries.sort(Comparator.comparing(RuleSetCache::modified).reversed());
        for (Path old : entries.subList(KEEP, entries.size())) {
            Files.deleteIfExists(old);
        }
    }

    private static java.nio.file.attribute.FileTime modified(Path path) {
        try {
            return Files.getLastModifiedTime(path, LinkOption.NOFOLLOW_LINKS);
        } catch (IOException e) {
            return java.nio.file.attribute.FileTime.fromMillis(0);
        }
    }

    private void note(String message) {
        synchronized (noted) {
            if (noted.add(message)) {
                notes.accept("note: " + message);
            }
        }
    }
}
