package org.chartdesk.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.chartdesk.dataset.Dataset;
import org.chartdesk.dataset.Field;
import org.chartdesk.dataset.FieldType;
import org.chartdesk.dataset.Row;
import org.chartdesk.theme.NewsLocale;
import org.chartdesk.transform.Derived;
import org.junit.jupiter.api.Test;

/**
 * A long series is read without a Datum per point (DataSeries.figure, absent, fromSourceRow):
 * each must answer as the point's Datum does, over the dataset as loaded and after steps that
 * give rows other sources (several, or none).
 */
class PointsTest {
  private final SplittableRandom random = new SplittableRandom(12);

  @Test
  void readingAPointWithoutItsDatumAnswersAsTheDatum() {
    List<Field> fields = List.of(new Field("x", FieldType.INTEGER, null, "", null, false, List.of(), false),
        new Field("v", FieldType.NUMBER, null, "", null, false, List.of(), false));
    for (int trial = 0; trial < 200; trial++) {
      int size = random.nextInt(1, 40);
      List<Row> rows = new ArrayList<>();
      for (int r = 0; r < size; r++) {
        rows.add(new Row(r + 2, new Object[] {(long) r, random.nextInt(4) == 0 ? null : random.nextDouble() * 100}));
      }
      Dataset data = new Dataset("d", "d", "", "datasets/d.csv", fields, List.copyOf(rows), "0");
      List<List<Integer>> sources = new ArrayList<>();
      for (int r = 0; r < size; r++) {
        sources.add(switch (random.nextInt(3)) {
          case 0 -> List.of();
          case 1 -> List.of(r);
          default -> List.of(r, (r + 1) % size);
        });
      }
      for (Derived derived : List.of(Derived.of(data), new Derived(data, sources, java.util.Map.of()))) {
        int[] rowOf = new int[size + 3];
        for (int c = 0; c < rowOf.length; c++) {
          rowOf[c] = random.nextInt(5) == 0 ? -1 : random.nextInt(size);
        }
        DataSeries s = new DataSeries("", "v",
            new Points(derived, rowOf, 1, -1, "#,##0.#", NewsLocale.english()));
        for (int c = 0; c < rowOf.length; c++) {
          Datum d = s.values().get(c);
          assertThat((Double) s.figure(c)).isEqualTo(d.missing() ? (Double) Double.NaN : d.value());
          assertThat(s.absent(c)).isEqualTo(d.absent());
          for (int row = 0; row < size; row++) {
            assertThat(s.fromSourceRow(c, row)).as("category %d, row %d", c, row)
                .isEqualTo(d.sources().equals(List.of(row)));
          }
        }
        assertThat(s.mayBeQualified()).isFalse();
      }
    }
  }
}
