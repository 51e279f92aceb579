package org.hasim.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.hasim.experiment.ReplicationRunner;
import org.hasim.reports.AtomicFiles;
import org.hasim.scenario.InputException;
import picocli.CommandLine.Option;

/** Where results go and how many threads compute them. */
final class OutputOptions {
  @Option(names = "--out", paramLabel = "DIR",
      description = "Output folder (default: reports/out/<scenario-name>/).")
  Path out;

  @Option(names = "--threads", paramLabel = "N",
      description = "Worker threads (default: all cores). Results are identical for any N.")
  Integer threads;

  @Option(names = "--debug", description = "Show stack traces of internal errors.")
  boolean debug;

  ReplicationRunner runner() {
    if (threads != null && threads < 1) {
      throw new InputException("command line", 0, 0, "--threads", "must be at least 1, got " + threads, null);
    }
    return threads == null ? ReplicationRunner.perProcessor() : new ReplicationRunner(threads);
  }

  Path directory(String scenarioName) {
    return out != null ? out : Path.of("reports", "out", scenarioName);
  }

  /** Writes both files atomically (temporary file, then rename). */
  void write(Path dir, byte[] json, byte[] csv) throws IOException {
    write(dir, json, csv, null);
  }

  /**
   * Writes results.json, results.csv and, when {@code probesCsv} is not null, probes.csv (the probes' time
   * series), each atomically (temporary file, then rename).
   */
  void write(Path dir, byte[] json, byte[] csv, byte[] probesCsv) throws IOException {
    Files.createDirectories(dir);
    if (probesCsv != null) {
      AtomicFiles.write(dir.resolve("probes.csv"), probesCsv);
    }
    AtomicFiles.write(dir.resolve("results.json"), json);
    AtomicFiles.write(dir.resolve("results.csv"), csv);
  }
}
