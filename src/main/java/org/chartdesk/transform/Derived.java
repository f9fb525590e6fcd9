package org.chartdesk.transform;

import java.util.AbstractList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.chartdesk.dataset.Dataset;

/**
 * A dataset after a spec's transform steps, with provenance: every row knows the rows of the
 * source dataset it was made from.
 *
 * @param data the rows as the chart binds them; name and path stay the source dataset's, so
 *     messages and the workbook point at the curated file
 * @param sources for each row of {@code data}, the indexes of the source dataset's rows it comes
 *     from (none for a count of zero)
 * @param bins fields made by a bin step, with their width in years (a decade is 10)
 */
public record Derived(Dataset data, List<List<Integer>> sources, Map<String, Integer> bins) {

  /** The dataset as it is: each row comes from itself. */
  public static Derived of(Dataset data) {
    return new Derived(data, new OwnRows(data.rows().size()), Map.of());
  }

  /** Whether each row comes from the row of the same index, as in {@link #of}: no step changed the rows. */
  public boolean rowsAsLoaded() {
    return sources instanceof OwnRows;
  }

  /** Each row's source, itself, made when asked for: a dataset may have a million rows. */
  private static final class OwnRows extends AbstractList<List<Integer>> {
    private final int size;

    OwnRows(int size) {
      this.size = size;
    }

    @Override
    public List<Integer> get(int index) {
      return List.of(Objects.checkIndex(index, size));
    }

    @Override
    public int size() {
      return size;
    }
  }

  /** The step between neighbouring values of a field on an axis: 10 for decades, else 1. */
  public int step(String field) {
    return bins.getOrDefault(field, 1);
  }
}
