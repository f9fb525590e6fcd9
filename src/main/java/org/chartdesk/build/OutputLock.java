package org.chartdesk.build;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * One build at a time per output folder. The lock is an operating-system lock on a file in the
 * folder, so a build that dies (even by kill -9) releases it and the next build takes over; the
 * file names the holder's process for the message a waiting build prints.
 */
final class OutputLock implements AutoCloseable {
  static final String FILE = ".chartdesk.lock";

  private final FileChannel channel;
  private final FileLock lock;

  private OutputLock(FileChannel channel, FileLock lock) {
    this.channel = channel;
    this.lock = lock;
  }

  static OutputLock acquire(Path out, boolean wait) throws IOException {
    Files.createDirectories(out);
    FileChannel channel = FileChannel.open(out.resolve(FILE), StandardOpenOption.CREATE, StandardOpenOption.READ,
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
    channel.truncate(0);
    channel.write(ByteBuffer.wrap(("process " + ProcessHandle.current().pid()).getBytes(StandardCharsets.UTF_8)), 0);
    return new OutputLock(channel, lock);
  }

  /** Empties the file before letting go, so a finished build leaves no process number behind. */
  @Override
  public void close() throws IOException {
    channel.truncate(0);
    lock.release();
    channel.close();
  }
}
