package org.chartdesk.cli;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A JVM started in a locale with no character set beyond ASCII: cron's (no LANG at all), a
 * container's, {@code LC_ALL=C}, or a locale named but not installed. Java then reads every file
 * name, argument and the current folder as ASCII, each other byte a U+FFFD, and can open no path
 * with another character: a project in {@code /srv/проекты} stopped with a stack trace, a spec named
 * in Cyrillic with "internal error: InvalidPathException", and every message wrote "?" for each
 * character of a quoted value. The JVM's names cannot be changed once it runs, so the tuned child
 * ({@link TunedJvm}) is started in the same locale with UTF-8 ({@code LC_ALL=C.UTF-8}, C's rules
 * with UTF-8 names), as Python does in the C locale; the arguments, which this JVM could not read,
 * are handed to it as they were given, in hexadecimal. A JVM that must run in such a locale (the
 * switch off, or no C.UTF-8 on the machine) writes its messages in UTF-8 and says what to set when
 * a name it was given cannot be read.
 *
 * <p>Used by {@link Launcher} on its way to the child: plain loops, no lambda, stream or regular
 * expression.
 */
final class AsciiLocale {
  /** Set on the child: the arguments as given, each byte two hexadecimal digits, separated by commas. */
  static final String ARGUMENTS = "chartdesk.arguments";
  /** The locale the child is started in: C with UTF-8, in glibc since 2.35 and in Debian's for longer. */
  static final String UTF8 = "C.UTF-8";

  private AsciiLocale() {}

  /** Whether this JVM reads file names as ASCII. */
  static boolean ascii() {
    return ascii(System.getProperty("sun.jnu.encoding", "UTF-8"));
  }

  static boolean ascii(String encoding) {
    try {
      return Charset.forName(encoding).equals(StandardCharsets.US_ASCII);
    } catch (IllegalArgumentException e) {
      return false;
    }
  }

  /**
   * The last {@code count} arguments of this process as the operating system holds them, or null
   * when it does not tell ({@code /proc/self/cmdline}, on Linux, where such locales are met).
   */
  static List<byte[]> rawArguments(int count) {
    byte[] line;
    try {
      line = Files.readAllBytes(Path.of("/proc/self/cmdline"));
    } catch (IOException | RuntimeException e) {
      return null;
    }
    List<byte[]> all = new ArrayList<>();
    int start = 0;
    for (int i = 0; i < line.length; i++) {
      if (line[i] == 0) {
        byte[] word = new byte[i - start];
        System.arraycopy(line, start, word, 0, word.length);
        all.add(word);
        start = i + 1;
      }
    }
    return all.size() < count ? null : all.subList(all.size() - count, all.size());
  }

  /** Whether any of the arguments has a byte beyond ASCII. */
  static boolean beyondAscii(List<byte[]> arguments) {
    for (byte[] a : arguments) {
      for (byte b : a) {
        if (b < 0) {
          return true;
        }
      }
    }
    return false;
  }

  /** The arguments for {@link #ARGUMENTS}. */
  static String encode(List<byte[]> arguments) {
    StringBuilder s = new StringBuilder();
    for (int i = 0; i < arguments.size(); i++) {
      if (i > 0) {
        s.append(',');
      }
      for (byte b : arguments.get(i)) {
        s.append(Character.forDigit((b >> 4) & 0xf, 16)).append(Character.forDigit(b & 0xf, 16));
      }
    }
    return s.toString();
  }

  /** The arguments {@link #encode} gave, read as UTF-8. */
  static String[] decode(String encoded) {
    List<String> arguments = new ArrayList<>();
    int start = 0;
    for (int i = 0; i <= encoded.length(); i++) {
      if (i == encoded.length() || encoded.charAt(i) == ',') {
        byte[] bytes = new byte[(i - start) / 2];
        for (int j = 0; j < bytes.length; j++) {
          bytes[j] = (byte) Integer.parseInt(encoded, start + 2 * j, start + 2 * j + 2, 16);
        }
        arguments.add(new String(bytes, StandardCharsets.UTF_8));
        start = i + 1;
      }
    }
    return arguments.toArray(new String[0]);
  }

  /**
   * The child's command: its arguments, which this JVM read as U+FFFD where they were not ASCII,
   * replaced by {@link #ARGUMENTS} when they are not ASCII.
   *
   * @param child the command {@link TunedJvm#childCommand} made, ending in {@code -jar JAR} and the arguments
   * @param count how many arguments the command was given
   */
  static List<String> childCommand(List<String> child, int count) {
    List<byte[]> raw = rawArguments(count);
    if (raw == null || !beyondAscii(raw) || child.size() < count + 2) {
      return child;
    }
    List<String> command = new ArrayList<>(child.subList(0, child.size() - count - 2));
    command.add("-D" + ARGUMENTS + "=" + encode(raw));
    command.addAll(child.subList(child.size() - count - 2, child.size() - count));
    return command;
  }

  /** The arguments of this JVM: those given, or those the JVM that started it handed on. */
  static String[] arguments(String[] given) {
    String encoded = System.getProperty(ARGUMENTS);
    return encoded == null ? given : decode(encoded);
  }

  /**
   * The character set of standard output and error, which are set to it: UTF-8 where this JVM
   * would write ASCII, a "?" for every other character (a value quoted from a spec or a CSV then
   * reads as written, in a log as on a terminal); else the JVM's.
   */
  static Charset output() {
    Charset given = Charset.defaultCharset();
    if (!ascii(given.name())) {
      return given;
    }
    System.setOut(new PrintStream(new FileOutputStream(FileDescriptor.out), true, StandardCharsets.UTF_8));
    System.setErr(new PrintStream(new FileOutputStream(FileDescriptor.err), true, StandardCharsets.UTF_8));
    return StandardCharsets.UTF_8;
  }

  /**
   * What cannot be named in a JVM that reads names as ASCII: the first argument, or the current
   * folder, with a character beyond ASCII (what Java read as U+FFFD included); null when there is
   * none, or the JVM reads names otherwise.
   */
  static String unreadable(String[] args) {
    if (!ascii()) {
      return null;
    }
    String here = System.getProperty("user.dir", "");
    if (!isAscii(here)) {
      return "the current folder " + here;
    }
    for (String a : args) {
      if (!isAscii(a)) {
        return "the argument " + org.chartdesk.diagnostics.Message.quote(a);
      }
    }
    return null;
  }

  /** The error for a name this JVM cannot read, {@code what} as {@link #unreadable} says it. */
  static String error(String what) {
    return "chartdesk: error: " + what + " has characters other than ASCII, and this process reads file names "
        + "as ASCII: its locale (LANG, LC_ALL) is unset, C or POSIX, or not installed here\n"
        + "    set LANG=C.UTF-8 for the job (in a crontab, a line LANG=C.UTF-8 above it), or another UTF-8 "
        + "locale that locale -a lists";
  }

  private static boolean isAscii(String s) {
    for (int i = 0; i < s.length(); i++) {
      if (s.charAt(i) > 0x7f) {
        return false;
      }
    }
    return true;
  }
}
