package org.hasim.scenario.bind;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.hasim.failure.Distribution;
import org.hasim.scenario.InputException;
import org.hasim.scenario.Units;
import org.hasim.scenario.tree.Node;

/**
 * {@code {empirical: {file: repairs.csv, unit: min}}}: one non-negative number per line in the given
 * duration unit; blank lines and {@code #} comments are skipped, and so is a first line that is not a
 * number (a header). Relative names are resolved against the directory of the file that names them.
 */
final class EmpiricalCsv {
  private static final Pattern NUMBER = Pattern.compile("[+-]?(\\d+(\\.\\d*)?|\\.\\d+)([eE][+-]?\\d+)?");
  private static final long MAX_BYTES = 16L * 1024 * 1024;

  private EmpiricalCsv() {}

  static Distribution bind(Node n, String path) {
    Fields f = Fields.of(n, path, List.of("file", "unit"));
    String name = f.req("file", Values::text);
    Node unitNode = f.req("unit");
    double unit;
    try {
      unit = Units.durationUnit(Values.text(unitNode, f.at("unit")));
    } catch (Units.QuantityException e) {
      throw unitNode.location().error(f.at("unit"), e.getMessage(), e.hint());
    }
    Node fileNode = f.req("file");
    Path file = fileNode.location().source().baseDir().resolve(name);
    return new Distribution.Empirical(read(file, fileNode, f.at("file"), unit), name);
  }

  private static double[] read(Path file, Node fileNode, String field, double unit) {
    List<String> lines;
    try {
      if (Files.size(file) > MAX_BYTES) {
        throw fileNode.location().error(field, "'" + file + "' is larger than 16 MiB", null);
      }
      lines = Files.readAllLines(file, StandardCharsets.UTF_8);
    } catch (NoSuchFileException e) {
      throw fileNode.location().error(field, "empirical data file not found: " + file,
          "relative names are resolved against the scenario file's directory");
    } catch (IOException e) {
      throw fileNode.location().error(field, "cannot read " + file + ": " + e.getMessage(), null);
    }
    List<Double> values = new ArrayList<>();
    boolean seenFirst = false;
    for (int i = 0; i < lines.size(); i++) {
      String line = stripComment(lines.get(i)).trim();
      if (line.isEmpty()) {
        continue;
      }
      boolean header = !seenFirst && !NUMBER.matcher(line).matches();
      seenFirst = true;
      if (header) {
        continue;
      }
      values.add(value(line, file, i + 1, field) * unit);
    }
    if (values.isEmpty()) {
      throw fileNode.location().error(field, "empirical data file " + file + " holds no values",
          "write one duration per line");
    }
    return values.stream().mapToDouble(Double::doubleValue).toArray();
  }

  private static double value(String text, Path file, int line, String field) {
    if (!NUMBER.matcher(text).matches()) {
      throw new InputException(file.toString(), line, 1, field, "'" + text + "' is not a number",
          "each line holds one duration as a plain number in the declared unit");
    }
    double v = Double.parseDouble(text);
    if (v < 0) {
      throw new InputException(file.toString(), line, 1, field, "'" + text + "' is negative",
          "durations must be >= 0");
    }
    return v;
  }

  private static String stripComment(String line) {
    int hash = line.indexOf('#');
    return hash < 0 ? line : line.substring(0, hash);
  }
}
