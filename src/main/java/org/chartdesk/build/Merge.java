package org.chartdesk.build;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.chartdesk.dataset.StoryLoader;
import org.chartdesk.diagnostics.Diagnostic;
import org.chartdesk.diagnostics.Message;
import org.chartdesk.io.FileBytes;

/**
 * Gathers the parts of a sharded build into one output folder: every part's files, checked
 * against its manifest, and one manifest listing them all. A build over the merged folder then
 * finds every chart unchanged and adds the workbook and gallery.
 */
public final class Merge {
  private Merge() {}

  /** Merges; returns the problems found (nothing is written when there is one). */
  public static List<Diagnostic> merge(Path out, List<Path> parts) throws IOException {
    List<Diagnostic> problems = new ArrayList<>();
    List<Manifest.Previous> manifests = new ArrayList<>();
    for (Path part : parts) {
      if (!Files.isDirectory(part)) {
        problems.add(Message.MERGE_NO_PART.error(part.toString(), 0, 0,
            "name the output folder of each part (build --shard K/N --out DIR)", part.toString()));
        continue;
      }
      Manifest.Previous m = Manifest.read(part);
      String shown = part.resolve(Manifest.PATH).toString();
      if (m == null || m.shard() == null) {
        problems.add(Message.MERGE_NOT_A_PART.error(shown, 0, 0, "build each part with --shard K/N", shown));
      } else if (!manifests.isEmpty() && (!m.tool().equals(manifests.get(0).tool())
          || !m.inputs().equals(manifests.get(0).inputs()) || m.inputs().isEmpty())) {
        problems.add(Message.MERGE_MISMATCH.error(shown, 0, 0,
            "build every part from the same inputs with the same tool, without errors", shown));
      } else if (!manifests.isEmpty() && !Objects.equals(m.formats(), manifests.get(0).formats())) {
        // The merged manifest names one set of formats; a build over it would redraw or remove the rest.
        problems.add(Message.MERGE_MISMATCH.error(shown, 0, 0, "build every part with the same --formats ("
            + formatsShown(manifests.get(0)) + " in the first part, " + formatsShown(m) + " here)", shown));
      } else {
        manifests.add(m);
      }
    }
    if (!problems.isEmpty()) {
      return problems;
    }
    List<Output> outputs = new ArrayList<>();
    Map<String, String> keys = new LinkedHashMap<>();
    String story = null;
    for (int i = 0; i < manifests.size(); i++) {
      Manifest.Previous m = manifests.get(i);
      keys.putAll(m.chartKeys());
      for (Manifest.Entry e : m.outputs()) {
        byte[] bytes = FileBytes.read(parts.get(i).resolve(e.path()));
        if (!StoryLoader.sha256(bytes).equals(e.sha256())) {
          problems.add(Message.MERGE_MISMATCH.error(parts.get(i).resolve(e.path()).toString(), 0, 0,
              "rebuild the part", e.path()));
        }
        // Checked now, copied below: every part is checked before anything is written.
        outputs.add(new Output(e.path(), e.format(), e.chart(), bytes).hashed(e.sha256()).inPlace());
      }
      story = Manifest.story(parts.get(i));
    }
    if (!problems.isEmpty()) {
      return problems;
    }
    try (OutputLock lock = OutputLock.acquire(out, false)) {
      OutputWriter writer = new OutputWriter(out);
      for (int i = 0; i < manifests.size(); i++) {
        for (Manifest.Entry e : manifests.get(i).outputs()) {
          writer.writeIfChanged(e.path(), FileBytes.read(parts.get(i).resolve(e.path())));
        }
      }
      writer.writeIfChanged(Manifest.PATH, Manifest.of(Build.TOOL, story, null, manifests.get(0).formats(),
          manifests.get(0).inputs(), keys, outputs));
    }
    return problems;
  }

  private static String formatsShown(Manifest.Previous m) {
    return m.formats() == null ? "all" : m.formats();
  }
}
