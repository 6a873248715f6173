package readiness.batch;

import java.io.Closeable;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * One run at a time per output: an OS lock on ".NAME.lock" beside it, which the system releases
 * even when the holder is killed. A second run refuses at once rather than wait for an unknown time.
 */
final class OutputLock implements Closeable {
    private final Path file;
    private final FileChannel channel;
    private final FileLock lock;

    private OutputLock(Path file, FileChannel channel, FileLock lock) {
        this.file = file;
        this.channel = channel;
        this.lock = lock;
    }

    static OutputLock acquire(Path target, String name) throws IOException {
        Path file = target.resolveSibling("." + target.getFileName() + ".lock");
        String token = ProcessHandle.current().pid() + " " + System.nanoTime();
        // The holder deletes the lock file when done; a lock taken on a file just deleted is retried.
        for (int attempt = 0; attempt < 5; attempt++) {
            FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE, StandardOpenOption.READ);
            FileLock lock;
            try {
                lock = channel.tryLock();
            } catch (OverlappingFileLockException sameProcess) {
                lock = null;
            }
            if (lock == null) {
                String holder = holder(file);
                channel.close();
                throw new OutputException(name + ": another batch run" + holder + " is writing it: "
                        + "wait for it to finish, or choose another file");
            }
            channel.truncate(0);
            channel.write(ByteBuffer.wrap(token.getBytes(StandardCharsets.US_ASCII)), 0);
            channel.force(false);
            if (Files.exists(file) && Files.readString(file, StandardCharsets.US_ASCII).equals(token)) {
                return new OutputLock(file, channel, lock);
            }
            lock.release();
            channel.close();
        }
        throw new OutputException(name + ": cannot lock it: its lock file " + file.getFileName() + " keeps changing");
    }

    private static String holder(Path file) {
        try {
            String[] words = Files.readString(file, StandardCharsets.US_ASCII).trim().split(" ");
            return words[0].matches("\\d+") ? " (process " + words[0] + ")" : "";
        } catch (IOException | RuntimeException e) {
            return "";
        }
    }

    @Override
    public void close() throws IOException {
        try {
            Files.deleteIfExists(file);
        } finally {
            lock.release();
            channel.close();
        }
    }
}
