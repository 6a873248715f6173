package readiness.engine;

import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.CodeSource;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.stream.Stream;

/**
 * What a compiled rule set depends on, as one SHA-256: the rule files' names and exact contents, the Drools version, the
 * Java runtime, and this application's own build (its fact classes are compiled into the packages, and its checks
 * decided the set was safe). A change to any of them is a different key, so a stale entry is never found.
 */
final class CacheKey {
    private static final String FORMAT = "readiness rule cache 1";
    private static volatile Optional<String> build;

    private CacheKey() {
    }

    /** The key, or empty when this build cannot tell what it is (then nothing is cached). */
    static Optional<byte[]> of(List<RuleFile> files) {
        if (build().isEmpty()) {
            return Optional.empty();
        }
        MessageDigest digest = sha256();
        update(digest, FORMAT);
        for (RuleFile file : files) {
            update(digest, file.fileName());
            update(digest, file.text());
        }
        update(digest, droolsVersion());
        update(digest, Runtime.version().toString());
        update(digest, System.getProperty("java.vm.vendor", ""));
        update(digest, build().get());
        return Optional.of(digest.digest());
    }

    static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    /** Each part with its length first, so no two lists of parts hash alike. */
    private static void update(MessageDigest digest, String part) {
        byte[] bytes = part.getBytes(StandardCharsets.UTF_8);
        digest.update(ByteBuffer.allocate(Integer.BYTES).putInt(bytes.length).array());
        digest.update(bytes);
    }

    /** The version in drools-core's Maven metadata, which the shaded jar keeps. */
    private static String droolsVersion() {
        try (InputStream in = CacheKey.class.getClassLoader().getResourceAsStream("META-INF/maven/org.drools/drools-core/pom.properties")) {
            Properties properties = new Properties();
            if (in != null) {
                properties.load(in);
            }
            return properties.getProperty("version", "unknown");
        } catch (IOException e) {
            return "unknown";
        }
    }

    /**
     * This build's identity: for a jar, its path, size and modification time (hashing 60 MB would cost more than the
     * cache saves); for a classes folder (tests, an IDE), where single classes change, the bytes of every file under readiness/.
     */
    private static Optional<String> build() {
        Optional<String> known = build;
        if (known == null) {
            known = buildDigest().map(HexFormat.of()::formatHex);
            build = known;
        }
        return known;
    }

    private static Optional<byte[]> buildDigest() {
        MessageDigest digest = sha256();
        CodeSource source = CacheKey.class.getProtectionDomain().getCodeSource();
        try {
            Path location = Path.of(source.getLocation().toURI());
            if (Files.isDirectory(location)) {
                try (Stream<Path> walk = Files.walk(location.resolve("readiness"))) {
                    for (Path file : walk.filter(Files::isRegularFile).sorted().toList()) {
                        update(digest, location.relativize(file).toString());
                        digest.update(Files.readAllBytes(file));
                    }
                }
            } else {
                // A jar is only ever replaced whole, by a build: its size and modification time (to the nanosecond here) change.
                update(digest, location.toString());
                update(digest, Files.size(location) + " " + Files.getLastModifiedTime(location).toInstant());
            }
        } catch (IOException | URISyntaxException | RuntimeException e) {
            return Optional.empty();
        }
        return Optional.of(digest.digest());
    }
}
