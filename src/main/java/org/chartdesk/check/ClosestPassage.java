package org.chartdesk.check;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Where a quote that was not found most probably comes from: the source window that shares the
 * longest run of consecutive words with it (case and punctuation ignored), aligned to where the
 * quote would begin there.
 */
final class ClosestPassage {
  private ClosestPassage() {}

  static SourceText.Passage find(String[] lines, int[] physical, String quote, int maxChars) {
    List<Word> source = new ArrayList<>();
    for (int i = 0; i < lines.length; i++) {
      words(lines[i], i, source);
    }
    List<Word> q = new ArrayList<>();
    words(quote, 0, q);
    if (source.isEmpty() || q.isEmpty()) {
      return null;
    }
    // Longest common run of words: dynamic programme over (source word, quote word).
    int[] prev = new int[q.size() + 1];
    int[] cur = new int[q.size() + 1];
    int bestLen = 0;
    int bestSourceEnd = -1;
    int bestQuoteEnd = -1;
    for (int s = 0; s < source.size(); s++) {
      for (int k = 0; k < q.size(); k++) {
        cur[k + 1] = source.get(s).text.equals(q.get(k).text) ? prev[k] + 1 : 0;
        if (cur[k + 1] > bestLen) {
          bestLen = cur[k + 1];
          bestSourceEnd = s;
          bestQuoteEnd = k;
        }
      }
      int[] t = prev;
      prev = cur;
      cur = t;
    }
    if (bestLen == 0) {
      return null;
    }
    int runStart = bestSourceEnd - bestLen + 1;
    int quoteStart = bestQuoteEnd - bestLen + 1;
    Word first = source.get(Math.max(0, runStart - quoteStart));
    StringBuilder sb = new StringBuilder(lines[first.line].substring(first.start));
    for (int i = first.line + 1; i < lines.length && sb.length() <= maxChars; i++) {
      sb.append(' ').append(lines[i]);
    }
    return new SourceText.Passage(physical[first.line], cut(sb.toString(), maxChars));
  }

  /** Cuts at a space at most maxChars in, marking the cut. */
  static String cut(String s, int maxChars) {
    if (s.length() <= maxChars) {
      return s;
    }
    int at = s.lastIndexOf(' ', maxChars);
    return (at > maxChars / 2 ? s.substring(0, at) : s.substring(0, maxChars)) + " ...";
  }

  private static void words(String s, int line, List<Word> out) {
    int i = 0;
    while (i < s.length()) {
      if (!Normal.isWordChar(s.charAt(i))) {
        i++;
        continue;
      }
      int start = i;
      while (i < s.length() && Normal.isWordChar(s.charAt(i))) {
        i++;
      }
      out.add(new Word(s.substring(start, i).toLowerCase(Locale.ROOT), line, start));
    }
  }

  private record Word(String text, int line, int start) {}
}
