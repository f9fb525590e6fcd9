package org.chartdesk.model;

import java.util.List;
import java.util.Map;
import org.chartdesk.dataset.Dataset;
import org.chartdesk.diagnostics.Diagnostic;
import org.chartdesk.diagnostics.DidYouMean;
import org.chartdesk.diagnostics.Message;
import org.chartdesk.spec.Channel;
import org.chartdesk.spec.ChartSpec;
import org.chartdesk.theme.Theme;

/**
 * What a spec's channels name that only the data or the palette can judge: the values its
 * {@code order}, {@code colors} and {@code names} name, its colours against the palette, its number formats.
 */
final class ChannelChecks {
  private ChannelChecks() {}

  /** The colours the spec gives values of the channel it tells apart by colour (lanes, series or groups). */
  static Map<String, Integer> colours(ChartSpec spec) {
    for (Channel c : java.util.Arrays.asList(spec.lane(), spec.color(), spec.group())) {
      if (c != null && !c.colors().isEmpty()) {
        return c.colors();
      }
    }
    return Map.of();
  }

  /**
   * A value the spec names in a channel's {@code order} or {@code colors} that its field lacks but
   * nearly has is a misspelling: in {@code order} it would add a lane or series of nothing and take
   * a colour. Said at its line rather than drawn. A value the data lacks outright is kept: a nightly
   * build goes on when a category leaves the data. Values are those of the whole dataset (a split
   * chart may lack some); a field the transform steps make is not checked.
   */
  static void namedValuesKnown(ChartSpec spec, Dataset data, List<Diagnostic> diagnostics) {
    Map<String, Channel> named = new java.util.LinkedHashMap<>();
    named.put("lane", spec.lane());
    named.put("color", spec.color());
    named.put("group", spec.group());
    named.put("facet", spec.facet());
    named.forEach((key, c) -> {
      int i = c == null || c.field() == null ? -1 : data.indexOf(c.field());
      if (i < 0) {
        return;
      }
      java.util.Set<String> values = new java.util.LinkedHashSet<>();
      data.rows().forEach(r -> values.add(String.valueOf(r.get(i))));
      for (int o = 0; o < c.order().size(); o++) {
        String near = misspelt(c.order().get(o), values);
        if (near != null) {
          diagnostics.add(spec.error(Message.ORDER_FOR_NO_VALUE, key + ".order[" + o + "]",
              "did you mean " + Message.quote(near) + "?", key, Message.quote(c.order().get(o)),
              Message.quote(c.field())));
        }
      }
      c.colors().keySet().stream().sorted().forEach(v -> {
        String near = misspelt(v, values);
        if (near != null) {
          diagnostics.add(spec.keyError(Message.COLOR_FOR_NO_VALUE, key + ".colors." + v,
              "did you mean " + Message.quote(near) + "?", key, Message.quote(v), Message.quote(c.field())));
        }
      });
      // A misspelt name was dropped in silence: the value went on under its raw key.
      c.names().keySet().stream().sorted().forEach(v -> {
        String near = misspelt(v, values);
        if (near != null) {
          diagnostics.add(spec.keyError(Message.NAME_FOR_NO_VALUE, key + ".names." + v,
              "did you mean " + Message.quote(near) + "?", key, Message.quote(v), Message.quote(c.field())));
        }
      });
    });
  }

  /** The value the data has that {@code value}, which it lacks, is a slip for; null when it has it or none is near. */
  private static String misspelt(String value, java.util.Set<String> values) {
    return values.contains(value) ? null : DidYouMean.closest(value, List.copyOf(values));
  }

  /**
   * Given colours, each value must have its own: with more values than the palette has colours, a
   * value left without one would take a colour another has (without colors, lint CD107 warns).
   */
  static void coloursEnough(ChartSpec spec, ChartModel model, List<Diagnostic> diagnostics) {
    int values = SeriesColours.keys(model).size();
    if (!model.frame().colours().isEmpty() && values > Theme.PALETTE_SIZE) {
      String key = spec.lane() != null && !spec.lane().colors().isEmpty() ? "lane"
          : spec.color() != null && !spec.color().colors().isEmpty() ? "color" : "group";
      diagnostics.add(spec.error(Message.COLORS_TOO_FEW, key + ".colors",
          "colour six values or fewer: group the others, or leave colors out and let the chart show them apart "
              + "by position", key, values, Theme.PALETTE_SIZE));
    }
  }

  /** A number format that is no pattern would fail the drawing: said at its line instead; false then. */
  static boolean formatsThatFormat(ChartSpec spec, List<Diagnostic> diagnostics) {
    int before = diagnostics.size();
    Map<String, Channel> channels = new java.util.LinkedHashMap<>();
    channels.put("x", spec.x());
    channels.put("y", spec.y());
    channels.put("start", spec.start());
    channels.put("end", spec.end());
    for (int i = 0; i < spec.columns().size(); i++) {
      channels.put("columns[" + i + "]", spec.columns().get(i));
    }
    channels.forEach((key, c) -> {
      if (c != null && c.format() != null && !NumberStyle.isPattern(c.format())) {
        diagnostics.add(spec.error(Message.SPEC_BAD_VALUE, key + ".format",
            "write it as in Excel: #,##0 gives 3,789, #,##0.0 gives 3,789.0, 0% gives 38%",
            key + ".format", Message.quote(c.format()), "a number format"));
      }
    });
    return diagnostics.size() == before;
  }
}
