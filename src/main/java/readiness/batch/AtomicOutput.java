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
    private final Thread cleanup;
    private boolean committed;

    public AtomicOutput(Path target) throws IOException {
        this.target = target.toAbsolutePath();
        Path folder = this.target.getParent();
        Files.createDirectories(folder);
        this.temporary = folder.resolve("." + target.getFileName() + ".partial");
        this.writer = new BufferedWriter(new OutputStreamWriter(Files.newOutputStream(temporary), StandardCharsets.UTF_8), 1 << 16);
        // A run stopped by a signal leaves nothing behind, not even the temporary file.
        this.cleanup = new Thread(() -> {
            try {
                Files.deleteIfExists(temporary);
            } catch (IOException ignored) {
                // the process is ending; nothing more can be done
            }
        });
        Runtime.getRuntime().addShutdownHook(cleanup);
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
        forgetCleanup();
    }

    /** Without a commit, the temporary file is removed and the target is left as it was. */
    @Override
    public void close() throws IOException {
        if (!committed) {
            writer.close();
            Files.deleteIfExists(temporary);
            forgetCleanup();
        }
    }

    private void forgetCleanup() {
        try {
            Runtime.getRuntime().removeShutdownHook(cleanup);
        } catch (IllegalStateException shuttingDown) {
            // the hook is running or about to: it deletes only the temporary file, which is what we want
        }
    }
}
