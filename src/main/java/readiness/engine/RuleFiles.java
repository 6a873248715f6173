package readiness.engine;

import readiness.domain.ProfileReader;

import java.io.IOException;
import java.io.InputStream;
import java.net.JarURLConnection;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Stream;

/** Finds the .drl files of a rules folder, or of the copy shipped inside the jar. */
public final class RuleFiles {
    public static final String BUILT_IN = "built-in";

    private RuleFiles() {
    }

    /** The folder's .drl files, sorted by name. */
    public static List<RuleFile> fromFolder(Path folder) throws RuleSetException {
        if (!Files.isDirectory(folder)) {
            throw new RuleSetException(List.of(folder + ": no such rules folder"));
        }
        return read(folder, folder.toString());
    }

    /** The rule files packaged with the application (the rules/ folder at build time). */
    public static List<RuleFile> builtIn() throws RuleSetException {
        URL url = RuleFiles.class.getClassLoader().getResource("rules");
        if (url == null) {
            throw new RuleSetException(List.of("built-in rules: not packaged with this build"));
        }
        try {
            URI uri = url.toURI();
            if (!"jar".equals(uri.getScheme())) {
                return read(Path.of(uri), BUILT_IN);
            }
            return readJar(url);
        } catch (IOException | URISyntaxException e) {
            throw new RuleSetException(List.of("built-in rules: cannot be read: " + e.getMessage()));
        }
    }

    /**
     * The rules/*.drl entries of the jar, read through the jar the class loader already has open: a zip file system
     * over it would first index all of its 13,000 entries, a sixth of a one-profile run.
     */
    private static List<RuleFile> readJar(URL url) throws IOException, RuleSetException {
        JarURLConnection connection = (JarURLConnection) url.openConnection();
        JarFile jar = connection.getJarFile();
        String folder = connection.getEntryName() + "/";
        List<JarEntry> entries = new ArrayList<>();
        for (JarEntry entry : Collections.list(jar.entries())) {
            String rest = entry.getName().startsWith(folder) ? entry.getName().substring(folder.length()) : "";
            if (rest.endsWith(".drl") && rest.indexOf('/') < 0 && !entry.isDirectory()) {
                entries.add(entry);
            }
        }
        entries.sort(Comparator.comparing(JarEntry::getName));
        List<RuleFile> files = new ArrayList<>();
        for (JarEntry entry : entries) {
            String name = entry.getName().substring(folder.length());
            try (InputStream in = jar.getInputStream(entry)) {
                files.add(new RuleFile(BUILT_IN + "/" + name, name, new String(in.readAllBytes(), StandardCharsets.UTF_8)));
            }
        }
        if (files.isEmpty()) {
            throw new RuleSetException(List.of(BUILT_IN + ": no .drl rule files"));
        }
        return files;
    }

    private static byte[] readBytes(Path path, String display) throws RuleSetException {
        try {
            return Files.readAllBytes(path);
        } catch (IOException e) {
            throw new RuleSetException(List.of(display + ": cannot be read: " + ProfileReader.cannotRead(e)));
        }
    }

    /** "3:7": where an editor shows the byte at this offset, every byte before it being UTF-8. */
    private static String lineAndColumn(byte[] bytes, int offset) {
        int line = 1;
        int lineStart = 0;
        for (int i = 0; i < offset; i++) {
            if (bytes[i] == '\n') {
                line++;
                lineStart = i + 1;
            }
        }
        String before = new String(bytes, lineStart, offset - lineStart, StandardCharsets.UTF_8);
        return line + ":" + (before.codePointCount(0, before.length()) + 1);
    }

    private static List<RuleFile> read(Path folder, String display) throws RuleSetException {
        List<RuleFile> files = new ArrayList<>();
        try (Stream<Path> entries = Files.list(folder)) {
            for (Path path : entries.filter(p -> p.getFileName().toString().endsWith(".drl")).sorted().toList()) {
                String name = path.getFileName().toString();
                byte[] bytes = readBytes(path, display + "/" + name);
                // Decoded strictly, as a profile is: a file saved in another encoding is named, never half-read.
                String text = ProfileReader.decode(bytes);
                if (text == null) {
                    throw new RuleSetException(List.of(display + "/" + name + ":" + lineAndColumn(bytes, ProfileReader.firstBadByte(bytes))
                            + ": " + ProfileReader.notUtf8(bytes)));
                }
                files.add(new RuleFile(display + "/" + name, name, text));
            }
        } catch (IOException e) {
            throw new RuleSetException(List.of(display + ": cannot be read: " + ProfileReader.cannotRead(e)));
        }
        if (files.isEmpty()) {
            throw new RuleSetException(List.of(display + ": no .drl rule files"));
        }
        return files;
    }
}
