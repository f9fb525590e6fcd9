package org.chartdesk.spec;

import java.util.List;

/**
 * An annotation as the editor wrote it: {@code {kind: line, x: 1971, period: august, text: ...}}
 * or {@code {kind: span, x: 1974, to: 1975, text: ...}}.
 *
 * @param period refines x to a month, season or part of the year, as dataset periods do
 * @param to the span's last year, or null for a span over x's own interval
 */
public record AnnotationSpec(String kind, int x, String period, Integer to, String toPeriod, String text,
    String path) {
  public static final List<String> KEYS = List.of("kind", "x", "period", "to", "to_period", "text");
  public static final List<String> KINDS = List.of("line", "span");
}
