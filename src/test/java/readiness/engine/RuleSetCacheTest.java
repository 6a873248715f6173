package readiness.engine;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kie.api.KieServices;
import org.kie.api.builder.KieFileSystem;
import org.kie.api.builder.ReleaseId;
import readiness.Assess;
import readiness.domain.Profile;
import readiness.domain.ProfileReader;
import readiness.report.JsonReport;
import readiness.report.MarkdownReport;
import readiness.report.Report;
import readiness.report.ReportBuilder;
import readiness.report.TextReport;

import java.io.ByteArrayOutputStream;
import java.io.ObjectOutputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assumptions.assumeThat;
import static readiness.Assess.RULES;

/**
 * The compiled-rules cache: a hit is the same rule set as a compile (same reports, byte for byte); anything in the
 * cache that is damaged, not the user's, or writable by others is ignored, said once, and replaced by a compile;
 * a set that fails its checks is never cached.
 */
class RuleSetCacheTest {
    @TempDir
    static Path filled;
    static RuleSet compiled;
    static Path entry;

    /** One compile of the project's rules, kept in a cache folder the tests copy and damage. */
    @BeforeAll
    static void compileOnce() throws Exception {
        compiled = RuleSet.load(RULES, RuleSetCache.in(filled, note -> { throw new AssertionError(note); }));
        try (Stream<Path> files = Files.list(filled)) {
            entry = files.filter(f -> f.toString().endsWith(".rules")).findFirst().orElseThrow();
        }
    }

    private static List<String> notes = new ArrayList<>();

    private static RuleSetCache cache(Path folder) {
        notes = new ArrayList<>();
        return RuleSetCache.in(folder, notes::add);
    }

    /** A copy of the filled cache folder, owner-only as the cache made it, for one test to change. */
    private static Path copyOfFilled(Path dir) throws Exception {
        Path folder = Files.createDirectory(dir.resolve("cache"), PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
        Files.copy(entry, folder.resolve(entry.getFileName()), java.nio.file.StandardCopyOption.COPY_ATTRIBUTES);
        return folder;
    }

    private static List<RuleFile> rules() throws RuleSetException {
        return RuleFiles.fromFolder(RULES);
    }

    @Test
    void theFirstLoadCompilesAndTheSecondComesFromTheCacheAsTheSameRuleSet() throws Exception {
        RuleSet cached = RuleSet.load(RULES, cache(filled));

        assertThat(compiled.fromCache()).isFalse();
        assertThat(cached.fromCache()).isTrue();
        assertThat(notes).isEmpty();
        assertThat(cached.version()).isEqualTo(compiled.version());
        assertThat(cached.location()).isEqualTo(compiled.location());
        assertThat(cached.fileCount()).isEqualTo(compiled.fileCount());
        assertThat(cached.places()).isEqualTo(compiled.places());
        assertThat(cached.declared()).hasSameSizeAs(compiled.declared());
        assertThat(new Assessor(cached).roleIds()).isEqualTo(new Assessor(compiled).roleIds());
    }

    @Test
    void everyShippedProfileAndCaseGetsAByteIdenticalReportFromACachedRuleSet() throws Exception {
        Assessor fresh = new Assessor(RuleSet.load(RULES, RuleSetCache.OFF));
        RuleSet hit = RuleSet.load(RULES, cache(filled));
        assertThat(hit.fromCache()).isTrue();
        Assessor cached = new Assessor(hit);
        Map<String, Profile> profiles = new java.util.TreeMap<>();
        Map<String, LocalDate> asOf = new java.util.HashMap<>();
        for (Path file : Assess.profileFiles()) {
            profiles.put(file.toString(), ProfileReader.read(file));
        }
        try (Stream<Path> cases = Files.list(Path.of("profiles/cases"))) {
            for (Path file : cases.filter(f -> f.toString().endsWith(".json")).sorted().toList()) {
                JsonNode spec = new ObjectMapper().readTree(file.toFile());
                if (spec.has("profile")) {
                    profiles.put(file.toString(), ProfileReader.parse(spec.get("profile").toString(), file.toString()));
                    asOf.put(file.toString(), spec.has("asOf") ? LocalDate.parse(spec.get("asOf").asText()) : null);
                }
            }
        }
        assertThat(profiles).hasSizeGreaterThan(40);

        for (Map.Entry<String, Profile> profile : profiles.entrySet()) {
            Report one = ReportBuilder.build(fresh.assess(profile.getValue(), asOf.get(profile.getKey()), List.of()));
            Report two = ReportBuilder.build(cached.assess(profile.getValue(), asOf.get(profile.getKey()), List.of()));
            assertThat(JsonReport.pretty(two)).as(profile.getKey()).isEqualTo(JsonReport.pretty(one));
            assertThat(TextReport.render(two)).as(profile.getKey()).isEqualTo(TextReport.render(one));
            assertThat(MarkdownReport.render(two)).as(profile.getKey()).isEqualTo(MarkdownReport.render(one));
        }
    }

    @Test
    void theFolderIsOwnerOnlyAndEachEntryIsReadableByItsOwnerAlone(@TempDir Path dir) throws Exception {
        Path folder = dir.resolve("made/by/the/cache");
        RuleSetCache cache = cache(folder);
        cache.store(rules(), new byte[] {1}, Map.of(), Map.of());

        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(folder))).isEqualTo("rwx------");
        try (Stream<Path> files = Files.list(folder)) {
            List<Path> entries = files.toList();
            assertThat(entries).singleElement().satisfies(e -> {
                assertThat(e.getFileName().toString()).matches("[0-9a-f]{64}\\.rules");
                assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(e))).isEqualTo("rw-------");
            });
        }
    }

    @Test
    void editingARuleFileIsANewKeySoTheSetIsCompiledAgain(@TempDir Path dir) throws Exception {
        Path rules = Assess.copyRules(dir.resolve("rules"));
        Path folder = copyOfFilled(dir);
        assertThat(RuleSet.load(rules, cache(folder)).fromCache()).isTrue();
        Path file = rules.resolve("catalog.drl");
        Files.writeString(file, Files.readString(file) + "\n// a comment is an edit too\n");

        RuleSet edited = RuleSet.load(rules, cache(folder));

        assertThat(edited.fromCache()).isFalse();
        assertThat(edited.version()).isNotEqualTo(compiled.version());
        assertThat(RuleSet.load(rules, cache(folder)).fromCache()).isTrue();
        try (Stream<Path> files = Files.list(folder)) {
            assertThat(files.filter(f -> f.toString().endsWith(".rules"))).hasSize(2);
        }
    }

    @Test
    void aDamagedEntryIsIgnoredSaidOnceRecompiledAndReplaced(@TempDir Path dir) throws Exception {
        Path folder = copyOfFilled(dir);
        Path copy = folder.resolve(entry.getFileName());
        byte[] bytes = Files.readAllBytes(copy);
        Files.write(copy, java.util.Arrays.copyOf(bytes, bytes.length / 2));

        RuleSetCache cache = cache(folder);
        RuleSet loaded = RuleSet.load(RULES, cache);
        RuleSet.load(RULES, cache);

        assertThat(loaded.fromCache()).isFalse();
        assertThat(loaded.version()).isEqualTo(compiled.version());
        assertThat(notes).singleElement().asString()
                .isEqualTo("note: " + copy + ": not used: truncated or extended: " + String.format(java.util.Locale.ROOT, "%,d", bytes.length / 2 - 88)
                        + " bytes where " + String.format(java.util.Locale.ROOT, "%,d", bytes.length - 88) + " were written; the rules are compiled and this file replaced");
        assertThat(RuleSet.load(RULES, cache(folder)).fromCache()).isTrue();
    }

    @Test
    void garbageAFlippedByteAndAnotherKeysEntryAreEachRefusedBeforeDeserializing(@TempDir Path dir) throws Exception {
        Path folder = copyOfFilled(dir);
        Path copy = folder.resolve(entry.getFileName());
        byte[] good = Files.readAllBytes(copy);

        Files.write(copy, "garbage, not a cache entry at all".getBytes(StandardCharsets.UTF_8));
        assertThat(cache(folder).find(rules())).isEmpty();
        assertThat(notes).singleElement().asString().contains("not used: not a rule cache file");

        byte[] flipped = good.clone();
        flipped[flipped.length - 100] ^= 1;
        Files.write(copy, flipped);
        assertThat(cache(folder).find(rules())).isEmpty();
        assertThat(notes).singleElement().asString().contains("not used: its checksum does not match its contents");

        byte[] otherKey = good.clone();
        otherKey[20] ^= 1;
        Files.write(copy, otherKey);
        assertThat(cache(folder).find(rules())).isEmpty();
        assertThat(notes).singleElement().asString().contains("not used: written for other rules or another build");

        Files.write(copy, good);
        assertThat(cache(folder).find(rules())).isPresent();
        assertThat(notes).isEmpty();
    }

    @Test
    void anEntryOthersCanWriteToOrThatIsALinkIsNotTrusted(@TempDir Path dir) throws Exception {
        Path folder = copyOfFilled(dir);
        Path copy = folder.resolve(entry.getFileName());

        Files.setPosixFilePermissions(copy, PosixFilePermissions.fromString("rw-rw----"));
        assertThat(cache(folder).find(rules())).isEmpty();
        assertThat(notes).singleElement().asString().isEqualTo("note: " + copy
                + ": not used: others can write to it (rw-rw----); the rules are compiled and this file replaced");

        Files.setPosixFilePermissions(copy, PosixFilePermissions.fromString("rw-r--rw-"));
        assertThat(cache(folder).find(rules())).isEmpty();
        assertThat(notes).singleElement().asString().contains("others can write to it (rw-r--rw-)");

        Path real = dir.resolve("elsewhere.rules");
        Files.move(copy, real);
        Files.setPosixFilePermissions(real, PosixFilePermissions.fromString("rw-------"));
        Files.createSymbolicLink(copy, real);
        assertThat(cache(folder).find(rules())).isEmpty();
        assertThat(notes).singleElement().asString().contains("not used: a symbolic link");
    }

    @Test
    void anEntryOwnedBySomeoneElseIsNotTrusted(@TempDir Path dir) throws Exception {
        Path folder = copyOfFilled(dir);
        Path copy = folder.resolve(entry.getFileName());
        var nobody = folder.getFileSystem().getUserPrincipalLookupService().lookupPrincipalByName("nobody");
        try {
            Files.setOwner(copy, nobody);
        } catch (java.io.IOException e) {
            assumeThat(false).as("changing a file's owner needs root").isTrue();
        }

        RuleSet loaded = RuleSet.load(RULES, cache(folder));

        assertThat(loaded.fromCache()).isFalse();
        assertThat(notes).singleElement().asString().isEqualTo("note: " + copy
                + ": not used: owned by nobody, not by you; the rules are compiled and this file replaced");
        assertThat(Files.getOwner(copy, LinkOption.NOFOLLOW_LINKS).getName()).isEqualTo(System.getProperty("user.name"));
    }

    @Test
    void aFolderOthersCanWriteToIsNeitherReadNorWritten(@TempDir Path dir) throws Exception {
        Path folder = copyOfFilled(dir);
        Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("rwxrwxrwx"));
        Path rules = Assess.copyRules(dir.resolve("rules"));
        Path file = rules.resolve("catalog.drl");
        Files.writeString(file, Files.readString(file) + "\n// not in the cache yet\n");

        RuleSetCache cache = cache(folder);
        assertThat(cache.find(rules())).isEmpty();
        RuleSet loaded = RuleSet.load(rules, cache);

        assertThat(loaded.fromCache()).isFalse();
        assertThat(notes).singleElement().asString().isEqualTo("note: " + folder
                + ": the rule cache folder is not used: others can write to it (rwxrwxrwx) (fix it, or use another folder,"
                + " or no cache)");
        try (Stream<Path> files = Files.list(folder)) {
            assertThat(files).containsExactly(folder.resolve(entry.getFileName()));
        }
    }

    @Test
    void aRuleSetThatFailsItsChecksIsNeverCached(@TempDir Path dir) throws Exception {
        Path folder = Files.createDirectory(dir.resolve("cache"), PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
        Path refused = Assess.copyRules(dir.resolve("refused"));
        Files.writeString(refused.resolve("zz-exit.drl"), """
                package readiness.rules;
                import readiness.facts.*;
                rule "leaves"
                when
                    Measure()
                then
                    System.exit(3);
                end
                """);
        Path invalid = Assess.copyRules(dir.resolve("invalid"));
        Path catalog = invalid.resolve("catalog.drl");
        Files.writeString(catalog, Files.readString(catalog).replaceFirst("\\.grants\\(\"", ".grants(\"no-such-class\", \""));
        Path broken = Assess.copyRules(dir.resolve("broken"));
        Files.writeString(broken.resolve("zz-broken.drl"), "package readiness.rules;\nrule \"half\" when\n");

        for (Path rules : List.of(refused, invalid, broken)) {
            assertThat(catchThrowableOfType(RuleSetException.class, () -> RuleSet.load(rules, cache(folder)))).as(rules.toString()).isNotNull();
        }

        try (Stream<Path> files = Files.list(folder)) {
            assertThat(files).isEmpty();
        }
    }

    /**
     * Someone able to write the user's cache plants compiled code for a folder whose rules the compile refuses. The
     * entry passes every file check, but its classes are read before any is defined: it is not used, and the compile refuses.
     */
    @Test
    void aPlantedEntryWhoseCodeReachesOutsideTheAllowlistIsNotUsed(@TempDir Path dir) throws Exception {
        Path rules = Files.createDirectory(dir.resolve("rules"));
        String drl = """
                package readiness.rules;
                import readiness.facts.*;
                rule "reads the environment"
                when
                    Measure()
                then
                    System.out.println(System.getenv("HOME"));
                end
                """;
        Files.writeString(rules.resolve("planted.drl"), drl);
        KieServices kie = KieServices.Factory.get();
        KieFileSystem kfs = kie.newKieFileSystem();
        ReleaseId release = kie.newReleaseId("planted", "rules", "1.0.0");
        kfs.generateAndWritePomXML(release);
        kfs.write("src/main/resources/readiness/rules/planted.drl", drl);
        assertThat(kie.newKieBuilder(kfs).buildAll().getResults().getMessages(org.kie.api.builder.Message.Level.ERROR)).isEmpty();
        List<RuleFile> files = RuleFiles.fromFolder(rules);
        byte[] packages = RuleCacheFile.packages(kie.newKieContainer(release).getKieBase()).orElseThrow();
        Path folder = dir.resolve("cache");
        cache(folder).store(files, packages, Map.of(), Map.of());

        RuleSetException refused = catchThrowableOfType(RuleSetException.class, () -> RuleSet.load(rules, cache(folder)));

        assertThat(notes).singleElement().asString().contains("not used: its compiled rule code reaches outside what rules may use");
        assertThat(refused.problems()).anySatisfy(p -> assertThat(p).contains("System.getenv"));
    }

    @Test
    void anEntryHoldingClassesOtherThanCompiledRulesIsRefusedByTheDeserializationFilter(@TempDir Path dir) throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(new ArrayList<>(List.of(URI.create("http://example.org/"))));
        }
        Path folder = dir.resolve("cache");
        cache(folder).store(rules(), bytes.toByteArray(), Map.of(), Map.of());

        Optional<RuleCacheFile.Compiled> found = cache(folder).find(rules());

        assertThat(found).isEmpty();
        assertThat(notes).singleElement().asString().contains("not used: it could not be read back (InvalidClassException)");
    }

    @Test
    void onlyTheNewestEntriesAreKept(@TempDir Path dir) throws Exception {
        Path folder = Files.createDirectory(dir.resolve("cache"), PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
        List<String> older = new ArrayList<>();
        for (int i = 0; i < RuleSetCache.KEEP + 4; i++) {
            older.add(HexFormat.of().formatHex(new byte[] {(byte) i}).repeat(32) + ".rules");
            Files.writeString(folder.resolve(older.get(i)), "an entry from an earlier build");
            Files.setLastModifiedTime(folder.resolve(older.get(i)), FileTime.fromMillis(1_000_000_000L * (i + 1)));
        }

        cache(folder).store(rules(), new byte[] {1}, Map.of(), Map.of());

        try (Stream<Path> files = Files.list(folder)) {
            List<String> kept = files.map(f -> f.getFileName().toString()).sorted().toList();
            List<String> expected = new ArrayList<>(older.subList(5, older.size()));
            expected.add(HexFormat.of().formatHex(CacheKey.of(rules()).orElseThrow()) + ".rules");
            assertThat(kept).hasSize(RuleSetCache.KEEP).containsExactlyInAnyOrderElementsOf(expected);
        }
    }

    @Test
    void theEnvironmentChoosesTheFolderOrTurnsTheCacheOff(@TempDir Path dir) {
        String before = System.getProperty(RuleSetCache.DIR_PROPERTY);
        try {
            System.setProperty(RuleSetCache.DIR_PROPERTY, dir.toString());
            assertThat(RuleSetCache.fromEnvironment(note -> { }).folder()).isEqualTo(dir);
            System.setProperty(RuleSetCache.SWITCH_PROPERTY, "off");
            assertThat(RuleSetCache.fromEnvironment(note -> { })).isSameAs(RuleSetCache.OFF);
            assertThat(RuleSetCache.OFF.folder()).isNull();
        } finally {
            System.clearProperty(RuleSetCache.SWITCH_PROPERTY);
            if (before == null) {
                System.clearProperty(RuleSetCache.DIR_PROPERTY);
            } else {
                System.setProperty(RuleSetCache.DIR_PROPERTY, before);
            }
        }
    }
}
