package org.hasim.reports;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Which hasim made a result and the command that makes it again: the version and the arguments after {@code
 * hasim}. It lives in {@code provenance.json} next to {@code results.json} and not inside it, because the same
 * results come from commands that differ only in settings that do not change them ({@code --threads}), and
 * results.json must stay byte-identical across those. Nothing here depends on time or host.
 *
 * @param version the hasim version
 * @param arguments the command-line arguments after {@code hasim}; empty when unknown
 * @param notes remarks computed with the scenario at hand that the results alone cannot give back, such
 *     as the analytic check; kept so that {@code hasim report} renders them again
 */
public record Provenance(String version, List<String> arguments, List<String> notes) {
  /** The file name next to results.json. */
  public static final String FILE = "provenance.json";

  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final Pattern SAFE = Pattern.compile("[A-Za-z0-9_./:=@%+,-]+");

  public Provenance {
    arguments = List.copyOf(arguments);
    notes = List.copyOf(notes);
  }

  public Provenance(String version, List<String> arguments) {
    this(version, arguments, List.of());
  }

  public Provenance withNotes(List<String> more) {
    List<String> all = new ArrayList<>(notes);
    all.addAll(more);
    return new Provenance(version, arguments, all);
  }

  /** Whether the command is known. */
  public boolean hasCommand() {
    return !arguments.isEmpty();
  }

  /** The command as one line a POSIX shell runs as given: {@code hasim run 'my scenario.yaml' --seed 1}. */
  public String command() {
    StringBuilder line = new StringBuilder("hasim");
    for (String a : arguments) {
      line.append(' ').append(shellQuote(a));
    }
    return line.toString();
  }

  static String shellQuote(String arg) {
    if (!arg.isEmpty() && SAFE.matcher(arg).matches()) {
      return arg;
    }
    return "'" + arg.replace("'", "'\\''") + "'";
  }

  /** {@code provenance.json}: {@code hasim_version}, {@code command} (one shell line), {@code arguments}. */
  public byte[] toJson() {
    ObjectNode root = MAPPER.createObjectNode();
    root.put("hasim_version", version);
    root.put("command", hasCommand() ? command() : null);
    ArrayNode args = root.putArray("arguments");
    arguments.forEach(args::add);
    if (!notes.isEmpty()) {
      ArrayNode n = root.putArray("notes");
      notes.forEach(n::add);
    }
    try {
      return (MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(root).replace("\r\n", "\n") + "\n")
          .getBytes(StandardCharsets.UTF_8);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e); // a tree of strings always serialises
    }
  }

  /** Reads {@code provenance.json} from {@code dir}; empty when there is none or it cannot be read. */
  public static Optional<Provenance> readFrom(Path dir) {
    Path file = dir.resolve(FILE);
    if (!Files.isRegularFile(file)) {
      return Optional.empty();
    }
    try {
      JsonNode root = MAPPER.readTree(file.toFile());
      List<String> args = new ArrayList<>();
      JsonNode array = root.path("arguments");
      array.forEach(a -> args.add(a.asText()));
      List<String> notes = new ArrayList<>();
      root.path("notes").forEach(n -> notes.add(n.asText()));
      JsonNode version = root.path("hasim_version");
      return Optional.of(new Provenance(version.isTextual() ? version.textValue() : "unknown", args, notes));
    } catch (IOException e) {
      return Optional.empty(); // the report then says the command is unknown
    }
  }
}
