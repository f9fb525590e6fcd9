package org.chartdesk.workbook;

import org.apache.poi.xssf.usermodel.XSSFDrawing;
import org.apache.poi.xssf.usermodel.XSSFGraphicFrame;
import org.apache.poi.xssf.usermodel.XSSFPicture;
import org.apache.poi.xssf.usermodel.XSSFShape;
import org.openxmlformats.schemas.drawingml.x2006.main.CTNonVisualDrawingProps;

/**
 * A sheet's charts and pictures named and numbered as Excel names them, in the order they stand:
 * "Chart 1", "Picture 2", their ids from 2. POI names every chart "Diagramm" and a number from
 * 0 (its German authors' Excel) with id 0, which Excel's selection pane and a screen reader
 * then show.
 */
final class ShapeNames {
  private ShapeNames() {}

  static void apply(XSSFDrawing drawing) {
    if (drawing == null) {
      return;
    }
    int n = 1;
    for (XSSFShape shape : drawing.getShapes()) {
      CTNonVisualDrawingProps props;
      String kind;
      if (shape instanceof XSSFGraphicFrame frame) {
        props = frame.getCTGraphicalObjectFrame().getNvGraphicFramePr().getCNvPr();
        kind = "Chart ";
      } else if (shape instanceof XSSFPicture picture) {
        props = picture.getCTPicture().getNvPicPr().getCNvPr();
        kind = "Picture ";
      } else {
        continue;
      }
      props.setId(n + 1L);
      props.setName(kind + n);
      n++;
    }
  }
}
