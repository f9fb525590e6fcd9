package org.chartdesk.workbook;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.openxmlformats.schemas.drawingml.x2006.chart.CTBoolean;
import org.openxmlformats.schemas.drawingml.x2006.chart.CTDLbl;
import org.openxmlformats.schemas.drawingml.x2006.chart.CTDLbls;
import org.openxmlformats.schemas.drawingml.x2006.chart.STDLblPos;
import org.openxmlformats.schemas.drawingml.x2006.main.CTTextBody;
import org.openxmlformats.schemas.drawingml.x2006.main.CTTextField;
import org.openxmlformats.schemas.drawingml.x2006.main.CTTextParagraph;
import org.openxmlformats.schemas.drawingml.x2006.main.CTRegularTextRun;

/**
 * One series' data labels, which XDDF has no API for, as Excel writes them: the value where the
 * published chart prints one, a qualified figure's label with the qualifier in its number format
 * ({@code "over "#,##0}), no label at a gap (Excel would print "#N/A" there), and an editor's note
 * as the text of its point's label.
 */
final class DataLabels {
  /**
   * A point as its label shows it.
   *
   * @param hidden no value label: a gap, or a zero in a stack
   * @param qualifier the source's qualifier of the value ("over"), or null
   * @param note the editor's note pinned to the point, or null
   */
  record Point(boolean hidden, String qualifier, Note note) {}

  /** An editor's note and the side of its point where its label goes. */
  record Note(String text, STDLblPos.Enum place) {}

  /** Notes are set smaller than the figures, as in the published chart: 8 points, in hundredths. */
  private static final int NOTE_SIZE = 800;

  private DataLabels() {}

  /**
   * Writes the labels of one series.
   *
   * @param values whether the series' values are labelled, as in the published chart; when not,
   *     only its notes are
   * @param base the number format of a value without qualifier
   * @param id names the series in its workbook, so each note's text field gets an id of its own
   *     that is the same on every build
   */
  static void write(CTDLbls lbls, List<Point> points, boolean values, String base, STDLblPos.Enum position,
      String id) {
    for (int i = 0; i < points.size(); i++) {
      Point p = points.get(i);
      String format = ColumnChart.labelFormat(base, p.qualifier());
      if (p.note() != null) {
        note(lbls.addNewDLbl(), i, p.note(), values ? format : null, id);
      } else if (values && p.hidden()) {
        CTDLbl lbl = lbls.addNewDLbl();
        lbl.addNewIdx().setVal(i);
        lbl.addNewDelete().setVal(true);
      } else if (values && !format.equals(base)) {
        CTDLbl lbl = lbls.addNewDLbl();
        lbl.addNewIdx().setVal(i);
        lbl.addNewNumFmt().setFormatCode(format);
        lbl.getNumFmt().setSourceLinked(false);
        lbl.addNewDLblPos().setVal(position);
        show(lbl.addNewShowLegendKey(), lbl.addNewShowVal(), lbl.addNewShowCatName(), lbl.addNewShowSerName(),
            lbl.addNewShowPercent(), lbl.addNewShowBubbleSize(), true);
      }
    }
    if (values) {
      lbls.addNewNumFmt().setFormatCode(base);
      lbls.getNumFmt().setSourceLinked(false);
      lbls.addNewDLblPos().setVal(position);
    }
    show(lbls.addNewShowLegendKey(), lbls.addNewShowVal(), lbls.addNewShowCatName(), lbls.addNewShowSerName(),
        lbls.addNewShowPercent(), lbls.addNewShowBubbleSize(), values);
  }

  /**
   * A note as its point's label, in the elements and order Excel writes for a label with text of
   * its own. Where the point's value is labelled, an analyst still expects the figure there, with
   * its qualifier, and to see it follow the cell: so the label keeps the value as Excel's value
   * field, in the label's number format ("over 3,789"), on a line of its own. Text alone would
   * freeze the number; the value alone would lose the note. The figure keeps its place by the
   * point: under the note when the label is above the point, over it otherwise.
   *
   * @param format the value's number format, or null when the series' values are not labelled
   */
  private static void note(CTDLbl lbl, int idx, Note note, String format, String id) {
    lbl.addNewIdx().setVal(idx);
    lbl.addNewLayout();
    CTTextBody rich = lbl.addNewTx().addNewRich();
    rich.addNewBodyPr();
    rich.addNewLstStyle();
    boolean above = note.place() == STDLblPos.T || note.place() == STDLblPos.OUT_END;
    if (format != null && !above) {
      value(rich.addNewP(), id + "/" + idx);
    }
    CTRegularTextRun words = rich.addNewP().addNewR();
    words.addNewRPr().setLang(ColumnChart.LANGUAGE);
    words.getRPr().setSz(NOTE_SIZE);
    words.setT(note.text());
    if (format != null && above) {
      value(rich.addNewP(), id + "/" + idx);
    }
    if (format != null) {
      lbl.addNewNumFmt().setFormatCode(format);
      lbl.getNumFmt().setSourceLinked(false);
    }
    lbl.addNewDLblPos().setVal(note.place());
    show(lbl.addNewShowLegendKey(), lbl.addNewShowVal(), lbl.addNewShowCatName(), lbl.addNewShowSerName(),
        lbl.addNewShowPercent(), lbl.addNewShowBubbleSize(), true);
  }

  /** Excel's value field, which it fills in with the point's value in the label's number format. */
  private static void value(CTTextParagraph p, String name) {
    CTTextField field = p.addNewFld();
    field.setId(guid(name));
    field.setType("VALUE");
    field.addNewRPr().setLang(ColumnChart.LANGUAGE);
    // What Excel shows for the field until it has computed the value.
    field.setT("[VALUE]");
  }

  /** A field id in Excel's form, derived from what it names so that the bytes are the same on every build. */
  private static String guid(String name) {
    return "{" + UUID.nameUUIDFromBytes(name.getBytes(StandardCharsets.UTF_8)).toString().toUpperCase(Locale.ROOT)
        + "}";
  }

  /** The switches Excel writes on every label: the value shown, or nothing, and none of the rest. */
  private static void show(CTBoolean legendKey, CTBoolean value, CTBoolean category, CTBoolean seriesName,
      CTBoolean percent, CTBoolean bubble, boolean shown) {
    legendKey.setVal(false);
    value.setVal(shown);
    category.setVal(false);
    seriesName.setVal(false);
    percent.setVal(false);
    bubble.setVal(false);
  }
}
