package readiness.engine;

import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystem;
import java.nio.file.FileSystemAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
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
            return readJar(uri);
        } catch (IOException | URISyntaxException e) {
            throw new RuleSetException(List.of("built-in rules: cannot be read: " + e.getMessage()));
        }
    }

    private static List<RuleFile> readJar(URI uri) throws IOException, RuleSetException {
        try (FileSystem jar = FileSystems.newFileSystem(uri, Map.of())) {
            return read(jar.getPath("/rules"), BUILT_IN);
        } catch (FileSystemAlreadyExistsException e) {
            return read(FileSystems.getFileSystem(uri).getPath("/rules"), BUILT_IN);
        }
    }

    private static List<RuleFile> read(Path folder, String display) throws RuleSetException {
        List<RuleFile> files = new ArrayList<>();
        try (Stream<Path> entries = Files.list(folder)) {
            for (Path path : entries.filter(p -> p.getFileName().toString().endsWith(".drl")).sorted().toList()) {
                String name = path.getFileName().toString();
                files.add(new RuleFile(display + "/" + name, name, Files.readString(path, StandardCharsets.UTF_8)));
            }
        } catch (IOException e) {
            throw new RuleSetException(List.of(display + ": cannot be read: " + e.getMessage()));
        }
        if (files.isEmpty()) {
            throw new RuleSetException(List.of(display + ": no .drl rule files"));
        }
        return files;
    }
}
