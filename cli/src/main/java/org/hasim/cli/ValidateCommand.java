package org.hasim.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.hasim.config.ConfigReader;
import org.hasim.config.ConfigSet;
import org.hasim.config.Finding;
import org.hasim.config.rules.ValidationOptions;
import org.hasim.config.rules.Validator;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code hasim validate FILE...}: checks real cluster configs (ha.cf, corosync.conf, cib.xml, xl.cfg)
 * together. Exit 0 without errors, 1 with any error finding, 2 for unreadable or hostile input.
 */
@Command(name = "validate", mixinStandardHelpOptions = true,
    description = {"Check Heartbeat ha.cf, corosync.conf, Pacemaker CIB XML and Xen xl.cfg/xm files "
        + "together and report findings (rule ids in docs/validate-rules.md).",
        "Exit status: 0 no errors, 1 errors found, 2 unreadable or hostile input."})
public final class ValidateCommand implements Callable<Integer> {
  @Spec
  picocli.CommandLine.Model.CommandSpec spec;

  @Parameters(arity = "1..*", paramLabel = "FILE", description = "Config files; formats are detected.")
  List<Path> files;

  @Option(names = "--json", description = "Print findings and a summary as JSON.")
  boolean json;

  @picocli.CommandLine.Mixin
  ConfigCheckOptions check;

  @Option(names = "--debug", description = "Print stack traces for internal errors.")
  boolean debug;

  @Override
  public Integer call() throws Exception {
    ValidationOptions options = check.toValidationOptions();
    ConfigSet set = ConfigReader.read(files);
    List<Finding> findings = Validator.validate(set, options);
    Validator.Summary summary = Validator.Summary.of(set.size(), findings);
    PrintWriter out = spec.commandLine().getOut();
    if (json) {
      out.println(json(findings, summary));
    } else {
      for (Finding f : findings) {
        out.println(f.where() + ": " + f.severity().label() + " " + f.rule() + ": " + f.message()
            + " (fix: " + f.fix() + ")");
      }
      out.println(summary.errors() + " error(s), " + summary.warnings() + " warning(s), "
          + summary.infos() + " info in " + summary.files() + " file(s)");
    }
    out.flush();
    return summary.errors() > 0 ? Main.CHECK_FAILED : Main.OK;
  }

  static String json(List<Finding> findings, Validator.Summary summary) throws Exception {
    ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    ObjectNode root = mapper.createObjectNode();
    ArrayNode list = root.putArray("findings");
    for (Finding f : findings) {
      ObjectNode o = list.addObject();
      o.put("rule", f.rule());
      o.put("severity", f.severity().label());
      o.put("file", f.file());
      if (f.line() > 0) {
        o.put("line", f.line());
      } else {
        o.putNull("line");
      }
      o.put("message", f.message());
      o.put("fix", f.fix());
    }
    ObjectNode s = root.putObject("summary");
    s.put("files", summary.files());
    s.put("errors", summary.errors());
    s.put("warnings", summary.warnings());
    s.put("info", summary.infos());
    return mapper.writeValueAsString(root);
  }
}
