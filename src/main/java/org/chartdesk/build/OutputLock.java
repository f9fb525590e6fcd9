package org.chartdesk.build;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileTime;

/**
 * One build at a time per output folder. The lock is an operating-system lock on a file in the
 * folder, so a build that dies (even by kill -9) releases it and the next build takes over; the
 * file names the holder's process for the message a waiting build prints. Emptied again when the
 * build ends and given back its time, so a build that changes nothing leaves every file in the
 * folder as it was, this one too (a publish step that copies by time copies nothing).
 */
final class OutputLock implements AutoCloseable {
  static final String FILE = ".chartdesk.lock";

  private final FileChannel channel;
  private final FileLock lock;
  private final Path file;
  private final FileTime time;

  private OutputLock(FileChannel channel, FileLock lock, Path file, FileTime time) {
    this.channel = channel;
    this.lock = lock;
    this.file = file;
    this.time = time;
  }

  static OutputLock acquire(Path out, boolean wait) throws IOException {
    Files.createDirectories(out);
    Path file = out.resolve(FILE);
    FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.READ,
        StandardOpenOption.WRITE);
    FileLock lock;
    try {
      lock = wait ? channel.lock() : channel.tryLock();
    } catch (java.nio.channels.OverlappingFileLockException e) {
      // Held by another build in this same process.
      lock = null;
    }
    if (lock == null) {
      ByteBuffer buf = ByteBuffer.allocate(256);
      channel.read(buf, 0);
      channel.close();
      String holder = new String(buf.array(), 0, buf.position(), StandardCharsets.UTF_8).strip();
      throw new LockHeldException(holder.isEmpty() ? "another build" : holder);
    }
    // Its time as the last build left it, taken once the lock is held.
    FileTime time = Files.getLastModifiedTime(file);
    channel.truncate(0);
    OutputLock held = new OutputLock(channel, lock, file, time);
    try {
      Stopping.held(held, () -> channel.write(
          ByteBuffer.wrap(("process " + ProcessHandle.current().pid()).getBytes(StandardCharsets.UTF_8)), 0));
    } catch (IOException e) {
      Files.setLastModifiedTime(file, time);
      lock.release();
      channel.close();
      throw e;
    }
    return held;
  }

  /**
   * Empties the file before letting go, so a finished build leaves no process number behind. Told
   * to {@link Stopping} first, outside this lock's monitor: its shutdown hook takes Stopping's and
   * then this one's, and taken the other way round the two waited on each other for ever (a build
   * out of memory, its main thread closing the lock as another thread's error shut the JVM down).
   */
  @Override
  public void close() throws IOException {
    Stopping.released(this);
    synchronized (this) {
      channel.truncate(0);
      Files.setLastModifiedTime(file, time);
      lock.release();
      channel.close();
    }
  }

  /**
   * Empties the file and gives it back its time, the lock still held: as the JVM shuts down
   * ({@link Stopping}), whose end lets the lock go.
   */
  synchronized void empty() {
    if (!channel.isOpen()) {
      return;
    }
    try {
      channel.truncate(0);
      Files.setLastModifiedTime(file, time);
    } catch (IOException e) {
      // The next build empties it.
    }
  }
}
