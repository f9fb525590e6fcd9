package org.chartdesk.check;

import java.awt.Color;
import java.util.ArrayList;
import java.util.List;
import org.chartdesk.model.BarChartModel;
import org.chartdesk.model.ChartModel;
import org.chartdesk.model.ColumnChartModel;
import org.chartdesk.model.DotChartModel;
import org.chartdesk.model.DumbbellChartModel;
import org.chartdesk.model.SmallMultiplesChartModel;
import org.chartdesk.model.TableChartModel;
import org.chartdesk.model.RangeChartModel;
import org.chartdesk.model.SeriesColours;
import org.chartdesk.model.TimelineChartModel;
import org.chartdesk.theme.Theme;

/** The categories a chart tells apart by colour, with the theme colour each is drawn in. */
record Series(String kind, List<String> names, List<Color> colours) {
  /** The kind's plural, as a message counts them: lanes, groups, series. */
  String kinds() {
    return kind.equals("series") ? kind : kind + "s";
  }

  static Series of(ChartModel model, Theme theme) {
    List<String> names = new ArrayList<>();
    String kind;
    if (model instanceof TimelineChartModel m) {
      kind = "lane";
      m.lanes().forEach(l -> names.add(l.name()));
    } else if (model instanceof RangeChartModel m) {
      kind = "group";
      m.groups().forEach(g -> names.add(g.name()));
    } else if (model instanceof ColumnChartModel m) {
      kind = "series";
      names.add(m.yLabel());
    } else if (model instanceof DumbbellChartModel m) {
      kind = "group";
      names.addAll(m.groups());
    } else if (SeriesColours.series(model) != null) {
      kind = "series";
      SeriesColours.series(model).forEach(s -> names.add(s.name()));
    } else if (model instanceof TableChartModel) {
      kind = "series";
    } else if (model instanceof BarChartModel || model instanceof DotChartModel
        || model instanceof SmallMultiplesChartModel) {
      // One colour for every mark: categories and panels are told apart by position, not colour.
      kind = "series";
      names.add(model.frame().id());
    } else {
      throw new IllegalArgumentException(model.getClass().getName());
    }
    List<Color> colours = new ArrayList<>();
    for (int i = 0; i < names.size(); i++) {
      colours.add(theme.series(i));
    }
    return new Series(kind, List.copyOf(names), List.copyOf(colours));
  }

  int size() {
    return names.size();
  }
}
