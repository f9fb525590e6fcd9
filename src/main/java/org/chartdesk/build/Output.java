package org.chartdesk.build;

/**
 * One file a build produces.
 *
 * @param path relative to the output directory, with forward slashes
 * @param format the file's format as the manifest names it (png, txt, xlsx, json)
 * @param chart the chart it belongs to, or null for files of the whole build
 * @param bytes its content; null once it is in place in the output folder and no longer needed
 * @param size its length in bytes
 * @param sha256 its hash when known, else null (hashed from the bytes when the manifest is made)
 */
public record Output(String path, String format, String chart, byte[] bytes, long size, String sha256) {
  public Output(String path, String format, String chart, byte[] bytes) {
    this(path, format, chart, bytes, bytes == null ? 0 : bytes.length, null);
  }

  /** The same file with its hash, once computed. */
  Output hashed(String hash) {
    return new Output(path, format, chart, bytes, size, hash);
  }

  /**
   * The same file in place, its bytes let go: a build of hundreds of charts would otherwise hold
   * every file it wrote until the manifest is made (200 of the story's charts held 290 MB).
   */
  Output inPlace() {
    return new Output(path, format, chart, null, size, sha256);
  }
}
