package org.chartdesk.check;

import java.util.ArrayList;
import java.util.List;

/**
 * A source document as quotes are matched against it: its non-blank lines, normalised.
 *
 * <p>The text copy interleaves the article's body with link glosses: a linked phrase starts its own
 * line, followed by a summary of the linked article, and the body resumes on the next line. A quote
 * reads the page as a reader sees it, so it keeps the link's words and skips the summary. Hence
 * the rule: a match runs along a line and on into the next; and once it has consumed some leading
 * words of a line it entered at that line's start, it may jump to the start of the next line. The
 * text does not mark which lines are glosses, so any line entered at its start may be cut so.
 */
final class SourceText {
  private static final long NONE = Long.MAX_VALUE;

  private final String path;
  private final String[] lines;
  private final int[] physical;

  private SourceText(String path, String[] lines, int[] physical) {
    this.path = path;
    this.lines = lines;
    this.physical = physical;
  }

  /**
   * Reads a document.
   *
   * @param path the file as users see it, for messages
   */
  static SourceText of(String path, String text) {
    String[] raw = text.split("\r\n|\r|\n", -1);
    List<String> kept = new ArrayList<>();
    List<Integer> numbers = new ArrayList<>();
    for (int i = 0; i < raw.length; i++) {
      String n = Normal.of(raw[i]);
      if (!n.isEmpty()) {
        kept.add(n);
        numbers.add(i + 1);
      }
    }
    return new SourceText(path, kept.toArray(String[]::new),
        numbers.stream().mapToInt(Integer::intValue).toArray());
  }

  String path() {
    return path;
  }

  /**
   * Finds the parts of a normalised quote in order, each after the end of the one before.
   *
   * @return -1 when every part is found, else the index of the first part that is not
   */
  int missingPart(List<String> parts) {
    int line = 0;
    int col = 0;
    for (int p = 0; p < parts.size(); p++) {
      long end = earliestEnd(parts.get(p), line, col);
      if (end == NONE) {
        return p;
      }
      line = (int) (end >>> 32);
      col = (int) end;
    }
    return -1;
  }

  /** The earliest end of a match starting at or after (line, col), or NONE; ends order parts. */
  private long earliestEnd(String part, int fromLine, int fromCol) {
    if (part.isEmpty()) {
      return pos(fromLine, fromCol);
    }
    char first = part.charAt(0);
    long best = NONE;
    for (int i = fromLine; i < lines.length; i++) {
      String l = lines[i];
      for (int j = i == fromLine ? fromCol : 0; j < l.length(); j++) {
        if (pos(i, j) >= best) {
          return best; // a match ends after it starts: no later start can end earlier
        }
        if (l.charAt(j) == first && (j == 0 || !Normal.isWordChar(l.charAt(j - 1))
            || !Normal.isWordChar(first))) {
          best = Math.min(best, match(part, 0, i, j, j == 0));
        }
      }
    }
    return best;
  }

  /** The earliest end of the rest of a part matched from (i, j), or NONE. */
  private long match(String p, int k, int i, int j, boolean enteredAtStart) {
    long best = NONE;
    String l = lines[i];
    while (true) {
      if (k == p.length()) {
        // Whole words only: "198" must not match inside "1980".
        boolean clean = j == l.length() || !Normal.isWordChar(l.charAt(j))
            || !Normal.isWordChar(p.charAt(k - 1));
        return clean ? Math.min(best, pos(i, j)) : best;
      }
      if (j == l.length()) {
        if (i + 1 == lines.length) {
          return best;
        }
        // A line break reads as a space, or as nothing before "'s" or punctuation.
        i++;
        l = lines[i];
        j = 0;
        enteredAtStart = true;
        if (p.charAt(k) == ' ') {
          k++;
        }
        continue;
      }
      if (enteredAtStart && j > 0 && l.charAt(j) == ' ' && i + 1 < lines.length) {
        // Leave the gloss after its link words: the body goes on at the next line.
        best = Math.min(best, match(p, p.charAt(k) == ' ' ? k + 1 : k, i + 1, 0, true));
      }
      if (l.charAt(j) != p.charAt(k)) {
        return best;
      }
      j++;
      k++;
    }
  }

  private static long pos(int line, int col) {
    return ((long) line << 32) | col;
  }

  /** The passage that shares the longest run of words with the text, for a hint; null if none. */
  Passage closest(String text, int maxChars) {
    return ClosestPassage.find(lines, physical, text, maxChars);
  }

  /** A stretch of the source for a hint, with the physical line it starts on. */
  record Passage(int line, String text) {}
}
