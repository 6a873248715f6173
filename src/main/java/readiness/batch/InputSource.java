package readiness.batch;

import java.io.BufferedReader;
import java.io.Closeable;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;

/**
 * Reads batch input one record at a time, so memory stays flat whatever the cohort size:
 * a JSON Lines file (gzip when it ends in .gz), a folder of .json profiles, or "-" for stdin.
 * Blank lines are not records.
 */
public final class InputSource implements Closeable {
    private final String name;
    private final BufferedReader lines;
    private final Iterator<Path> files;
    private final CountingStream counter;
    private final long totalBytes;
    private long lineNumber;
    private long index;

    private InputSource(String name, BufferedReader lines, Iterator<Path> files, CountingStream counter, long totalBytes) {
        this.name = name;
        this.lines = lines;
        this.files = files;
        this.counter = counter;
        this.totalBytes = totalBytes;
    }

    /** Opens the input; an IOException here means it cannot be opened at all. */
    public static InputSource open(String input, InputStream stdin) throws IOException {
        if (input.equals("-")) {
            return new InputSource("stdin", reader(stdin), null, null, -1);
        }
        Path path = Path.of(input);
        if (Files.isDirectory(path)) {
            List<Path> profiles;
            try (Stream<Path> entries = Files.list(path)) {
                profiles = entries.filter(p -> p.getFileName().toString().endsWith(".json")).sorted().toList();
            }
            return new InputSource(input, null, profiles.iterator(), null, profiles.size());
        }
        if (!Files.isRegularFile(path)) {
            throw new IOException(input + ": no such file or folder");
        }
        CountingStream counter = new CountingStream(Files.newInputStream(path));
        InputStream raw = counter;
        if (input.endsWith(".gz")) {
            raw = new GZIPInputStream(counter, 1 << 16);
        }
        return new InputSource(input, reader(raw), null, counter, Files.size(path));
    }

    private static BufferedReader reader(InputStream in) {
        return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8), 1 << 16);
    }

    /** The next record, or null at the end. */
    public InputRecord next() throws IOException {
        if (files != null) {
            if (!files.hasNext()) {
                return null;
            }
            Path file = files.next();
            index++;
            return new InputRecord(index, file.getFileName().toString(), 0, Files.readString(file, StandardCharsets.UTF_8));
        }
        String line;
        do {
            line = lines.readLine();
            lineNumber++;
            if (line == null) {
                return null;
            }
        } while (line.isBlank());
        index++;
        return new InputRecord(index, name, lineNumber, line);
    }

    /** How far through the input we are, 0 to 1, or -1 when it cannot be known (stdin). */
    public double fractionDone() {
        if (totalBytes <= 0) {
            return -1;
        }
        return files != null ? index / (double) totalBytes : counter.count / (double) totalBytes;
    }

    @Override
    public String toString() {
        return name;
    }

    @Override
    public void close() throws IOException {
        if (lines != null) {
            lines.close();
        }
    }

    private static final class CountingStream extends FilterInputStream {
        volatile long count;

        CountingStream(InputStream in) {
            super(in);
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                count++;
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = super.read(buffer, offset, length);
            if (n > 0) {
                count += n;
            }
            return n;
        }
    }
}
