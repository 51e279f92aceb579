package org.hasim.scenario.bind;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.hasim.scenario.DidYouMean;
import org.hasim.scenario.InputException;
import org.hasim.scenario.ScriptedEvent;
import org.hasim.scenario.Units;
import org.hasim.scenario.tree.Node;

/**
 * Scripted events written as one line each, e.g. {@code crash node2 at 3d for 4h}. Knows the names of
 * nodes, VMs, storage systems and racks, and the end of the run (warm-up + horizon).
 */
final class EventParser {
  private static final Map<String, String> SYNTAX = Values.ordered(
      "maintenance", "maintenance <node> at <time> for <duration>",
      "crash", "crash <node> at <time> for <duration>  or  crash vm <vm> at <time>",
      "partition", "partition <nodes> | <nodes> at <time> for <duration>",
      "storage", "storage failure at <time> for <duration>  or  storage <storage> failure at <time> for <duration>",
      "switch", "switch <rack> failure at <time> for <duration>",
      "migrate", "migrate <vm> to <node> at <time>");
  private static final Pattern MAINTENANCE =
      Pattern.compile("maintenance\\s+(\\S+)\\s+at\\s+(.+?)\\s+for\\s+(.+)");
  private static final Pattern CRASH_VM = Pattern.compile("crash\\s+vm\\s+(\\S+)\\s+at\\s+(.+)");
  private static final Pattern CRASH_NODE =
      Pattern.compile("crash\\s+(?:node\\s+)?(\\S+)\\s+at\\s+(.+?)\\s+for\\s+(.+)");
  private static final Pattern PARTITION =
      Pattern.compile("partition\\s+(.+?)\\s*\\|\\s*(.+?)\\s+at\\s+(.+?)\\s+for\\s+(.+)");
  private static final Pattern STORAGE = Pattern.compile("storage\\s+failure\\s+at\\s+(.+?)\\s+for\\s+(.+)");
  private static final Pattern NAMED_STORAGE =
      Pattern.compile("storage\\s+(\\S+)\\s+failure\\s+at\\s+(.+?)\\s+for\\s+(.+)");
  private static final Pattern SWITCH =
      Pattern.compile("switch\\s+(\\S+)\\s+failure\\s+at\\s+(.+?)\\s+for\\s+(.+)");
  private static final Pattern MIGRATE = Pattern.compile("migrate\\s+(\\S+)\\s+to\\s+(\\S+)\\s+at\\s+(.+)");

  private final List<String> nodes;
  private final List<String> vms;
  private final List<String> storages;
  private final List<String> racks;
  private final double end;

  EventParser(List<String> nodes, List<String> vms, List<String> storages, List<String> racks, double end) {
    this.nodes = Names.indexed(nodes);
    this.vms = Names.indexed(vms);
    this.storages = storages;
    this.racks = racks;
    this.end = end;
  }

  ScriptedEvent parse(Node n, String path) {
    String text = Values.text(n, path).trim();
    String verb = text.split("\\s+", 2)[0];
    if (!SYNTAX.containsKey(verb)) {
      throw n.location().error(path, "unknown event '" + verb + "'", DidYouMean.phrase(verb, SYNTAX.keySet())
          + "events: " + String.join("; ", SYNTAX.values()));
    }
    Line line = new Line(n, path, verb);
    Matcher m;
    switch (verb) {
      case "maintenance" -> {
        m = line.match(MAINTENANCE, text);
        return new ScriptedEvent.Maintenance(line.node(m.group(1)), line.time(m.group(2)),
            line.duration(m.group(3)));
      }
      case "crash" -> {
        if (CRASH_VM.matcher(text).matches()) {
          m = CRASH_VM.matcher(text);
          m.matches();
          if (m.group(2).matches(".*\\s+for\\s+.*")) {
            throw line.error("a VM crash takes no 'for': the cluster manager restarts the VM", null);
          }
          return new ScriptedEvent.VmCrash(line.vm(m.group(1)), line.time(m.group(2)));
        }
        m = line.match(CRASH_NODE, text);
        return new ScriptedEvent.NodeCrash(line.node(m.group(1)), line.time(m.group(2)),
            line.duration(m.group(3)));
      }
      case "partition" -> {
        m = line.match(PARTITION, text);
        List<String> a = line.side(m.group(1));
        List<String> b = line.side(m.group(2));
        Set<String> overlap = new HashSet<>(a);
        overlap.retainAll(b);
        if (!overlap.isEmpty()) {
          throw line.error("node " + overlap.iterator().next() + " is on both sides of the partition", null);
        }
        return new ScriptedEvent.Partition(a, b, line.time(m.group(3)), line.duration(m.group(4)));
      }
      case "storage" -> {
        if (!STORAGE.matcher(text).matches() && NAMED_STORAGE.matcher(text).matches()) {
          m = NAMED_STORAGE.matcher(text);
          m.matches();
          return new ScriptedEvent.NamedStorageFailure(line.known(m.group(1), "storage system", storages),
              line.time(m.group(2)), line.duration(m.group(3)));
        }
        m = line.match(STORAGE, text);
        if (storages.isEmpty()) {
          throw line.error("a storage failure, but the cluster has no shared storage",
              "add cluster.storage, or remove the event");
        }
        if (storages.size() > 1) {
          throw line.error("a storage failure, but the cluster has " + storages.size() + " storage systems",
              "name the one that fails: storage " + storages.get(0) + " failure at ...; storage systems: "
                  + Names.listing(storages));
        }
        return new ScriptedEvent.StorageFailure(line.time(m.group(1)), line.duration(m.group(2)));
      }
      case "switch" -> {
        m = line.match(SWITCH, text);
        if (racks.isEmpty()) {
          throw line.error("a rack-switch failure, but the cluster has no racks",
              "add cluster.racks, or remove the event");
        }
        return new ScriptedEvent.RackSwitchFailure(line.known(m.group(1), "rack", racks),
            line.time(m.group(2)), line.duration(m.group(3)));
      }
      default -> {
        m = line.match(MIGRATE, text);
        return new ScriptedEvent.Migrate(line.vm(m.group(1)), line.node(m.group(2)), line.time(m.group(3)));
      }
    }
  }

  /** One event line being parsed: where it is, and its verb for the syntax hint. */
  private final class Line {
    private final Node node;
    private final String path;
    private final String verb;

    Line(Node node, String path, String verb) {
      this.node = node;
      this.path = path;
      this.verb = verb;
    }

    InputException error(String problem, String hint) {
      return node.location().error(path, problem, hint);
    }

    Matcher match(Pattern p, String text) {
      Matcher m = p.matcher(text);
      if (!m.matches()) {
        throw error("cannot read the event '" + text + "'", "write: " + SYNTAX.get(verb));
      }
      return m;
    }

    String node(String name) {
      return known(name, "node", nodes);
    }

    String vm(String name) {
      return known(name, "VM", vms);
    }

    String known(String name, String what, List<String> names) {
      if (!names.contains(name)) {
        throw error("unknown " + what + " '" + name + "'",
            DidYouMean.phrase(name, names) + what + "s: " + Names.listing(names));
      }
      return name;
    }

    List<String> side(String text) {
      List<String> out = new ArrayList<>();
      for (String s : text.trim().split("[\\s,]+")) {
        if (!s.isEmpty()) {
          out.add(node(s));
        }
      }
      if (out.isEmpty()) {
        throw error("a side of the partition names no node", "write: " + SYNTAX.get(verb));
      }
      return List.copyOf(out);
    }

    double time(String text) {
      double t = quantity(text);
      if (t > end) {
        throw error("the event at " + text.trim() + " is after the end of the run ("
            + Units.formatDuration(end) + " = warmup + horizon)", "events must happen within the run");
      }
      return t;
    }

    double duration(String text) {
      double d = quantity(text);
      if (!(d > 0)) {
        throw error("the duration after 'for' must be longer than 0s", null);
      }
      return d;
    }

    private double quantity(String text) {
      try {
        return Units.duration(text);
      } catch (Units.QuantityException e) {
        throw error(e.getMessage(), e.hint());
      }
    }
  }
}
