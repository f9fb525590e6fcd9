package org.chartdesk.cli;

import java.io.PrintWriter;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.LongSupplier;
import org.chartdesk.build.BuildProgress;
import org.chartdesk.build.ChartResult;

/**
 * A build's line per chart as soon as it is done ({@code built}, {@code unchanged} or
 * {@code failed}, with its time) and, on an interactive terminal, a progress bar under them for a
 * build that has taken more than a second. The bar is one line redrawn after a carriage return,
 * and is wiped before each chart's line is written, so lines are never broken by it. Piped
 * output, CI and dumb terminals get the lines alone: no carriage returns, no thread.
 */
final class ChartLines implements BuildProgress, AutoCloseable {
  static final long DELAY_NANOS = TimeUnit.SECONDS.toNanos(1);
  private static final long TICK_MILLIS = 250;
  private static final int BAR = 24;

  private final PrintWriter out;
  private final LongSupplier clock;
  private final long start;
  private final int width;
  private final boolean bar;
  private ScheduledExecutorService ticker;
  private int total = -1;
  private int done;
  /** The bar as it is on the screen now, or empty when it is not. */
  private String shown = "";
  private boolean closed;

  /**
   * @param bar whether to draw the bar: the output is an interactive terminal
   * @param width the terminal's width in characters; the bar never wraps
   * @param clock nanoseconds, as {@link System#nanoTime}
   */
  ChartLines(PrintWriter out, boolean bar, int width, LongSupplier clock) {
    this.out = out;
    this.bar = bar;
    this.width = width;
    this.clock = clock;
    this.start = clock.getAsLong();
  }

  /** The lines for this process's stdout: with a bar when it is an interactive terminal. */
  static ChartLines forStdout(PrintWriter out) {
    Map<String, String> env = System.getenv();
    ChartLines lines = new ChartLines(out, interactive(env, System.console() != null), columns(env), System::nanoTime);
    if (lines.bar) {
      lines.ticker = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "progress");
        t.setDaemon(true);
        return t;
      });
      lines.ticker.scheduleAtFixedRate(lines::tick, TICK_MILLIS, TICK_MILLIS, TimeUnit.MILLISECONDS);
    }
    return lines;
  }

  /** A terminal someone watches: not piped, not a CI log, not a terminal that cannot return the carriage. */
  static boolean interactive(Map<String, String> env, boolean console) {
    String term = env.getOrDefault("TERM", "");
    return console && !env.containsKey("CI") && !term.isEmpty() && !term.equals("dumb");
  }

  private static int columns(Map<String, String> env) {
    try {
      return Math.max(20, Integer.parseInt(env.getOrDefault("COLUMNS", "80").strip()));
    } catch (NumberFormatException e) {
      return 80;
    }
  }

  @Override
  public synchronized void charts(int total) {
    this.total = total;
  }

  @Override
  public synchronized void done(ChartResult chart) {
    wipe();
    out.println(line(chart));
    done++;
    draw();
    out.flush();
  }

  /** Redraws the bar: its time has come, or its numbers have moved. */
  synchronized void tick() {
    draw();
    out.flush();
  }

  /** Takes the bar off the screen for good. */
  @Override
  public synchronized void close() {
    if (ticker != null) {
      ticker.shutdownNow();
    }
    closed = true;
    wipe();
    out.flush();
  }

  static String line(ChartResult r) {
    String time = r.status() == ChartResult.Status.BUILT ? ", " + r.millis() + " ms" : "";
    return r.status().word() + " " + r.id() + " (" + Diagnostics.count(r.outputs().size(), "file") + time + ")";
  }

  private void draw() {
    long elapsed = clock.getAsLong() - start;
    if (!bar || closed || elapsed < DELAY_NANOS) {
      return;
    }
    String seconds = TimeUnit.NANOSECONDS.toSeconds(elapsed) + " s";
    String text;
    if (total < 0) {
      text = "checking the input, " + seconds;
    } else {
      int filled = total == 0 ? BAR : BAR * done / total;
      text = "[" + "#".repeat(filled) + "-".repeat(BAR - filled) + "] " + done + "/" + total + " charts"
          + (done == total ? ", finishing" : "") + ", " + seconds;
    }
    // Never as wide as the terminal, which would wrap it onto a line a carriage return cannot reach.
    text = text.substring(0, Math.min(text.length(), width - 1));
    if (!text.equals(shown)) {
      out.print("\r" + text + " ".repeat(Math.max(0, shown.length() - text.length())));
      shown = text;
    }
  }

  private void wipe() {
    if (!shown.isEmpty()) {
      out.print("\r" + " ".repeat(shown.length()) + "\r");
      shown = "";
    }
  }
}
