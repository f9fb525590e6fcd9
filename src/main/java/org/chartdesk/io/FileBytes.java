package org.chartdesk.io;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * Whole files read, written and hashed a mebibyte at a time. {@code Files.readAllBytes} and
 * {@code Files.write} hand the whole array to the channel, which copies it through a native buffer
 * of the same size and keeps that buffer for the thread: a 25 MB workbook written, and the CSV it
 * came from read, cost 25 MB of memory each outside the heap, for the rest of the build. A chunk
 * at a time, that buffer is a mebibyte.
 */
public final class FileBytes {
  /** Why a file could not be read, in words for the user rather than an exception's class name. */
  public static String reason(IOException e) {
    if (e instanceof NoSuchFileException) {
      return "there is no such file";
    }
    if (e instanceof AccessDeniedException) {
      return "permission denied";
    }
    if (e instanceof FileSystemException f && f.getReason() != null) {
      return f.getReason();
    }
    return e.getMessage() != null ? e.getMessage() : "it could not be read";
  }

  private static final int CHUNK = 1 << 20;

  private FileBytes() {}

  /**
   * The file's bytes. Only a regular file is read: a pipe would wait for a writer for ever, and a
   * device such as /dev/zero never ends.
   */
  public static byte[] read(Path file) throws IOException {
    if (Files.exists(file) && !Files.isRegularFile(file)) {
      throw new IOException(Files.isDirectory(file) ? "it is a folder, not a file" : "it is not a regular file");
    }
    try (InputStream in = Files.newInputStream(file)) {
      long size = Files.size(file);
      if (size > Integer.MAX_VALUE - 8) {
        throw new IOException("it is larger than 2 GiB, the most a file read whole can be");
      }
      byte[] bytes = new byte[(int) size];
      int n = 0;
      while (n < bytes.length) {
        int read = in.read(bytes, n, Math.min(CHUNK, bytes.length - n));
        if (read < 0) {
          // It shrank while being read: what is there.
          return java.util.Arrays.copyOf(bytes, n);
        }
        n += read;
      }
      // It grew while being read: the rest too.
      byte[] rest = in.readAllBytes();
      if (rest.length == 0) {
        return bytes;
      }
      byte[] all = java.util.Arrays.copyOf(bytes, n + rest.length);
      System.arraycopy(rest, 0, all, n, rest.length);
      return all;
    }
  }

  /** Writes the bytes to the file, replacing what it held. */
  public static void write(Path file, byte[] bytes) throws IOException {
    try (OutputStream out = Files.newOutputStream(file)) {
      write(out, bytes);
    }
  }

  /** Writes the bytes to the stream, a chunk at a time; the stream stays open. */
  public static void write(OutputStream out, byte[] bytes) throws IOException {
    for (int n = 0; n < bytes.length; n += CHUNK) {
      out.write(bytes, n, Math.min(CHUNK, bytes.length - n));
    }
  }

  /** The SHA-256 of the file's bytes, in lower-case hexadecimal, read a chunk at a time. */
  public static String sha256(Path file) throws IOException {
    MessageDigest digest;
    try {
      digest = MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
    byte[] buffer = new byte[64 * 1024];
    try (InputStream in = Files.newInputStream(file)) {
      for (int read; (read = in.read(buffer)) > 0; ) {
        digest.update(buffer, 0, read);
      }
    }
    return HexFormat.of().formatHex(digest.digest());
  }

}
