package org.chartdesk.model;

import java.util.List;

/**
 * Where to label a long run of whole-number categories: at round numbers, as an editor would
 * (1950, 1960, 1970; 1000, 1050, 1100), not every so many from wherever the data starts
 * (1947, 1954, 1961); and how often to label a long axis in a workbook's chart.
 */
public final class RoundSteps {
  private RoundSteps() {}

  /** The least of 1, 2, 5, 10, 20, 50, ... that is at least {@code n}. */
  public static int atLeast(int n) {
    for (long power = 1; power <= Integer.MAX_VALUE; power *= 10) {
      for (int step : new int[] {1, 2, 5}) {
        if (step * power >= n) {
          return (int) Math.min(Integer.MAX_VALUE, step * power);
        }
      }
    }
    return Integer.MAX_VALUE;
  }

  /**
   * The index of the first category whose number is a multiple of {@code step}, when the
   * categories are consecutive whole numbers each named by itself (so every {@code step}-th from
   * there is one too) and at least two of them are multiples; -1 otherwise.
   */
  public static int firstMultiple(List<Category> categories, int step) {
    if (categories.isEmpty()) {
      return -1;
    }
    Long start = number(categories.get(0));
    if (start == null) {
      return -1;
    }
    int first = (int) Math.floorMod(-start, (long) step);
    if ((long) first + step >= categories.size()) {
      // One label or none would leave the axis unreadable: label it the old way.
      return -1;
    }
    // The labels to draw, checked: a list of numbers with gaps or text among them keeps the old way.
    for (int i = first; i < categories.size(); i += step) {
      Long n = number(categories.get(i));
      if (n == null || n != start + i) {
        return -1;
      }
    }
    Long last = number(categories.get(categories.size() - 1));
    return last != null && last == start + categories.size() - 1 ? first : -1;
  }

  /**
   * Whether every category is a whole number named by itself ({@link #number}); a run of slots
   * (a million steps) is answered without reading each.
   */
  public static boolean allNumbers(List<Category> categories) {
    if (categories instanceof Slots s) {
      return s.wholeNumbersNamedByThemselves();
    }
    for (Category c : categories) {
      if (number(c) == null) {
        return false;
      }
    }
    return true;
  }

  /** A category's whole number, when its name is that number as written (1973, -40); else null. */
  public static Long number(Category c) {
    String key = c.key();
    if (!key.equals(c.label()) || key.isEmpty() || key.length() > 15) {
      return null;
    }
    for (int i = key.startsWith("-") && key.length() > 1 ? 1 : 0; i < key.length(); i++) {
      if (key.charAt(i) < '0' || key.charAt(i) > '9') {
        return null;
      }
    }
    return Long.parseLong(key);
  }
}
