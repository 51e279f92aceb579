package org.hasim.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.hasim.reports.SweepCharts;
import org.hasim.reports.SweepResultsJson;
import org.hasim.reports.SweepSummary;
import org.hasim.reports.journal.IncompleteSweepException;
import org.hasim.reports.journal.SweepJournal;
import org.hasim.reports.journal.SweepMerge;
import org.hasim.sweep.SweepResult;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code hasim merge}: combines the partial files of a sharded sweep into the results.json a single machine
 * would have written, byte for byte. Refuses (exit 1, naming the shards and tasks, writing nothing) when a
 * shard is missing or did not finish; exit 2 when the files are not journals of one sweep.
 */
@Command(name = "merge", mixinStandardHelpOptions = true, sortOptions = false,
    description = {"Combine the partial files of a sharded sweep (hasim sweep --shard k/n) into results.json.",
        "Every shard 0..n-1 must be there once and complete; otherwise the missing shards and tasks are "
            + "named and nothing is written (exit 1)."})
public final class MergeCommand implements Callable<Integer> {
  @Parameters(paramLabel = "PARTIAL", arity = "1..*",
      description = "Partial files (shard-K-of-N.jsonl), or folders holding them.")
  List<Path> partials;

  @Option(names = "--out", paramLabel = "DIR", required = true, description = "Output folder.")
  Path out;

  @Spec
  CommandSpec spec;

  @Override
  public Integer call() throws IOException {
    PrintWriter stdout = spec.commandLine().getOut();
    List<SweepJournal.Contents> journals = new ArrayList<>();
    for (Path p : files()) {
      journals.add(SweepJournal.read(p));
    }
    SweepResult result;
    try {
      result = SweepMerge.assemble(journals);
    } catch (IncompleteSweepException e) {
      spec.commandLine().getErr().println("hasim merge: incomplete sweep: " + e.getMessage());
      return Main.CHECK_FAILED;
    }
    Files.createDirectories(out);
    SweepResultsJson.write(out.resolve("results.json"), result);
    SweepCharts.write(out, result);
    stdout.print(SweepSummary.render(result));
    stdout.println();
    stdout.println("Merged " + journals.size() + " shard file(s) into " + out.resolve("results.json"));
    return Main.OK;
  }

  /** The files given, with each folder replaced by the shard files in it (sorted by name). */
  private List<Path> files() throws IOException {
    List<Path> files = new ArrayList<>();
    for (Path p : partials) {
      if (Files.isDirectory(p)) {
        List<Path> inside = new ArrayList<>();
        try (DirectoryStream<Path> ds = Files.newDirectoryStream(p, "shard-*-of-*.jsonl")) {
          ds.forEach(inside::add);
        }
        inside.sort(null);
        files.addAll(inside);
      } else {
        files.add(p);
      }
    }
    return files;
  }
}
