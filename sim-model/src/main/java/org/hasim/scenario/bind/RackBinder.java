package org.hasim.scenario.bind;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.hasim.failure.FailureMode;
import org.hasim.scenario.RackSpec;
import org.hasim.scenario.StorageSpec;
import org.hasim.scenario.tree.ListNode;
import org.hasim.scenario.tree.MapNode;
import org.hasim.scenario.tree.Node;
import org.hasim.scenario.tree.ScalarNode;

/**
 * {@code cluster.racks:} (nodes behind a top-of-rack switch) and {@code cluster.storage:} (one storage
 * system serving every node, or a list of systems each serving some racks).
 *
 * <p>Both use the same grouping rule. A rack's {@code nodes} (a storage's {@code racks}) is either a list
 * of names or a number k: the next k members not yet taken by an earlier item, in file order. With a
 * {@code count} the item makes exactly that many groups of k (and there must be enough members left);
 * without one it makes as many groups of k as the remaining members fill, the last possibly smaller.
 */
final class RackBinder {
  private static final List<String> RACK_KEYS = List.of("name", "count", "nodes", "switch", "uplink");
  private static final List<String> STORAGE_KEYS = List.of("name", "count", "racks", "failures");

  private RackBinder() {}

  static List<RackSpec> racks(Node n, String path, List<String> nodeNames) {
    ListNode list = Values.list(n, path);
    Pool pool = new Pool("node", nodeNames);
    Names.Unique unique = new Names.Unique("rack");
    List<RackSpec> out = new ArrayList<>();
    for (int i = 0; i < list.items().size(); i++) {
      String p = path + "[" + i + "]";
      Fields f = Fields.of(list.items().get(i), p, RACK_KEYS);
      Optional<FailureMode> failures = Optional.empty();
      if (f.has("switch")) {
        Fields sw = Fields.of(f.req("switch"), f.at("switch"), List.of("failures"));
        failures = sw.opt("failures", (x, q) -> Distributions.failureMode(x, q, "ttr", true));
      }
      double uplink = f.get("uplink", Values::bandwidth, 0.0);
      List<List<String>> groups = pool.take(f, "nodes", "rack");
      List<String> names = Names.expand(f.req("name"), f.at("name"), groups.size());
      for (int k = 0; k < groups.size(); k++) {
        unique.add(names.get(k), f.req("name"), f.at("name"));
        out.add(new RackSpec(names.get(k), groups.get(k), failures, uplink));
      }
    }
    return out;
  }

  /** The storage systems: a map is the single-storage form; a list gives several. */
  static List<StorageSpec> storages(Node n, String path, List<String> rackNames) {
    if (n instanceof MapNode) {
      return storageItems(List.of(n), List.of(path), rackNames);
    }
    ListNode list = Values.list(n, path);
    List<String> paths = new ArrayList<>();
    for (int i = 0; i < list.items().size(); i++) {
      paths.add(path + "[" + i + "]");
    }
    return storageItems(list.items(), paths, rackNames);
  }

  private static List<StorageSpec> storageItems(List<Node> items, List<String> paths, List<String> racks) {
    Pool pool = new Pool("rack", racks);
    Names.Unique unique = new Names.Unique("storage");
    List<StorageSpec> out = new ArrayList<>();
    for (int i = 0; i < items.size(); i++) {
      Fields f = Fields.of(items.get(i), paths.get(i), STORAGE_KEYS);
      Optional<FailureMode> failures =
          f.opt("failures", (x, q) -> Distributions.failureMode(x, q, "ttr", true));
      if (!f.has("racks")) {
        if (items.size() > 1 || f.get("count", Values.integer(1), 1) > 1) {
          throw f.error("racks", "with several storage systems each must say which racks it serves",
              "write e.g. racks: [rack1, rack2], or racks: 2 for the next two racks");
        }
        String name = f.get("name", Values::entityName, "storage");
        return List.of(new StorageSpec(name, failures, List.of()));
      }
      if (racks.isEmpty()) {
        throw f.error("racks", "the cluster has no racks", "add cluster.racks, or leave 'racks' out for one "
            + "storage serving every node");
      }
      List<List<String>> groups = pool.take(f, "racks", "storage system");
      List<String> names = Names.expand(f.req("name"), f.at("name"), groups.size());
      for (int k = 0; k < groups.size(); k++) {
        unique.add(names.get(k), f.req("name"), f.at("name"));
        out.add(new StorageSpec(names.get(k), failures, groups.get(k)));
      }
    }
    return out;
  }

  /** Members (nodes, racks) not yet given to a group, in file order. */
  private static final class Pool {
    private final String what;
    private final List<String> all;
    private final Set<String> free;

    Pool(String what, List<String> all) {
      this.what = what;
      this.all = Names.indexed(all);
      this.free = new LinkedHashSet<>(all);
    }

    /** The groups of item {@code f}, from its key {@code key} (a list of names or a group size) and count. */
    List<List<String>> take(Fields f, String key, String group) {
      Node value = f.req(key);
      boolean hasCount = f.has("count");
      int count = f.get("count", Values.integer(1), 1);
      if (value instanceof ListNode) {
        if (count != 1) {
          throw f.error("count", "a list of " + what + "s makes one " + group + ", but count is " + count,
              "give the group size instead, e.g. " + key + ": 40, or leave count out");
        }
        List<String> names = Values.listOf((x, q) -> Names.reference(x, q, what, all)).apply(value, f.at(key));
        if (names.isEmpty()) {
          throw f.error(key, "a " + group + " needs at least one " + what, null);
        }
        for (int i = 0; i < names.size(); i++) {
          if (!free.remove(names.get(i))) {
            throw value.location().error(f.at(key) + "[" + i + "]", what + " '" + names.get(i)
                + "' is already in another " + group + " (or listed twice)", "each " + what
                + " belongs to at most one " + group);
          }
        }
        return List.of(List.copyOf(names));
      }
      if (!(value instanceof ScalarNode)) {
        throw f.error(key, "expected a number of " + what + "s or a list of names, found " + value.kindName(),
            null);
      }
      int size = f.req(key, Values.integer(1));
      int groups = hasCount ? count : (free.size() + size - 1) / size;
      if (free.isEmpty() || (long) groups * size > free.size() && hasCount) {
        throw f.error(key, (hasCount ? count + " × " + size : String.valueOf(size)) + " " + what + "s needed, "
            + "but only " + free.size() + " are not yet in a " + group, hasCount
            ? "lower count or the group size, or leave count out to fill the remaining " + what + "s"
            : "every " + what + " is already in a " + group);
      }
      List<List<String>> out = new ArrayList<>();
      for (int g = 0; g < groups; g++) {
        List<String> members = new ArrayList<>();
        var it = free.iterator();
        while (it.hasNext() && members.size() < size) {
          members.add(it.next());
          it.remove();
        }
        out.add(List.copyOf(members));
      }
      return out;
    }
  }
}
