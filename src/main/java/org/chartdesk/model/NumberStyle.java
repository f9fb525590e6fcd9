package org.chartdesk.model;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.IntToDoubleFunction;
import org.chartdesk.theme.NewsLocale;

/**
 * Newsroom number formatting, independent of the machine's locale: 3,789 and never 3.789. A
 * pattern is a {@link DecimalFormat} pattern, plus what DecimalFormat cannot express: the Indian
 * lakh/crore grouping ({@code #,##,##0} writes 1234567 as 12,34,567) and Excel's scaling commas
 * (each comma after the last digit divides by a thousand: {@code #,##0.0,,,} writes 4,100,000,000
 * as 4.1, in billions), which the workbook's charts then show as Excel reads the same pattern.
 */
public final class NumberStyle {
  public static final String DEFAULT_PATTERN = "#,##0";
  /** Decimals a number is written with at most, in a cell or a table ({@link #decimals}). */
  public static final int MOST_DECIMALS = 10;
  /** Groups of two above the last three digits, as Indian publications write numbers. */
  public static final String INDIAN_PATTERN = "#,##,##0";

  /**
   * Each thread's formats by pattern. Made anew for each number, the symbols and the parsed
   * pattern were most of formatting's cost: a 100-point line's alt text spent 25 ms on them.
   * DecimalFormat is not for several threads at once, hence one map a thread; few patterns occur.
   */
  private static final ThreadLocal<Map<String, DecimalFormat>> FORMATS = ThreadLocal.withInitial(HashMap::new);
  private static final int FORMATS_KEPT = 64;

  private NumberStyle() {}

  /** The format of {@code pattern}, in the root locale's symbols; IllegalArgumentException when it is none. */
  private static DecimalFormat decimal(String pattern) {
    Map<String, DecimalFormat> formats = FORMATS.get();
    DecimalFormat f = formats.get(pattern);
    if (f == null) {
      f = new DecimalFormat(pattern, DecimalFormatSymbols.getInstance(Locale.ROOT));
      f.setRoundingMode(RoundingMode.HALF_UP);
      if (formats.size() == FORMATS_KEPT) {
        formats.clear();
      }
      formats.put(pattern, f);
    }
    return f;
  }

  public static String format(double value, String pattern) {
    String p = pattern == null ? DEFAULT_PATTERN : pattern;
    if (!Double.isFinite(value)) {
      return decimal(p).format(value);
    }
    int commas = scalingCommas(p);
    if (commas == 0 && value == Math.rint(value) && Math.abs(value) < 1e15 && !p.startsWith(INDIAN_PATTERN)) {
      // A whole number of 15 digits or fewer is exact as it is: the counts most charts show.
      return decimal(p).format(value);
    }
    BigDecimal shown = asExcelReads(value).movePointLeft(3 * commas);
    p = unscaled(p, commas);
    if (p.startsWith(INDIAN_PATTERN)) {
      return indian(shown, p.substring(INDIAN_PATTERN.length()));
    }
    return decimal(p).format(shown);
  }

  /**
   * The number as Excel shows it, so that a chart's label and the workbook's cell agree: its
   * first 15 significant digits, rounded half away from zero where a pattern cuts it. Java's
   * way, half to even on the number's binary value, wrote 1.25 as 1.2 and 0.15 as 0.1 where
   * the workbook showed 1.3 and 0.2.
   */
  private static BigDecimal asExcelReads(double value) {
    return new BigDecimal(value).round(new MathContext(15, RoundingMode.HALF_EVEN));
  }

  /**
   * How many decimals a number has as written, up to {@link #MOST_DECIMALS}: 3 for 0.182, 0 for 5
   * and 5.0. Read by arithmetic rather than from its text, a million cells at a few nanoseconds each.
   */
  public static int decimals(double v) {
    double scaled = Math.abs(v);
    if (!Double.isFinite(scaled)) {
      return 0;
    }
    for (int d = 0; d < MOST_DECIMALS; d++, scaled *= 10) {
      // Twelve significant digits: 0.182 times 1000 is 181.99999999999997.
      if (Math.abs(scaled - Math.rint(scaled)) <= scaled * 1e-12) {
        return d;
      }
    }
    return MOST_DECIMALS;
  }

  /** The pattern that writes a number with every decimal it has, grouped: 1,250.182 (and 5, never "5."). */
  public static String asWritten(double v) {
    return upTo(decimals(v));
  }

  /** The pattern that writes a number grouped, with its decimals up to {@code decimals} (none when 0). */
  public static String upTo(int decimals) {
    return decimals == 0 ? DEFAULT_PATTERN : DEFAULT_PATTERN + "." + "#".repeat(decimals);
  }

  /**
   * The pattern of a chart's values where the spec gives none: grouped, with the decimals that
   * give the largest value three significant digits (0.182, 12.4, 210), never more than the data
   * has, the same on every label. Shares of 0.182 and 0.123 were labelled 0 and 0 under the
   * whole-number pattern; counts keep it (3,789).
   *
   * @param valueAt the value of each of {@code count} rows, NaN for none
   */
  public static String forValues(int count, IntToDoubleFunction valueAt) {
    double largest = 0;
    for (int i = 0; i < count; i++) {
      double v = Math.abs(valueAt.applyAsDouble(i));
      largest = v > largest && Double.isFinite(v) ? v : largest;
    }
    int wanted = largest == 0 ? 0 : Math.max(0, Math.min(MOST_DECIMALS, 2 - (int) Math.floor(Math.log10(largest))));
    int d = 0;
    for (int i = 0; i < count && d < wanted; i++) {
      double v = valueAt.applyAsDouble(i);
      if (!Double.isNaN(v)) {
        d = Math.max(d, Math.min(wanted, decimals(v)));
      }
    }
    return d == 0 ? DEFAULT_PATTERN : DEFAULT_PATTERN + "." + "0".repeat(d);
  }

  /** Whether a spec's pattern formats numbers: {@code #,##0.0.0} or {@code 0.0%%} do not. */
  public static boolean isPattern(String pattern) {
    try {
      format(1234.5, pattern);
    } catch (IllegalArgumentException e) {
      return false;
    }
    return hasDigits(pattern);
  }

  /**
   * Whether a pattern places the number's digits ({@code 0} or {@code #} outside quotes, before
   * any {@code ;}). Java takes any text without them as a prefix: "yyyy-MM-dd" printed 3,789 as
   * "yyyy-MM-dd3789", "%d" as "%d378900".
   */
  private static boolean hasDigits(String pattern) {
    String symbols = symbols(pattern);
    int semicolon = symbols.indexOf(';');
    String positive = semicolon < 0 ? symbols : symbols.substring(0, semicolon);
    return positive.indexOf('0') >= 0 || positive.indexOf('#') >= 0;
  }

  /**
   * The smallest difference a pattern shows: 1 for "#,##0", 0.1 for "0.0", 0.01 for "0%" (its
   * numbers are printed times 100). An axis stepping by less labels two ticks alike ("1, 1, 2").
   */
  public static double finestStep(String pattern) {
    String p = pattern == null ? DEFAULT_PATTERN : pattern;
    int commas = scalingCommas(p);
    p = unscaled(p, commas);
    if (p.startsWith(INDIAN_PATTERN)) {
      p = "0" + p.substring(INDIAN_PATTERN.length());
    }
    DecimalFormat f = decimal(p);
    return Math.pow(10, -f.getMaximumFractionDigits()) / f.getMultiplier() * Math.pow(1000, commas);
  }

  /**
   * The pattern for an axis whose ticks are {@code ticks}: its fixed decimals cut to the fewest
   * that write every tick exactly, the same for all. Temperatures to a tenth ("#,##0.0") are
   * labelled on ticks 0, 5, 10 rather than 0.0, 5.0, 10.0, and 0, 2.5, 5 as 0.0, 2.5, 5.0: the
   * ticks' digits say the step, as Datawrapper's axes do; the values' labels keep the pattern.
   */
  public static String forTicks(String pattern, List<Double> ticks) {
    String p = pattern == null ? DEFAULT_PATTERN : pattern;
    int dot = decimalPoint(p);
    if (dot < 0) {
      return p;
    }
    int zeros = 0;
    while (dot + 1 + zeros < p.length() && p.charAt(dot + 1 + zeros) == '0') {
      zeros++;
    }
    int commas = scalingCommas(p);
    String unscaled = unscaled(p, commas);
    double shown = decimal(unscaled.startsWith(INDIAN_PATTERN) ? "0" + unscaled.substring(INDIAN_PATTERN.length())
        : unscaled).getMultiplier() / Math.pow(1000, commas);
    int needed = 0;
    for (double t : ticks) {
      if (Double.isFinite(t) && t != 0) {
        // Twelve significant digits: 0.30000000000000004, a sum of steps, is 0.3.
        BigDecimal d = new BigDecimal(t * shown).round(new MathContext(12)).stripTrailingZeros();
        needed = Math.max(needed, d.scale());
      }
    }
    if (needed >= zeros) {
      return p;
    }
    int after = dot + 1 + zeros;
    boolean hashes = after < p.length() && p.charAt(after) == '#';
    return p.substring(0, needed > 0 || hashes ? dot + 1 : dot) + "0".repeat(needed) + p.substring(after);
  }

  /** Where the pattern's decimal point is; -1 when it has none, or a second pattern for negatives. */
  private static int decimalPoint(String pattern) {
    String symbols = symbols(pattern);
    return symbols.indexOf(';') >= 0 ? -1 : symbols.indexOf('.');
  }

  /** How many commas follow the pattern's last digit: each divides the number by a thousand. */
  private static int scalingCommas(String pattern) {
    int after = lastDigit(pattern) + 1;
    int commas = 0;
    while (after > 0 && after + commas < pattern.length() && pattern.charAt(after + commas) == ',') {
      commas++;
    }
    return commas;
  }

  /** The pattern without the {@code commas} scaling commas after its last digit. */
  private static String unscaled(String pattern, int commas) {
    int after = lastDigit(pattern) + 1;
    return commas == 0 ? pattern : pattern.substring(0, after) + pattern.substring(after + commas);
  }

  /** Where the pattern's last digit ({@code 0} or {@code #} outside quotes) is; -1 when it has none. */
  private static int lastDigit(String pattern) {
    String symbols = symbols(pattern);
    return Math.max(symbols.lastIndexOf('0'), symbols.lastIndexOf('#'));
  }

  /** The pattern with its quoted text and the quotes blanked: what is left are its symbols, where they stand. */
  private static String symbols(String pattern) {
    char[] symbols = pattern.toCharArray();
    boolean quoted = false;
    for (int i = 0; i < symbols.length; i++) {
      if (symbols[i] == '\'') {
        quoted = !quoted;
        symbols[i] = ' ';
      } else if (quoted) {
        symbols[i] = ' ';
      }
    }
    return new String(symbols);
  }

  /** A number as the locale writes it; its default pattern groups the Indian way when the locale does. */
  public static String format(double value, String pattern, NewsLocale locale) {
    String p = pattern == null ? DEFAULT_PATTERN : pattern;
    if (locale.indian() && p.startsWith(DEFAULT_PATTERN) && !p.startsWith(INDIAN_PATTERN)) {
      p = INDIAN_PATTERN + p.substring(DEFAULT_PATTERN.length());
    }
    return locale.marks(format(value, p));
  }

  /** A value with its qualifier as it must read everywhere: "over 3,789". */
  public static String withQualifier(double value, String pattern, String qualifier, NewsLocale locale) {
    return qualified(qualifier, format(value, pattern, locale));
  }

  /** A number as written, with its qualifier, if any, before it: "over 3,789". */
  public static String qualified(String qualifier, String number) {
    return qualifier == null || qualifier.isEmpty() ? number : qualifier + " " + number;
  }

  /** The integer part grouped 3 then 2 by 2; the fraction as the rest of the pattern says (".##"). */
  private static String indian(BigDecimal value, String fraction) {
    String plain = decimal("0" + fraction).format(value.abs());
    int dot = plain.indexOf('.');
    String digits = dot < 0 ? plain : plain.substring(0, dot);
    StringBuilder grouped = new StringBuilder();
    int n = digits.length();
    for (int i = 0; i < n; i++) {
      int fromEnd = n - i;
      if (i > 0 && (fromEnd == 3 || (fromEnd > 3 && (fromEnd - 3) % 2 == 0))) {
        grouped.append(',');
      }
      grouped.append(digits.charAt(i));
    }
    String sign = value.signum() < 0 && !plain.matches("[0.]*") ? "-" : "";
    return sign + grouped + (dot < 0 ? "" : plain.substring(dot));
  }
}
