package org.chartdesk.dataset;

/**
 * One typed record of a dataset.
 *
 * @param line the physical line of the CSV file where the record starts, for messages
 * @param values typed values in field order: String (string), Long (integer, year), Double
 *     (number), LocalDate (date; the first day of the month or year when the column's
 *     {@link Precision} is coarser), LocalDateTime (datetime: local, in no time zone), Boolean
 *     (boolean), or null when the cell is missing
 */
public record Row(int line, Object[] values) {
  public Object get(int index) {
    return values[index];
  }
}
