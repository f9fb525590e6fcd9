package org.chartdesk.workbook;

import org.chartdesk.dataset.Dataset;

/**
 * Where a dataset landed in the workbook: its sheet and its Excel Table, so chart sheets can
 * refer to its columns by name.
 *
 * @param streamed true when the sheet was streamed: its cells cannot be read back while writing
 */
record DataTable(Dataset dataset, String sheet, String table, boolean streamed) {
  /**
   * A structured reference to a whole column, {@code tbl_x[year]}. Inside the brackets Excel
   * escapes {@code [ ] # '} with an apostrophe.
   */
  String column(String field) {
    return table + "[" + field.replaceAll("([\\[\\]#'])", "'$1") + "]";
  }

  /** A valid, workbook-unique Excel name for a dataset's table: "tbl_" then letters, digits, underscores. */
  static String tableName(String dataset, java.util.Set<String> taken) {
    String base = "tbl_" + dataset.replaceAll("[^A-Za-z0-9_]", "_");
    String name = base;
    for (int n = 2; !taken.add(name.toLowerCase(java.util.Locale.ROOT)); n++) {
      name = base + "_" + n;
    }
    return name;
  }
}
