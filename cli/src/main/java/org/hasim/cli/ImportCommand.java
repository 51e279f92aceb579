package org.hasim.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.hasim.config.ConfigReader;
import org.hasim.config.ConfigSet;
import org.hasim.config.Finding;
import org.hasim.config.Severity;
import org.hasim.config.importer.ImportOptions;
import org.hasim.config.importer.ScenarioImporter;
import org.hasim.config.rules.ValidationOptions;
import org.hasim.config.rules.Validator;
import org.hasim.scenario.InputException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code hasim import FILE... -o scenario.yaml}: builds a runnable scenario from real configs. Refuses
 * (exit 1) when {@code hasim validate} would report errors, since the scenario would model a cluster
 * that cannot work as configured.
 */
@Command(name = "import", mixinStandardHelpOptions = true,
    description = {"Build a scenario YAML from ha.cf, corosync.conf, cib.xml and xl.cfg files. Values the "
        + "configs do not give are filled from documented defaults and marked ASSUMPTION in comments.",
        "Exit status: 0 written, 1 the configs have validation errors, 2 unreadable input."})
public final class ImportCommand implements Callable<Integer> {
  @Spec
  picocli.CommandLine.Model.CommandSpec spec;

  @Parameters(arity = "1..*", paramLabel = "FILE", description = "Config files; formats are detected.")
  List<Path> files;

  @Option(names = {"-o", "--output"}, paramLabel = "FILE",
      description = "Scenario file to write (written atomically); '-' or absent: standard output.")
  String output;

  @Option(names = "--name", description = "Scenario name (default: imported-<cluster name>).")
  String name;

  @picocli.CommandLine.Mixin
  ConfigCheckOptions check;

  @Option(names = "--debug", description = "Print stack traces for internal errors.")
  boolean debug;

  @Override
  public Integer call() throws IOException {
    ValidationOptions options = check.toValidationOptions();
    if (name != null && !name.matches("[a-z0-9._-]+")) {
      throw new InputException("command line", 0, 0, "--name", "'" + name + "' is not a scenario name",
          "use lower-case letters, digits, '.', '_' and '-'");
    }
    ConfigSet set = ConfigReader.read(files);
    List<Finding> errors = Validator.validate(set,
            options).stream()
        .filter(f -> f.severity() == Severity.ERROR).toList();
    PrintWriter err = spec.commandLine().getErr();
    if (!errors.isEmpty()) {
      for (Finding f : errors) {
        err.println(f.where() + ": error " + f.rule() + ": " + f.message() + " (fix: " + f.fix() + ")");
      }
      err.println("hasim import: the configs have " + errors.size() + " error(s); fix them first "
          + "(see 'hasim validate')");
      err.flush();
      return Main.CHECK_FAILED;
    }
    String yaml = ScenarioImporter.toYaml(set, files.stream().map(Path::toString).toList(),
        new ImportOptions(Optional.ofNullable(name), options.migrationBandwidth(), options.nodeMemory()));
    if (output == null || output.equals("-")) {
      PrintWriter out = spec.commandLine().getOut();
      out.print(yaml);
      out.flush();
    } else {
      writeAtomically(Path.of(output), yaml);
    }
    return Main.OK;
  }

  private static void writeAtomically(Path target, String text) throws IOException {
    Path dir = target.toAbsolutePath().getParent();
    Path tmp = Files.createTempFile(dir, target.getFileName().toString(), ".tmp");
    try {
      Files.writeString(tmp, text, StandardCharsets.UTF_8);
      Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    } finally {
      Files.deleteIfExists(tmp);
    }
  }
}
