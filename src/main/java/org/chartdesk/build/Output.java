package org.chartdesk.build;

/**
 * One file a build produces.
 *
 * @param path relative to the output directory, with forward slashes
 * @param format the file's format as the manifest names it (png, txt, xlsx, json)
 * @param chart the chart it belongs to, or null for files of the whole build
 */
public record Output(String path, String format, String chart, byte[] bytes) {}
