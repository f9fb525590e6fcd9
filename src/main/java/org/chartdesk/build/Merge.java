package org.chartdesk.build;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
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

  /**
   * Merges; returns the problems found (nothing is written when there is an error). Parts not
   * given are a warning: a folder merged as parts finish is whole only once the last is in, and a
   * build over it draws the charts still missing. Paths are shown relative to the current folder
   * when inside it, as they are typed, else absolute.
   */
  public static List<Diagnostic> merge(Path out, List<Path> parts) throws IOException {
    return merge(out, parts, new ArrayList<>());
  }

  /**
   * Merges, as above; the files of charts the folder held before, by its manifest, that the parts
   * do not make (a spec deleted since, a format or size no longer asked for) are removed, as a
   * build removes them, and added to {@code removed}, once every part is merged; before, they are
   * kept and listed. They were left there unlisted, and so for
   * ever, since only files a manifest lists are removed: a chart taken down stayed published. The
   * workbook and gallery stay, for the build over the folder to replace.
   */
  public static List<Diagnostic> merge(Path out, List<Path> parts, List<Output> removed) throws IOException {
    List<Diagnostic> problems = new ArrayList<>();
    List<Manifest.Previous> manifests = new ArrayList<>();
    // Each folder once, each part once: the same chart's files twice would make two manifest entries.
    Map<Path, Path> folders = new HashMap<>();
    Map<String, Path> shards = new HashMap<>();
    for (Path part : parts) {
      if (!Files.isDirectory(part)) {
        problems.add(Message.MERGE_NO_PART.error(shown(part), 0, 0,
            "name the output folder of each part (build --shard K/N --out DIR)", shown(part)));
        continue;
      }
      if (Files.isDirectory(out) && Files.isSameFile(out, part)) {
        problems.add(Message.MERGE_INTO_PART.error(shown(part), 0, 0,
            "merge into a folder of its own (merge --out merged part-1 part-2 ...)", shown(out), shown(part)));
        continue;
      }
      Path before = folders.putIfAbsent(part.toRealPath(), part);
      if (before != null) {
        problems.add(shown(before).equals(shown(part))
            ? Message.MERGE_PART_TWICE.error(shown(part), 0, 0, "name each part's folder once", shown(part))
            : Message.MERGE_SAME_FOLDER.error(shown(part), 0, 0, "name each part's folder once", shown(part),
                shown(before)));
        continue;
      }
      Manifest.Previous m = Manifest.read(part);
      String manifest = shown(part.resolve(Manifest.PATH));
      if (m == null || m.shard() == null) {
        problems.add(Message.MERGE_NOT_A_PART.error(manifest, 0, 0, "build each part with --shard K/N", manifest));
      } else if (!manifests.isEmpty() && (!m.tool().equals(manifests.get(0).tool())
          || !m.inputs().equals(manifests.get(0).inputs()) || m.inputs().isEmpty())) {
        problems.add(Message.MERGE_MISMATCH.error(manifest, 0, 0,
            "build every part from the same inputs with the same tool, without errors", manifest));
      } else if (!manifests.isEmpty() && !Objects.equals(m.formats(), manifests.get(0).formats())) {
        // The merged manifest names one set of formats; a build over it would redraw or remove the rest.
        problems.add(Message.MERGE_MISMATCH.error(manifest, 0, 0, "build every part with the same --formats ("
            + formatsShown(manifests.get(0)) + " in the first part, " + formatsShown(m) + " here)", manifest));
      } else if (!manifests.isEmpty() && !m.settings().equals(manifests.get(0).settings())) {
        // One edition's charts beside another's (--theme dark in one part, the house theme in the other).
        problems.add(Message.MERGE_MISMATCH.error(manifest, 0, 0, "build every part with the same --theme, "
            + "--locale, --byline and SOURCE_DATE_EPOCH (" + settingsShown(manifests.get(0)) + " in the first part, "
            + settingsShown(m) + " here)", manifest));
      } else if (!manifests.isEmpty() && !parts(m).equals(parts(manifests.get(0)))) {
        // Parts of splits into other numbers of parts share charts.
        problems.add(Message.MERGE_MISMATCH.error(manifest, 0, 0, "build every part with the same N of --shard K/N ("
            + parts(manifests.get(0)) + " in the first part, " + parts(m) + " here)", manifest));
      } else if (shards.containsKey(m.shard())) {
        problems.add(Message.MERGE_SAME_PART.error(manifest, 0, 0,
            "give one folder per part: build --shard K/N --out DIR, a different K for each", shown(part),
            shown(shards.get(m.shard())), m.shard()));
      } else {
        shards.put(m.shard(), part);
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
        Path file = parts.get(i).resolve(e.path());
        byte[] bytes = read(file, problems);
        if (bytes == null) {
          continue;
        }
        if (!StoryLoader.sha256(bytes).equals(e.sha256())) {
          problems.add(Message.MERGE_FILE_CHANGED.error(shown(file), 0, 0, REBUILD, shown(file)));
        }
        // Checked now, copied below: every part is checked before anything is written.
        outputs.add(new Output(e.path(), e.format(), e.chart(), bytes).hashed(e.sha256()).inPlace());
      }
      story = m.story();
    }
    if (!problems.isEmpty()) {
      return problems;
    }
    OutputLock held;
    try {
      held = OutputLock.acquire(out, false);
    } catch (LockHeldException e) {
      throw e;
    } catch (IOException e) {
      // A folder that cannot be made or written, said as build says it of its --out.
      return List.of(WriteFailure.of(shown(out) + "/", e, Path.of("")));
    }
    try (OutputLock lock = held) {
      Manifest.Previous before = Manifest.read(out);
      OutputWriter writer = new OutputWriter(out);
      for (int i = 0; i < manifests.size(); i++) {
        for (Manifest.Entry e : manifests.get(i).outputs()) {
          byte[] bytes = read(parts.get(i).resolve(e.path()), problems);
          if (bytes == null || !write(writer, out, e.path(), bytes, problems)) {
            // The merged manifest is not written: a build over the folder does not take it as whole.
            return problems;
          }
        }
      }
      java.util.Set<String> merged = new java.util.HashSet<>();
      outputs.forEach(o -> merged.add(o.path()));
      // Until every part is in, the files before may be those of a part still to come: they stay,
      // listed, for the merge that completes the folder or the build over it to remove or replace.
      boolean whole = shards.size() == Integer.parseInt(parts(manifests.get(0)));
      List<Output> carried = new ArrayList<>();
      for (Manifest.Entry e : before == null ? List.<Manifest.Entry>of() : before.outputs()) {
        try {
          if (e.chart() == null || merged.contains(e.path())) {
            continue;
          }
          if (!whole) {
            Path file = out.resolve(e.path());
            if (Files.isRegularFile(file)) {
              carried.add(new Output(e.path(), e.format(), e.chart(), FileBytes.read(file)).hashed(e.sha256())
                  .inPlace());
            }
          } else if (writer.remove(e.path())) {
            removed.add(new Output(e.path(), e.format(), e.chart(), new byte[0]));
          }
        } catch (IOException x) {
          // Left listed by the manifest before, which stays: the next merge removes it.
          problems.add(WriteFailure.of(shown(out.resolve(e.path())), x, Path.of("")));
          return problems;
        }
      }
      outputs.addAll(carried);
      write(writer, out, Manifest.PATH, Manifest.of(Build.TOOL, story, null, manifests.get(0).formats(),
          manifests.get(0).inputs(), keys, outputs, manifests.get(0).settings(),
          manifests.stream().mapToLong(Manifest.Previous::warnings).sum()), problems);
    }
    if (problems.isEmpty()) {
      missing(out, parts(manifests.get(0)), shards.keySet(), problems);
    }
    return problems;
  }

  /** Warns of the parts of the split not among those merged, naming them. */
  private static void missing(Path out, String n, java.util.Set<String> merged, List<Diagnostic> problems) {
    List<String> absent = new ArrayList<>();
    for (int k = 1; k <= Integer.parseInt(n); k++) {
      if (!merged.contains(k + "/" + n)) {
        absent.add(k + "/" + n);
      }
    }
    if (!absent.isEmpty()) {
      String named = absent.size() == 1 ? "part " + absent.get(0)
          : "parts " + String.join(", ", absent.subList(0, absent.size() - 1)) + " and " + absent.get(absent.size() - 1);
      problems.add(Message.MERGE_PARTS_MISSING.warning(shown(out), 0, 0,
          "merge " + (absent.size() == 1 ? "it" : "them") + " too, or build over the folder, which draws "
              + (absent.size() == 1 ? "its" : "their") + " charts", named, shown(out),
          merged.size() + " of " + n + " parts"));
    }
  }

  private static final String REBUILD = "the part's manifest lists it: build that part again, then merge";

  /** A part's file, or null with the problem added: the part is what must be made again. */
  private static byte[] read(Path file, List<Diagnostic> problems) {
    try {
      return FileBytes.read(file);
    } catch (IOException e) {
      problems.add(Message.FILE_UNREADABLE.error(shown(file), 0, 0, REBUILD, shown(file), FileBytes.reason(e)));
      return null;
    }
  }

  /** Writes a file of the merged folder; false with the problem added, in build's words, when it cannot. */
  private static boolean write(OutputWriter writer, Path out, String path, byte[] bytes, List<Diagnostic> problems) {
    try {
      writer.writeIfChanged(path, bytes);
      return true;
    } catch (IOException e) {
      problems.add(WriteFailure.of(shown(out.resolve(path)), e, Path.of("")));
      return false;
    }
  }

  /** The N of a part's K/N. */
  private static String parts(Manifest.Previous m) {
    return m.shard().substring(m.shard().indexOf('/') + 1);
  }

  /** A path as typed: relative to the current folder when inside it, else absolute. */
  private static String shown(Path path) {
    return WriteFailure.shown(Path.of(""), path);
  }

  private static String settingsShown(Manifest.Previous m) {
    return m.settings().isEmpty() ? "none" : m.settings();
  }

  private static String formatsShown(Manifest.Previous m) {
    return m.formats() == null ? "all" : m.formats();
  }
}
