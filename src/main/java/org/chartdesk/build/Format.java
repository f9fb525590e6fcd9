package org.chartdesk.build;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The kinds of output a build can be asked for ({@code --formats}): an editor checking one chart
 * wants its PNG in a second, not the PDF, SVG and workbook beside it.
 */
public enum Format {
  /** Each chart's PNG at 1x and 2x, with its alt text beside it. */
  PNG,
  SVG,
  PDF,
  /** The workbook. */
  XLSX,
  /** The gallery page; it shows the PNGs. */
  HTML;

  /** Every format: what a build writes unless told otherwise. */
  public static final Set<Format> ALL = Collections.unmodifiableSet(EnumSet.allOf(Format.class));

  /** The name on the command line and in the manifest: "png". */
  public String id() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }

  /** "png,svg", in this enum's order. */
  public static String ids(Set<Format> formats) {
    return formats.stream().sorted().map(Format::id).collect(Collectors.joining(","));
  }
}
