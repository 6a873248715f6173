package readiness.batch;

import readiness.domain.ProfileReader;

import java.io.BufferedWriter;
import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.GZIPOutputStream;

/**
 * One output of a run, by what its name is:
 * a regular file (or a link to one) is written under a temporary name unique to this run, locked
 * against other runs, and renamed into place only when the run completes, so an interrupted run
 * never leaves a truncated file that looks complete; a device, pipe or anything under /dev is
 * written through, never replaced; "-" is standard output. A name ending in .gz is compressed.
 */
public final class AtomicOutput implements Closeable {
    /** What a stream that failed (a closed pipe, a full disk) is told with: its writer kept the cause to itself. */
    public static final String STREAM_FAILED = "cannot write: it was closed or is full; what it received is incomplete";

    private final String name;
    private final Path target;
    private final Path temporary;
    private final OutputLock lock;
    private final LineCountingWriter writer;
    private final boolean closeStream;
    private volatile boolean finished;

    private AtomicOutput(String name, Path target, Path temporary, OutputLock lock, Writer writer, boolean closeStream) {
        this.name = name;
        this.target = target;
        this.temporary = temporary;
        this.lock = lock;
        this.closeStream = closeStream;
        this.writer = new LineCountingWriter(writer, name, !closeStream && writer instanceof PrintWriter print ? print : null);
    }

    /** An output already open, such as standard output: written to, flushed, never closed. */
    static AtomicOutput stream(String name, Writer stream) {
        return new AtomicOutput(name, null, null, null, stream, false);
    }

    /**
     * Opens the file for this run. Leftovers of an earlier run that was killed are removed and
     * described in removed. Every failure is an OutputException with a plain message.
     */
    static AtomicOutput open(Path path, List<String> removed) throws OutputException {
        String name = path.toString();
        try {
            Path absolute = path.toAbsolutePath().normalize();
            if (Files.isDirectory(absolute)) {
                throw new OutputException(name + ": is a folder: name a file");
            }
            if (writesThrough(absolute)) {
                OutputStream stream = Files.newOutputStream(absolute, StandardOpenOption.WRITE);
                return new AtomicOutput(name, null, null, null, writer(stream, name), true);
            }
            Path target = resolveLinks(absolute);
            Path folder = target.getParent();
            for (Path above = folder; above != null; above = above.getParent()) {
                if (Files.exists(above) && !Files.isDirectory(above)) {
                    throw new OutputException(name + ": cannot write: " + above + " is a file, not a folder");
                }
            }
            Files.createDirectories(folder);
            OutputLock lock = OutputLock.acquire(target, name);
            try {
                removeLeftovers(target, removed);
                Path temporary = folder.resolve("." + target.getFileName() + "." + ProcessHandle.current().pid() + ".partial");
                OutputStream stream = Files.newOutputStream(temporary);
                return new AtomicOutput(name, target, temporary, lock, writer(stream, name), true);
            } catch (IOException | RuntimeException e) {
                lock.close();
                throw e;
            }
        } catch (OutputException e) {
            throw e;
        } catch (IOException e) {
            throw new OutputException(name + ": cannot write: " + reason(e), e);
        }
    }

    /** Whether this name is written through (a device, a pipe) rather than replaced as a file. */
    public static boolean isWrittenThrough(String name) {
        return name.equals("-") || writesThrough(Path.of(name).toAbsolutePath().normalize());
    }

    /** Devices and pipes are written through: replacing /dev/null with a file is never what was meant. */
    private static boolean writesThrough(Path absolute) {
        if (absolute.startsWith("/dev") || absolute.startsWith("/proc")) {
            return true;
        }
        return Files.exists(absolute) && !Files.isRegularFile(absolute);
    }

    /** A link is kept and the file it points to is replaced. */
    private static Path resolveLinks(Path path) throws IOException {
        Path current = path;
        for (int hops = 0; hops < 40 && Files.isSymbolicLink(current); hops++) {
            current = current.resolveSibling(Files.readSymbolicLink(current)).toAbsolutePath().normalize();
        }
        return current;
    }

    /** Temporary files of runs that died (kill -9, power loss): the lock we hold proves no run is writing them. */
    private static void removeLeftovers(Path target, List<String> removed) throws IOException {
        Pattern leftover = Pattern.compile(Pattern.quote("." + target.getFileName()) + "(\\.(\\d+))?\\.partial");
        try (Stream<Path> siblings = Files.list(target.getParent())) {
            for (Path file : siblings.toList()) {
                var match = leftover.matcher(file.getFileName().toString());
                if (match.matches()) {
                    Files.deleteIfExists(file);
                    removed.add("removed " + file + ", left by an earlier run" + (match.group(2) == null ? ""
                            : " (process " + match.group(2) + ")") + " that was stopped before it finished");
                }
            }
        }
    }

    private static Writer writer(OutputStream stream, String name) throws IOException {
        OutputStream out = name.toLowerCase(Locale.ROOT).endsWith(".gz") ? new GZIPOutputStream(stream, 1 << 16) : stream;
        return new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16);
    }

    /** The cause of a failed write in plain words: "permission denied", "no space left on device". */
    public static String reason(IOException e) {
        return ProfileReader.cannotRead(e);
    }

    public Writer writer() {
        return writer;
    }

    String name() {
        return name;
    }

    /** Whether committing this output moves a file into place (rather than finishing a stream or device). */
    boolean replacesAFile() {
        return temporary != null;
    }

    /** Finishes the output and, for a file, moves it into place. */
    public void commit() throws IOException {
        if (closeStream) {
            writer.close();
        } else {
            writer.flush();
            writer.checkStream();
        }
        if (temporary != null) {
            try {
                try {
                    Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
                } catch (AtomicMoveNotSupportedException e) {
                    Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING);
                }
            } catch (IOException e) {
                throw new OutputException(name + ": cannot write: " + reason(e), e);
            }
            lock.close();
        }
        finished = true;
    }

    /** Without a commit, the temporary file is removed and the target is left as it was. */
    @Override
    public void close() throws IOException {
        if (finished) {
            return;
        }
        finished = true;
        try {
            if (closeStream) {
                writer.closeQuietly();
            } else {
                writer.flush();
            }
        } finally {
            if (temporary != null) {
                try {
                    Files.deleteIfExists(temporary);
                } finally {
                    lock.close();
                }
            }
        }
    }

    /** Stops this output for a run that was interrupted, and says what became of it. */
    String stop() {
        if (finished) {
            return name + ": complete";
        }
        long lines = writer.lines();
        try {
            close();
        } catch (IOException e) {
            return name + ": left as it was; could not remove " + temporary + ": " + reason(e);
        }
        if (temporary == null) {
            return name + ": " + lines + " lines written before the stop; it is incomplete";
        }
        // A file the run would have created is not "left as it was": there was none, and there still is none.
        String target = Files.exists(this.target) ? "left as it was" : "not created";
        return name + ": " + target + " (removed the unfinished " + temporary.getFileName() + ", " + lines + " lines)";
    }

    /** Counts lines for the stop message, and names the output in every write failure. */
    private static final class LineCountingWriter extends Writer {
        /** How often a stream that hides its failures is asked: a closed pipe stops a batch within this many lines. */
        private static final int CHECK_EVERY_LINES = 256;

        private final Writer out;
        private final String name;
        /** Standard output as a PrintWriter, which keeps its write failures to itself: a closed pipe or a full disk shows only here. */
        private final PrintWriter silentOnFailure;
        private volatile long lines;
        private int linesSinceCheck;
        private boolean closed;

        LineCountingWriter(Writer out, String name, PrintWriter silentOnFailure) {
            this.out = out;
            this.name = name;
            this.silentOnFailure = silentOnFailure;
        }

        /** A reader gone (batch --out - | head) would otherwise be found only after the whole cohort was assessed. */
        private void ended(int newLines) throws OutputException {
            lines += newLines;
            linesSinceCheck += newLines;
            if (linesSinceCheck >= CHECK_EVERY_LINES) {
                linesSinceCheck = 0;
                checkStream();
            }
        }

        /** Fails when a stream that hides its failures has had one. */
        void checkStream() throws OutputException {
            if (silentOnFailure != null && silentOnFailure.checkError()) {
                throw new OutputException(name + ": " + STREAM_FAILED);
            }
        }

        long lines() {
            return lines;
        }

        @Override
        public void write(int c) throws IOException {
            try {
                out.write(c);
            } catch (IOException e) {
                throw failed(e);
            }
            if (c == '\n') {
                ended(1);
            }
        }

        @Override
        public void write(char[] buffer, int offset, int length) throws IOException {
            try {
                out.write(buffer, offset, length);
            } catch (IOException e) {
                throw failed(e);
            }
            int newLines = 0;
            for (int i = offset; i < offset + length; i++) {
                if (buffer[i] == '\n') {
                    newLines++;
                }
            }
            ended(newLines);
        }

        @Override
        public void write(String text, int offset, int length) throws IOException {
            try {
                out.write(text, offset, length);
            } catch (IOException e) {
                throw failed(e);
            }
            int end = offset + length;
            int newLines = 0;
            for (int i = text.indexOf('\n', offset); i >= 0 && i < end; i = text.indexOf('\n', i + 1)) {
                newLines++;
            }
            ended(newLines);
        }

        @Override
        public void flush() throws IOException {
            try {
                out.flush();
            } catch (IOException e) {
                throw failed(e);
            }
        }

        @Override
        public void close() throws IOException {
            if (closed) {
                return;
            }
            closed = true;
            try {
                out.close();
            } catch (IOException e) {
                throw failed(e);
            }
        }

        void closeQuietly() {
            try {
                close();
            } catch (IOException ignored) {
                // the output is being discarded: a failure to finish it changes nothing
            }
        }

        private IOException failed(IOException e) {
            return e instanceof OutputException ? e : new OutputException(name + ": cannot write: " + reason(e), e);
        }
    }
}
