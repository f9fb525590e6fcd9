package org.chartdesk.dataset;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

/**
 * How a resource's CSV file is written: the Frictionless dialect's delimiter and the resource's
 * encoding. Everything else is RFC 4180: double quotes, doubled to escape, a header line.
 */
record Dialect(char delimiter, Charset encoding) {
  static final Dialect DEFAULT = new Dialect(',', StandardCharsets.UTF_8);
}
