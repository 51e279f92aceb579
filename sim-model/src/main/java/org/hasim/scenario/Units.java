package org.hasim.scenario;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Quantities with units (DESIGN §4.1), converted to SI: seconds, bytes, bits per second, bytes per second,
 * events per second. A number without a unit, a negative value, a unit of the wrong kind or an ambiguous
 * unit ({@code m}) is refused with a {@link QuantityException} that says what to write instead.
 */
public final class Units {
  private static final Pattern QUANTITY =
      Pattern.compile("([+-]?(?:\\d+(?:\\.\\d*)?|\\.\\d+)(?:[eE][+-]?\\d+)?)\\s*(.*)");
  private static final Pattern NOT_FINITE =
      Pattern.compile("[+-]?\\.?(nan|inf|infinity)", Pattern.CASE_INSENSITIVE);

  private static final double MIN = 60;
  private static final double HOUR = 3600;
  private static final double DAY = 86400;
  private static final double WEEK = 7 * DAY;
  private static final double YEAR = 365 * DAY;

  /** A kind of quantity: its name, an example, and its units with their factor to SI. */
  private enum Kind {
    DURATION("duration", "30s", table(
        "ns", 1e-9, "us", 1e-6, "µs", 1e-6, "μs", 1e-6, "ms", 1e-3, "s", 1, "min", MIN, "h", HOUR,
        "d", DAY, "w", WEEK, "y", YEAR)),
    SIZE("size", "512MiB", table(
        "B", 1, "kB", 1e3, "MB", 1e6, "GB", 1e9, "TB", 1e12,
        "KiB", 1024.0, "MiB", 1048576.0, "GiB", 1073741824.0, "TiB", 1099511627776.0)),
    BANDWIDTH("bandwidth", "1Gbit/s", dataRates(1)),
    BYTE_RATE("byte rate", "25MiB/s", dataRates(1.0 / 8)),
    RATE("rate", "100/s", table(
        "/ms", 1e3, "/s", 1, "/min", 1 / MIN, "/h", 1 / HOUR, "/d", 1 / DAY, "/w", 1 / WEEK,
        "/y", 1 / YEAR));

    final String noun;
    final String example;
    final Map<String, Double> units;

    Kind(String noun, String example, Map<String, Double> units) {
      this.noun = noun;
      this.example = example;
      this.units = units;
    }

    String allowed() {
      return String.join(", ", units.keySet()).replace("µs, μs", "µs");
    }
  }

  private Units() {}

  /** A duration such as {@code 250ms}, {@code 30 s}, {@code 1.5h}, {@code 1y} (365 d), in seconds. */
  public static double duration(String text) {
    return parse(text, Kind.DURATION);
  }

  /** A size such as {@code 512MiB} (2^20) or {@code 4GB} (10^9), in whole bytes. */
  public static long size(String text) {
    double bytes = parse(text, Kind.SIZE);
    if (bytes >= 0x1p63) {
      throw new QuantityException("'" + text.trim() + "' is too large", "sizes go up to 8 EiB");
    }
    return Math.round(bytes);
  }

  /** A bandwidth such as {@code 1Gbit/s}, {@code 100Mbps} or {@code 25MiB/s}, in bits per second. */
  public static double bandwidth(String text) {
    return parse(text, Kind.BANDWIDTH);
  }

  /** A data rate such as {@code 25MiB/s} (or {@code 100Mbit/s}), in bytes per second. */
  public static double byteRate(String text) {
    return parse(text, Kind.BYTE_RATE);
  }

  /** An event rate such as {@code 100/s}, {@code 5/min}, {@code 2/y}, per second. */
  public static double rate(String text) {
    return parse(text, Kind.RATE);
  }

  /** Seconds per one duration unit named alone, e.g. {@code min} → 60 (for columns of plain numbers). */
  public static double durationUnit(String unit) {
    String u = unit.trim();
    Double f = Kind.DURATION.units.get(u);
    if (f != null) {
      return f;
    }
    if (u.equals("m")) {
      throw new QuantityException("unit 'm' is ambiguous", "write 'min' for minutes or 'ms' for milliseconds");
    }
    throw new QuantityException("'" + u + "' is not a duration unit",
        suggestUnit(u, Kind.DURATION) + "allowed: " + Kind.DURATION.allowed());
  }

  /** A size for people: {@code 7.5 GiB}, {@code 512 MiB}, {@code 300 B}. */
  public static String formatSize(long bytes) {
    String[] names = {"B", "KiB", "MiB", "GiB", "TiB", "PiB", "EiB"};
    double v = bytes;
    int i = 0;
    while (Math.abs(v) >= 1024 && i < names.length - 1) {
      v /= 1024;
      i++;
    }
    return decimal(v, 3) + " " + names[i];
  }

  /** A duration for people, in the largest unit that keeps it readable: {@code 30s}, {@code 2h}. */
  public static String formatDuration(double seconds) {
    String[] names = {"y", "d", "h", "min", "s", "ms", "us"};
    double[] factors = {YEAR, DAY, HOUR, MIN, 1, 1e-3, 1e-6};
    for (int i = 0; i < names.length; i++) {
      if (seconds >= factors[i] || i == names.length - 1) {
        return decimal(seconds / factors[i], 4) + names[i];
      }
    }
    throw new AssertionError();
  }

  private static String decimal(double v, int digits) {
    return new BigDecimal(v).round(new MathContext(digits)).stripTrailingZeros().toPlainString();
  }

  private static double parse(String raw, Kind kind) {
    String text = raw == null ? "" : raw.trim();
    String example = kind.example;
    if (text.isEmpty()) {
      throw new QuantityException("empty value, expected a " + kind.noun, "write e.g. " + example);
    }
    if (NOT_FINITE.matcher(text).matches()) {
      throw new QuantityException("'" + text + "' is not a number", "write e.g. " + example);
    }
    Matcher m = QUANTITY.matcher(text);
    if (!m.matches()) {
      throw new QuantityException("'" + text + "' is not a " + kind.noun, "write e.g. " + example);
    }
    String number = m.group(1);
    String unit = m.group(2).trim();
    if (unit.isEmpty()) {
      throw new QuantityException("'" + text + "' has no unit",
          "write e.g. " + number + unitOf(example) + "; allowed units: " + kind.allowed());
    }
    double value = Double.parseDouble(number);
    if (value < 0) {
      throw new QuantityException("'" + text + "' is negative", "a " + kind.noun + " must be >= 0");
    }
    Double factor = kind.units.get(unit);
    if (factor == null) {
      throw unknownUnit(text, unit, kind);
    }
    // Dividing by the exact reciprocal keeps e.g. 100us == 100e-6 to the last bit.
    double si = factor >= 1 ? value * factor : value / Math.rint(1 / factor);
    if (Double.isInfinite(si)) {
      throw new QuantityException("'" + text + "' is too large", null);
    }
    return si;
  }

  private static QuantityException unknownUnit(String text, String unit, Kind kind) {
    if (kind == Kind.DURATION && unit.equals("m")) {
      return new QuantityException("'" + text + "' is ambiguous: 'm' could be minutes or milliseconds",
          "write 'min' for minutes or 'ms' for milliseconds");
    }
    for (Kind other : Kind.values()) {
      if (other != kind && other.units.containsKey(unit)) {
        return new QuantityException("'" + text + "' is a " + other.noun + ", but a " + kind.noun
            + " is needed", "write e.g. " + kind.example + "; allowed units: " + kind.allowed());
      }
    }
    return new QuantityException("'" + text + "' has an unknown unit '" + unit + "'",
        suggestUnit(unit, kind) + "allowed units for a " + kind.noun + ": " + kind.allowed());
  }

  private static String suggestUnit(String unit, Kind kind) {
    for (String u : kind.units.keySet()) {
      if (u.equalsIgnoreCase(unit)) {
        return "did you mean '" + u + "' (units are case-sensitive)? ";
      }
    }
    Optional<String> s = DidYouMean.suggest(unit, kind.units.keySet());
    return s.map(x -> "did you mean '" + x + "'? ").orElse("");
  }

  private static String unitOf(String example) {
    int i = 0;
    while (i < example.length() && (Character.isDigit(example.charAt(i)) || example.charAt(i) == '.')) {
      i++;
    }
    return example.substring(i);
  }

  /** Bit and byte rates, as bits per second times {@code scale}. */
  private static Map<String, Double> dataRates(double scale) {
    return table(
        "bit/s", scale, "kbit/s", 1e3 * scale, "Mbit/s", 1e6 * scale, "Gbit/s", 1e9 * scale,
        "Tbit/s", 1e12 * scale, "bps", scale, "kbps", 1e3 * scale, "Mbps", 1e6 * scale, "Gbps", 1e9 * scale,
        "B/s", 8 * scale, "kB/s", 8e3 * scale, "MB/s", 8e6 * scale, "GB/s", 8e9 * scale,
        "KiB/s", 8 * 1024.0 * scale, "MiB/s", 8 * 1048576.0 * scale, "GiB/s", 8 * 1073741824.0 * scale);
  }

  private static Map<String, Double> table(Object... pairs) {
    Map<String, Double> m = new LinkedHashMap<>();
    for (int i = 0; i < pairs.length; i += 2) {
      m.put((String) pairs[i], ((Number) pairs[i + 1]).doubleValue());
    }
    return java.util.Collections.unmodifiableMap(m);
  }

  /** Bad quantity text: {@link #getMessage()} says what is wrong, {@link #hint()} what to write. */
  public static final class QuantityException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;
    private final String hint;

    public QuantityException(String problem, String hint) {
      super(problem);
      this.hint = hint;
    }

    /** What is allowed, or null. */
    public String hint() {
      return hint;
    }
  }
}
