package org.hasim.config;

import java.util.Locale;
import java.util.OptionalDouble;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The number syntaxes of the real config formats, each as its own tool accepts it, converted to SI (seconds,
 * bytes, bits per second). Parsers return empty on a malformed value so the caller can raise an {@code
 * InputException} that names the file, line and field.
 */
public final class ConfigQuantities {
  private ConfigQuantities() {}

  /** Heartbeat's cl_get_msec: a decimal number of seconds, or with {@code ms}/{@code us} suffix. */
  private static final Pattern HEARTBEAT_TIME =
      Pattern.compile("\\s*([0-9]*\\.?[0-9]+)\\s*(ms|msec|us|usec)?\\s*", Pattern.CASE_INSENSITIVE);

  /** Pacemaker's crm_get_msec: an integer with an optional unit; no unit means seconds. */
  private static final Pattern PACEMAKER_TIME =
      Pattern.compile(
          "\\s*([0-9]+)\\s*(ms|msec|us|usec|s|sec|m|min|h|hr)?\\s*", Pattern.CASE_INSENSITIVE);

  private static final Pattern QUANTITY =
      Pattern.compile("\\s*([0-9]*\\.?[0-9]+(?:[eE][+-]?[0-9]+)?)\\s*([A-Za-z/]*)\\s*");

  /**
   * An {@code ha.cf} time ({@code keepalive 2}, {@code deadtime 1500ms}): seconds by default, {@code ms} or
   * {@code us} suffixes (case-insensitive). Heartbeat rounds to whole milliseconds, so do we.
   */
  public static OptionalDouble heartbeatSeconds(String text) {
    Matcher m = HEARTBEAT_TIME.matcher(text);
    if (!m.matches()) {
      return OptionalDouble.empty();
    }
    double v = Double.parseDouble(m.group(1));
    String unit = m.group(2) == null ? "" : m.group(2).toLowerCase(Locale.ROOT);
    double ms =
        switch (unit) {
          case "ms", "msec" -> v;
          case "us", "usec" -> v / 1000.0;
          default -> v * 1000.0;
        };
    return OptionalDouble.of(Math.floor(ms + 0.5) / 1000.0);
  }

  /**
   * A Pacemaker interval or timeout ({@code "60s"}, {@code "2min"}, {@code "120"}, {@code "500ms"},
   * {@code "1h"}): an integer with an optional unit, seconds when there is none.
   */
  public static OptionalDouble pacemakerSeconds(String text) {
    Matcher m = PACEMAKER_TIME.matcher(text);
    if (!m.matches()) {
      return OptionalDouble.empty();
    }
    double v = Double.parseDouble(m.group(1));
    String unit = m.group(2) == null ? "s" : m.group(2).toLowerCase(Locale.ROOT);
    return OptionalDouble.of(
        switch (unit) {
          case "ms", "msec" -> v / 1e3;
          case "us", "usec" -> v / 1e6;
          case "m", "min" -> v * 60;
          case "h", "hr" -> v * 3600;
          default -> v;
        });
  }

  /** A byte size with a unit as hasim scenarios write it: {@code 512MiB}, {@code 8GiB}, {@code 2GB}. */
  public static OptionalDouble bytes(String text) {
    Matcher m = QUANTITY.matcher(text);
    if (!m.matches()) {
      return OptionalDouble.empty();
    }
    double v = Double.parseDouble(m.group(1));
    Double factor =
        switch (m.group(2)) {
          case "B" -> 1.0;
          case "KiB" -> 1024.0;
          case "MiB" -> 1024.0 * 1024;
          case "GiB" -> 1024.0 * 1024 * 1024;
          case "TiB" -> 1024.0 * 1024 * 1024 * 1024;
          case "kB", "KB" -> 1e3;
          case "MB" -> 1e6;
          case "GB" -> 1e9;
          case "TB" -> 1e12;
          default -> null;
        };
    return factor == null ? OptionalDouble.empty() : OptionalDouble.of(v * factor);
  }

  /** Human form of a duration in seconds for messages: {@code 45 s}, {@code 1.5 s}, {@code 250 ms}. */
  public static String seconds(double s) {
    if (s < 1 && s > 0) {
      return trim(s * 1000) + " ms";
    }
    return trim(s) + " s";
  }

  /** Human form of a byte count in MiB or GiB. */
  public static String mebibytes(double bytes) {
    double mib = bytes / (1024.0 * 1024);
    return mib >= 1024 ? trim(mib / 1024) + " GiB" : trim(mib) + " MiB";
  }

  private static String trim(double v) {
    double r = Math.round(v * 10) / 10.0;
    return r == Math.rint(r) ? Long.toString((long) r) : Double.toString(r);
  }
}
