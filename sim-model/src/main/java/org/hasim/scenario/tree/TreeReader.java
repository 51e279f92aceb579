package org.hasim.scenario.tree;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.exc.StreamReadException;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.hasim.scenario.InputException;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;

/**
 * Reads YAML or JSON text into located {@link Node}s with Jackson's streaming parsers (a Jackson tree would
 * lose line numbers). Refuses duplicate keys, YAML aliases (so no alias-expansion bombs), several
 * documents in one file, and files over {@value #MAX_CHARS} characters.
 */
public final class TreeReader {
  /** Large enough for any hand-written scenario, small enough to refuse a runaway file. */
  public static final int MAX_CHARS = 3 * 1024 * 1024;

  private static final int MAX_DEPTH = 64;

  private final JsonParser parser;
  private final Source source;

  private TreeReader(JsonParser parser, Source source) {
    this.parser = parser;
    this.source = source;
  }

  /** Reads a scenario file: JSON when its name ends in {@code .json}, YAML otherwise. */
  public static Node readFile(Path file) {
    String label = file.toString();
    String text;
    try {
      if (Files.size(file) > MAX_CHARS) {
        throw new InputException(label, "the file is larger than 3 MiB; a scenario is a few KiB");
      }
      text = Files.readString(file, StandardCharsets.UTF_8);
    } catch (NoSuchFileException e) {
      throw new InputException(label, 0, 0, null, "no such file", "check the path");
    } catch (CharacterCodingException e) {
      throw new InputException(label, "the file is not UTF-8 text");
    } catch (IOException e) {
      throw new InputException(label, "cannot read the file: " + e.getMessage());
    }
    boolean json = file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".json");
    return parse(text, Source.file(file), json);
  }

  /** Parses one document; an empty document is a null scalar. */
  public static Node parse(String text, Source source, boolean json) {
    Location start = new Location(source, 1, 1);
    if (text.length() > MAX_CHARS) {
      throw start.error(null, "the text is larger than 3 MiB", null);
    }
    try (JsonParser p = factory(json).createParser(text)) {
      TreeReader reader = new TreeReader(p, source);
      JsonToken first = p.nextToken();
      if (first == null) {
        return new ScalarNode("", ScalarNode.Kind.NULL, start);
      }
      Node root = reader.value(first, "");
      if (p.nextToken() != null) {
        throw reader.here().error(null, "a second document was found; a scenario is one document",
            "remove the extra '---' line");
      }
      return root;
    } catch (StreamReadException e) {
      throw syntaxError(e, source, json);
    } catch (IOException e) {
      throw start.error(null, "cannot parse: " + e.getMessage(), null);
    }
  }

  private static JsonFactory factory(boolean json) {
    StreamReadConstraints limits = StreamReadConstraints.builder()
        .maxNestingDepth(MAX_DEPTH).maxStringLength(MAX_CHARS).maxNumberLength(100).build();
    if (json) {
      return JsonFactory.builder().streamReadConstraints(limits).build();
    }
    LoaderOptions options = new LoaderOptions();
    options.setCodePointLimit(MAX_CHARS);
    options.setMaxAliasesForCollections(0);
    options.setNestingDepthLimit(MAX_DEPTH);
    options.setAllowRecursiveKeys(false);
    return YAMLFactory.builder().loaderOptions(options).streamReadConstraints(limits).build();
  }

  private Node value(JsonToken token, String path) throws IOException {
    Location at = here();
    if (parser instanceof YAMLParser y && y.isCurrentAlias()) {
      throw at.error(path, "YAML aliases (*" + y.getText() + ") are not supported",
          "write the value out in full");
    }
    return switch (token) {
      case START_OBJECT -> map(at, path);
      case START_ARRAY -> list(at, path);
      case VALUE_STRING -> new ScalarNode(parser.getText(), ScalarNode.Kind.STRING, at);
      case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT ->
          new ScalarNode(parser.getText(), ScalarNode.Kind.NUMBER, at);
      case VALUE_TRUE, VALUE_FALSE -> new ScalarNode(parser.getText(), ScalarNode.Kind.BOOLEAN, at);
      case VALUE_NULL -> new ScalarNode("", ScalarNode.Kind.NULL, at);
      default -> throw at.error(path, "unsupported value (" + token + ")", "write text, a number, "
          + "true/false, a list or a map");
    };
  }

  private MapNode map(Location at, String path) throws IOException {
    List<MapNode.Entry> entries = new ArrayList<>();
    JsonToken t;
    while ((t = parser.nextToken()) == JsonToken.FIELD_NAME) {
      String key = parser.currentName();
      Location keyAt = here();
      String keyPath = path.isEmpty() ? key : path + "." + key;
      for (MapNode.Entry e : entries) {
        if (e.key().equals(key)) {
          throw keyAt.error(keyPath, "duplicate key '" + key + "' (first at line "
              + e.keyLocation().line() + ")", "keep only one of them");
        }
      }
      Node v = value(parser.nextToken(), keyPath);
      entries.add(new MapNode.Entry(key, keyAt, v));
    }
    if (t != JsonToken.END_OBJECT) {
      throw here().error(path, "unexpected " + t + " in a map", null);
    }
    return new MapNode(entries, at);
  }

  private ListNode list(Location at, String path) throws IOException {
    List<Node> items = new ArrayList<>();
    JsonToken t;
    while ((t = parser.nextToken()) != JsonToken.END_ARRAY) {
      if (t == null) {
        throw here().error(path, "the list is not closed", null);
      }
      items.add(value(t, path + "[" + items.size() + "]"));
    }
    return new ListNode(items, at);
  }

  private Location here() {
    JsonLocation l = parser.currentTokenLocation();
    return new Location(source, Math.max(l.getLineNr(), 1), Math.max(l.getColumnNr(), 1));
  }

  private static InputException syntaxError(StreamReadException e, Source source, boolean json) {
    String what = json ? "broken JSON: " : "broken YAML: ";
    if (e.getCause() instanceof MarkedYAMLException m && m.getProblemMark() != null) {
      Mark mark = m.getProblemMark();
      String problem = m.getProblem() == null ? "syntax error" : m.getProblem();
      String context = m.getContext() == null ? "" : " (" + m.getContext() + ")";
      return new Location(source, mark.getLine() + 1, mark.getColumn() + 1)
          .error(null, what + problem + context, yamlHint(problem));
    }
    String message = e.getOriginalMessage();
    if (e.getCause() != null && e.getCause().getMessage() != null && !json) {
      message = e.getCause().getMessage().lines().findFirst().orElse(message);
    }
    JsonLocation l = e.getLocation();
    int line = l == null ? 0 : Math.max(l.getLineNr(), 0);
    int column = l == null ? 0 : Math.max(l.getColumnNr(), 0);
    return new Location(source, line, column).error(null, what + message, null);
  }

  private static String yamlHint(String problem) {
    if (problem.contains("mapping values are not allowed")) {
      return "a value containing ': ' must be quoted, or the indentation is off";
    }
    if (problem.contains("could not find expected ':'")) {
      return "each line of a map needs 'key: value'";
    }
    if (problem.contains("(TAB)") || problem.contains("'\\t'")) {
      return "indent with spaces, not tabs";
    }
    return "check the indentation and quoting around this place";
  }
}
