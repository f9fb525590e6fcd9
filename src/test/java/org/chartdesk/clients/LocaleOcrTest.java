package org.chartdesk.clients;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.chartdesk.build.Build;
import org.chartdesk.build.BuildReport;
import org.chartdesk.spec.ProjectSettings;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A German edition of the shipped story, as one build's command line asks for it, read back by
 * OCR: the German marks, month and season names, chrome words and the byline are what the image
 * shows, and the data's own words (the qualifier "over") stay with the number; the PDF and SVG
 * name their language (qpdf reads the PDF's /Lang); the gallery page and the workbook's own words
 * are German, and the workbook's notes read as the pictures' (openpyxl).
 */
class LocaleOcrTest {
  @TempDir Path out;

  @Test
  void aGermanEditionShowsGermanNumbersDatesAndChromeWithTheByline() throws Exception {
    Tools.require("tesseract");
    BuildReport report = new Build(Path.of("").toAbsolutePath(), new ProjectSettings(null, "de", "Grafik: Desk"))
        .build(out);
    assertThat(report.errors()).isZero();
    assertThat(ocr("kgb-planted-stories")).contains("over 3.789", "1.980", "keine Angabe", "Anmerkung:",
        "Quelle: India-Soviet Union relations, Wikipedia", "Grafik: Desk").doesNotContain("3,789 ");
    assertThat(ocr("leader-visits")).contains("Juni 1955", "Herbst 1955", "Mai 1985", "Ende 1986");
    // The words a chart draws for itself, and the dates of its marks, are German too.
    assertThat(ocr("leaders-in-office")).contains("Amtszeit in der Quelle nicht angegeben", "im Amt seit 1924",
        "Juni 1955", "Herbst 1955").doesNotContain("term not given", "in office since", "June 1955");
    // The vector files say which language their words are in, for a screen reader's voice.
    assertThat(Tools.run(out, "qpdf", "--json", out.resolve("pdf/leaders-in-office.pdf").toString()))
        .contains("\"/Lang\": \"u:de\"");
    assertThat(Files.readString(out.resolve("svg/leaders-in-office.svg"))).contains("xml:lang=\"de\"");
    // The gallery page is the edition's, and so are the workbook's own words; its chart sheets
    // print each note as the picture does (read by openpyxl).
    assertThat(Files.readString(out.resolve("index.html"))).startsWith("<!DOCTYPE html>\n<html lang=\"de\">")
        .contains("<p class=\"meta\">Quelle: ", "Herunterladen: ");
    Tools.require("python3");
    Path script = Files.writeString(out.resolve("texts.py"), """
        import sys, openpyxl
        wb = openpyxl.load_workbook(sys.argv[1])
        for ws in wb.worksheets:
            for row in ws.iter_rows(values_only=True):
                for v in row:
                    if isinstance(v, str) and not v.startswith("="):
                        print(v)
        """);
    String texts = Tools.run(out, Tools.python(), script.toString(),
        out.resolve("india-soviet-union-relations.xlsx").toString());
    assertThat(texts).contains("Anmerkung: No figures are reported for 1974 and 1975.", "Quelle\n", "Lizenz\n",
        "Grafiken\n", "Beschreibung (Alternativtext)", "Redaktionelle Prüfung", "Daten der Grafik: Live-Formeln",
        "Änderung zum Vorjahr", "Wie veröffentlicht:", "Excel hat für diese Art Grafik (Zeitleiste)")
        .doesNotContain("Note: ", "Source\n", "Editorial lint", "Chart data", "Change from previous year",
            "As published", "Excel has no native chart");
  }

  private String ocr(String id) throws Exception {
    Path png = out.resolve("png/" + id + "@2x.png");
    assertThat(Files.exists(png)).isTrue();
    return Tools.run(out, "tesseract", png.toString(), "-", "--psm", "12", "-l", "eng")
        .replaceAll("\\s+", " ").replaceAll("[\u2013\u2014]", "-");
  }
}
