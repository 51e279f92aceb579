package org.hasim.config.importer;

import java.util.Locale;

/** Writes YAML line by line with comments, which a YAML library cannot place. */
final class YamlText {
  private final StringBuilder sb = new StringBuilder();

  /** {@code indent}-level line {@code text}, with {@code # comment} appended when given. */
  YamlText line(int indent, String text, String comment) {
    sb.append("  ".repeat(indent)).append(text);
    if (comment != null && !comment.isEmpty()) {
      sb.append(text.isEmpty() ? "# " : "  # ").append(comment);
    }
    sb.append('\n');
    return this;
  }

  YamlText line(int indent, String text) {
    return line(indent, text, null);
  }

  YamlText comment(int indent, String text) {
    sb.append("  ".repeat(indent)).append("# ").append(text).append('\n');
    return this;
  }

  YamlText blank() {
    sb.append('\n');
    return this;
  }

  @Override
  public String toString() {
    return sb.toString();
  }

  /** A duration with a unit the scenario loader accepts: {@code 30s}, {@code 500ms}, {@code 1.5s}. */
  static String duration(double seconds) {
    if (seconds == Math.rint(seconds)) {
      return (long) seconds + "s";
    }
    double ms = seconds * 1000;
    if (Math.abs(ms - Math.rint(ms)) < 1e-9) {
      return (long) Math.rint(ms) + "ms";
    }
    return String.format(Locale.ROOT, "%.6fs", seconds).replaceAll("0+s$", "s");
  }

  /** A size in MiB when whole, else bytes. */
  static String size(long bytes) {
    long mib = 1024L * 1024;
    if (bytes % (1024 * mib) == 0) {
      return bytes / (1024 * mib) + "GiB";
    }
    return bytes % mib == 0 ? bytes / mib + "MiB" : bytes + "B";
  }

  /** A bandwidth in Gbit/s or Mbit/s when whole, else bit/s. */
  static String bandwidth(double bits) {
    if (bits % 1e9 == 0) {
      return (long) (bits / 1e9) + "Gbit/s";
    }
    if (bits % 1e6 == 0) {
      return (long) (bits / 1e6) + "Mbit/s";
    }
    return (long) bits + "bit/s";
  }

  /** A double-quoted YAML string. */
  static String quote(String s) {
    return "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
  }
}
