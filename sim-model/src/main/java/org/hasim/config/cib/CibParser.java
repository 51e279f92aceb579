package org.hasim.config.cib;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import javax.xml.stream.XMLStreamConstants;
import org.hasim.config.ConfigQuantities;
import org.hasim.config.SafeXml;
import org.hasim.scenario.InputException;

/**
 * Reads a Pacemaker CIB with {@link SafeXml} in one streaming pass, keeping each item's line. The {@code
 * status} section is skipped. Meta attributes of a group or clone apply to the primitives inside it unless
 * the primitive sets its own.
 */
public final class CibParser {
  private final String file;
  private final SafeXml xml;
  private final Deque<String> path = new ArrayDeque<>();

  private final List<NvPair> crmConfig = new ArrayList<>();
  private final List<CibNode> nodes = new ArrayList<>();
  private final List<Primitive> primitives = new ArrayList<>();
  private final List<Location> locations = new ArrayList<>();
  private final List<NvPair> rscDefaults = new ArrayList<>();
  private final List<NvPair> opDefaults = new ArrayList<>();
  private final Deque<List<NvPair>> containerMeta = new ArrayDeque<>();

  private NodeBuilder node;
  private PrimitiveBuilder primitive;
  private LocationBuilder location;

  private CibParser(String file, SafeXml xml) {
    this.file = file;
    this.xml = xml;
  }

  /** Parses the bytes of a CIB file; any XML or content problem is an {@link InputException}. */
  public static Cib parse(String file, byte[] content) {
    try (SafeXml xml = SafeXml.open(file, content)) {
      return new CibParser(file, xml).parse();
    }
  }

  private Cib parse() {
    boolean sawRoot = false;
    while (xml.hasNext()) {
      int event = xml.next();
      if (event == XMLStreamConstants.START_ELEMENT) {
        String name = xml.reader().getLocalName();
        if (!sawRoot && !name.equals("cib")) {
          throw new InputException(file, xml.line(), 0, null,
              "root element is <" + name + ">, not <cib>",
              "give the whole CIB, e.g. /var/lib/pacemaker/cib/cib.xml or 'cibadmin -Q' output");
        }
        sawRoot = true;
        if (!path.contains("status")) {
          start(name);
        }
        path.push(name);
      } else if (event == XMLStreamConstants.END_ELEMENT) {
        String name = path.pop();
        if (!path.contains("status") && !name.equals("status")) {
          end(name);
        }
      }
    }
    if (!sawRoot) {
      throw new InputException(file, "the file has no root element");
    }
    return new Cib(file, crmConfig, nodes, primitives, locations, rscDefaults, opDefaults);
  }

  private void start(String name) {
    int line = xml.line();
    switch (name) {
      case "node" -> {
        if ("nodes".equals(path.peek())) {
          node = new NodeBuilder(attr("id"), Optional.ofNullable(xml.attr("uname")).orElse(attr("id")),
              line);
        }
      }
      case "primitive" -> primitive = new PrimitiveBuilder(attr("id"), attr("class"),
          Optional.ofNullable(xml.attr("provider")).orElse(""), attr("type"), line);
      case "group", "clone", "master", "bundle" -> containerMeta.push(new ArrayList<>());
      case "op" -> {
        if (primitive != null) {
          primitive.ops.add(op(line));
        }
      }
      case "rsc_location" -> location = new LocationBuilder(attr("id"),
          Optional.ofNullable(xml.attr("rsc")).orElse(""), Optional.ofNullable(xml.attr("node")),
          xml.attr("score"), line);
      case "rule" -> {
        if (location != null && location.score == null) {
          location.score = xml.attr("score");
        }
      }
      case "expression" -> {
        if (location != null && location.node.isEmpty() && "#uname".equals(xml.attr("attribute"))
            && "eq".equals(xml.attr("operation"))) {
          location.node = Optional.ofNullable(xml.attr("value"));
        }
      }
      case "nvpair" -> nvpair(new NvPair(attr("name"),
          Optional.ofNullable(xml.attr("value")).orElse(""), line));
      default -> { }
    }
  }

  private void end(String name) {
    switch (name) {
      case "node" -> {
        if (node != null) {
          nodes.add(new CibNode(node.id, node.uname, node.line, node.attributes, node.utilization));
          node = null;
        }
      }
      case "primitive" -> {
        List<NvPair> meta = new ArrayList<>();
        containerMeta.descendingIterator().forEachRemaining(meta::addAll);
        meta.addAll(primitive.meta);
        primitives.add(new Primitive(primitive.id, primitive.cls, primitive.provider, primitive.type,
            primitive.line, primitive.params, meta, primitive.ops, primitive.utilization));
        primitive = null;
      }
      case "group", "clone", "master", "bundle" -> containerMeta.pop();
      case "rsc_location" -> {
        locations.add(new Location(location.id, location.rsc, location.node,
            location.score == null ? "0" : location.score, location.line));
        location = null;
      }
      default -> { }
    }
  }

  /** Files an nvpair under its set ({@code path[0]}) and the set's owner ({@code path[1]}). */
  private void nvpair(NvPair pair) {
    List<String> up = new ArrayList<>(path);
    if (up.size() < 2) {
      return;
    }
    String set = up.get(0);
    String owner = up.get(1);
    switch (owner) {
      case "crm_config" -> crmConfig.add(pair);
      case "rsc_defaults" -> rscDefaults.add(pair);
      case "op_defaults" -> opDefaults.add(pair);
      case "node" -> {
        if (node != null) {
          (set.equals("utilization") ? node.utilization : node.attributes).add(pair);
        }
      }
      case "primitive" -> {
        switch (set) {
          case "instance_attributes" -> primitive.params.add(pair);
          case "meta_attributes" -> primitive.meta.add(pair);
          case "utilization" -> primitive.utilization.add(pair);
          default -> { }
        }
      }
      case "group", "clone", "master", "bundle" -> {
        if (set.equals("meta_attributes") && !containerMeta.isEmpty()) {
          containerMeta.peek().add(pair);
        }
      }
      default -> { }
    }
  }

  private Op op(int line) {
    String name = attr("name");
    double interval = time("interval", Optional.ofNullable(xml.attr("interval")).orElse("0"), line);
    Optional<String> timeoutText = Optional.ofNullable(xml.attr("timeout"));
    Optional<Double> timeout = timeoutText.map(t -> time("timeout", t, line));
    return new Op(name, interval, timeout, timeoutText, line);
  }

  private double time(String field, String text, int line) {
    OptionalDouble s = ConfigQuantities.pacemakerSeconds(text);
    if (s.isEmpty()) {
      throw new InputException(file, line, 0, "op." + field,
          "'" + text + "' is not a Pacemaker time",
          "write a whole number with an optional unit: '120' (seconds), '60s', '2min', '500ms', '1h'");
    }
    return s.getAsDouble();
  }

  private String attr(String name) {
    String v = xml.attr(name);
    if (v == null) {
      throw new InputException(file, xml.line(), 0, xml.reader().getLocalName() + "@" + name,
          "<" + xml.reader().getLocalName() + "> has no '" + name + "' attribute",
          "Pacemaker requires it (check with 'crm_verify -x " + file + "')");
    }
    return v;
  }

  private static final class NodeBuilder {
    final String id;
    final String uname;
    final int line;
    final List<NvPair> attributes = new ArrayList<>();
    final List<NvPair> utilization = new ArrayList<>();

    NodeBuilder(String id, String uname, int line) {
      this.id = id;
      this.uname = uname;
      this.line = line;
    }
  }

  private static final class PrimitiveBuilder {
    final String id;
    final String cls;
    final String provider;
    final String type;
    final int line;
    final List<NvPair> params = new ArrayList<>();
    final List<NvPair> meta = new ArrayList<>();
    final List<Op> ops = new ArrayList<>();
    final List<NvPair> utilization = new ArrayList<>();

    PrimitiveBuilder(String id, String cls, String provider, String type, int line) {
      this.id = id;
      this.cls = cls;
      this.provider = provider;
      this.type = type;
      this.line = line;
    }
  }

  private static final class LocationBuilder {
    final String id;
    final String rsc;
    Optional<String> node;
    String score;
    final int line;

    LocationBuilder(String id, String rsc, Optional<String> node, String score, int line) {
      this.id = id;
      this.rsc = rsc;
      this.node = node;
      this.score = score;
      this.line = line;
    }
  }
}
