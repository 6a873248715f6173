package readiness.batch;

import java.io.BufferedWriter;
import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * A file written under a temporary name beside its target and renamed into place only when the
 * run completes, so an interrupted run never leaves a truncated file that looks complete.
 */
public final class AtomicOutput implements Closeable {
    private final Path target;
    private final Path temporary;
    private final Writer writer;
    private boolean committed;

    public AtomicOutput(Path target) throws IOException {
        this.target = target.toAbsolutePath();
        Path folder = this.target.getParent();
        Files.createDirectories(folder);
        this.temporary = folder.resolve("." + target.getFileName() + ".partial");
        this.writer = new BufferedWriter(new OutputStreamWriter(Files.newOutputStream(temporary), StandardCharsets.UTF_8), 1 << 16);
    }

    public Writer writer() {
        return writer;
    }

    /** Finishes the file and moves it into place. */
    public void commit() throws IOException {
        writer.close();
        try {
            Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (java.nio.file.AtomicMoveNotSupportedException e) {
            Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING);
        }
        committed = true;
    }

    /** Without a commit, the temporary file is removed and the target is left as it was. */
    @Override
    public void close() throws IOException {
        if (!committed) {
            writer.close();
            Files.deleteIfExists(temporary);
        }
    }
}
