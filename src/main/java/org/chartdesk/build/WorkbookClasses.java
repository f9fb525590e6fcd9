package org.chartdesk.build;

import java.io.IOException;
import java.io.OutputStream;
import org.apache.poi.xssf.usermodel.XSSFClientAnchor;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Loads the workbook library's classes on a second thread while the charts are checked and drawn.
 * The workbook is written last, yet loading POI and its schemas (and the table styles it parses
 * on first use) costs a small build about as much as everything before it; on another core it
 * overlaps them. It touches classes only: nothing it makes is kept or written.
 */
final class WorkbookClasses {
  private WorkbookClasses() {}

  static void loadInBackground() {
    Thread loader = new Thread(WorkbookClasses::load, "workbook-classes");
    loader.setDaemon(true);
    loader.setPriority(Thread.MIN_PRIORITY);
    loader.start();
  }

  private static void load() {
    try (XSSFWorkbook workbook = new XSSFWorkbook()) {
      XSSFSheet sheet = workbook.createSheet();
      sheet.createRow(0).createCell(0).setCellValue("year");
      sheet.createTable(null).setStyleName("TableStyleMedium2");
      sheet.getTables().get(0).getStyle();
      sheet.createDrawingPatriarch().createChart(new XSSFClientAnchor());
      workbook.write(OutputStream.nullOutputStream());
    } catch (IOException | RuntimeException e) {
      // Only a head start: whatever fails here fails again, and is reported, where the workbook is made.
    }
  }
}
