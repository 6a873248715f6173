package readiness.batch;

import readiness.domain.ProfileReader;

import java.io.Closeable;
import java.io.EOFException;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipException;

/**
 * Reads batch input one record at a time, so memory stays flat whatever the cohort size:
 * a JSON Lines file (gzip when it ends in .gz), a folder of .json profiles, or "-" for stdin.
 * Blank lines are not records. No line is held beyond ProfileReader.MAX_PROFILE_BYTES, a line
 * that is not UTF-8 is that record's problem, and damage part way (a truncated .gz, a read error)
 * becomes one last unreadable record naming where it happened: what was read before it still counts.
 */
public final class InputSource implements Closeable {
    private final String name;
    private final InputStream bytes;
    private final Iterator<Path> files;
    private final CountingStream counter;
    private final long totalBytes;
    private final byte[] buffer = new byte[1 << 16];
    private int position;
    private int limit;
    private boolean sawAny;
    private byte[] lineBytes = new byte[1 << 12];
    private int lineLength;
    private long lineNumber;
    private long index;
    private boolean ended;

    private InputSource(String name, InputStream bytes, Iterator<Path> files, CountingStream counter, long totalBytes) {
        this.name = name;
        this.bytes = bytes;
        this.files = files;
        this.counter = counter;
        this.totalBytes = totalBytes;
    }

    /** Opens the input; an IOException here means it cannot be opened at all, and its message says why. */
    public static InputSource open(String input, InputStream stdin) throws IOException {
        if (input.equals("-")) {
            return new InputSource("stdin", stdin, null, null, -1);
        }
        Path path = Path.of(input);
        if (Files.isDirectory(path)) {
            List<Path> profiles;
            try (Stream<Path> entries = Files.list(path)) {
                // Any case: an export from Windows names its files A-1024.JSON, and a skipped file would be lost without a word
                profiles = entries.filter(p -> p.getFileName().toString().toLowerCase(java.util.Locale.ROOT).endsWith(".json"))
                        .sorted().toList();
            }
            return new InputSource(input, null, profiles.iterator(), null, profiles.size());
        }
        if (!Files.exists(path)) {
            throw new IOException(input + ": no such file or folder");
        }
        CountingStream counter;
        try {
            counter = new CountingStream(Files.newInputStream(path));
        } catch (IOException e) {
            throw new IOException(input + ": cannot be read: " + ProfileReader.cannotRead(e), e);
        }
        InputStream raw = counter;
        // As outputs are named: any case, so what batch and generate write as RESULTS.JSONL.GZ reads back
        if (input.toLowerCase(java.util.Locale.ROOT).endsWith(".gz")) {
            try {
                raw = new StrictGzip(counter);
            } catch (ZipException | EOFException e) {
                counter.close();
                throw new IOException(input + ": not a gzip file, or damaged at the start", e);
            }
        }
        long size = Files.isRegularFile(path) ? Files.size(path) : -1;
        return new InputSource(input, raw, null, counter, size);
    }

    /** The next record, or null at the end. */
    public InputRecord next() {
        if (ended) {
            return null;
        }
        if (files != null) {
            return nextFile();
        }
        try {
            while (true) {
                lineNumber++;
                long size = readLine();
                if (size < 0) {
                    ended = true;
                    return null;
                }
                if (size > ProfileReader.MAX_PROFILE_BYTES) {
                    index++;
                    return InputRecord.unreadable(index, name, lineNumber, ProfileReader.tooLarge(size));
                }
                byte[] text = java.util.Arrays.copyOf(lineBytes, lineLength);
                if (isBlank(text)) {
                    continue;
                }
                index++;
                String decoded = ProfileReader.decode(text);
                return decoded == null
                        ? InputRecord.unreadable(index, name, lineNumber, ProfileReader.notUtf8(text))
                        : new InputRecord(index, name, lineNumber, decoded);
            }
        } catch (IOException e) {
            ended = true;
            index++;
            return InputRecord.unreadable(index, name, lineNumber, damaged(e));
        }
    }

    private String damaged(IOException e) {
        String where = counter == null ? "" : " (byte " + String.format("%,d", counter.count) + " of the file)";
        String why = e instanceof EOFException ? "the file ends part way through the compressed data (truncated?)"
                : e instanceof ZipException ? "the compressed data is damaged: " + e.getMessage()
                : ProfileReader.cannotRead(e);
        return "input damaged at this line" + where + ": " + why + "; nothing after it was read";
    }

    private InputRecord nextFile() {
        if (!files.hasNext()) {
            ended = true;
            return null;
        }
        Path file = files.next();
        index++;
        String label = file.getFileName().toString();
        try {
            long size = Files.size(file);
            if (size > ProfileReader.MAX_PROFILE_BYTES) {
                return InputRecord.unreadable(index, label, 0, ProfileReader.tooLarge(size));
            }
            byte[] content = Files.readAllBytes(file);
            String text = ProfileReader.decode(content);
            return text == null ? InputRecord.unreadable(index, label, 0, ProfileReader.notUtf8(content))
                    : new InputRecord(index, label, 0, text);
        } catch (NoSuchFileException e) {
            return InputRecord.unreadable(index, label, 0, "cannot be read: the file was removed during the run");
        } catch (IOException e) {
            return InputRecord.unreadable(index, label, 0, "cannot be read: " + ProfileReader.cannotRead(e));
        }
    }

    /**
     * Reads one line into the line buffer, keeping at most MAX_PROFILE_BYTES + 1 bytes of it, and
     * returns its full length, or -1 at the end of the input.
     */
    private long readLine() throws IOException {
        lineLength = 0;
        long size = 0;
        while (true) {
            if (position == limit) {
                limit = bytes.read(buffer, 0, buffer.length);
                position = 0;
                if (limit <= 0) {
                    limit = 0;
                    return size == 0 && !sawAny ? -1 : finishLine(size);
                }
            }
            sawAny = true;
            int start = position;
            while (position < limit && buffer[position] != '\n') {
                position++;
            }
            int chunk = position - start;
            keep(start, chunk);
            size += chunk;
            if (position < limit) {
                position++; // the newline
                return finishLine(size);
            }
        }
    }

    private long finishLine(long size) {
        sawAny = false;
        return size;
    }

    /** Keeps bytes of the current line up to one past the limit: enough to know it is too long. */
    private void keep(int start, int length) {
        int room = ProfileReader.MAX_PROFILE_BYTES + 1 - lineLength;
        int n = Math.min(room, length);
        if (n <= 0) {
            return;
        }
        if (lineLength + n > lineBytes.length) {
            lineBytes = java.util.Arrays.copyOf(lineBytes, Math.max(lineLength + n, lineBytes.length * 2));
        }
        System.arraycopy(buffer, start, lineBytes, lineLength, n);
        lineLength += n;
    }

    private static boolean isBlank(byte[] text) {
        for (byte b : text) {
            if (b != ' ' && b != '\t' && b != '\r' && b != '\n') {
                return false;
            }
        }
        return true;
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
        if (bytes != null) {
            bytes.close();
        }
    }

    /**
     * gzip that fails where bytes follow its last complete part: GZIPInputStream ends quietly there, so a second part cut
     * off in its header (an append that was stopped) or damaged in it would be dropped without a word.
     */
    private static final class StrictGzip extends GZIPInputStream {
        private final CountingStream source;

        StrictGzip(CountingStream source) throws IOException {
            super(source, 1 << 16);
            this.source = source;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = super.read(buffer, offset, length);
            // At a part's end only its 8-byte trailer may be left unread, and the file is asked for more (available) only then.
            if (n < 0 && (inf.getRemaining() > 8 || source.lastAvailable > 0)) {
                throw new ZipException("what follows a complete compressed part is not another one (an append cut off?)");
            }
            return n;
        }
    }

    private static final class CountingStream extends FilterInputStream {
        volatile long count;
        int lastAvailable;

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

        @Override
        public int available() throws IOException {
            lastAvailable = super.available();
            return lastAvailable;
        }
    }
}
