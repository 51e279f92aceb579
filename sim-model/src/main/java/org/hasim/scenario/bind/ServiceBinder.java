package org.hasim.scenario.bind;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.hasim.scenario.ServiceSpec;
import org.hasim.scenario.tree.ListNode;
import org.hasim.scenario.tree.MapNode;
import org.hasim.scenario.tree.Node;

/** {@code services:} — what users see, each on an existing VM; dependencies must not form a cycle. */
final class ServiceBinder {
  private static final List<String> SERVICE_KEYS = List.of("name", "vm", "depends_on");

  private ServiceBinder() {}

  static List<ServiceSpec> bind(Node n, String path, List<String> vmNames) {
    ListNode list = Values.list(n, path);
    Names.Unique unique = new Names.Unique("service");
    List<Placed<ServiceSpec>> services = new ArrayList<>();
    for (int i = 0; i < list.items().size(); i++) {
      String p = path + "[" + i + "]";
      Fields f = Fields.of(list.items().get(i), p, SERVICE_KEYS);
      String name = f.req("name", Values::entityName);
      unique.add(name, f.req("name"), f.at("name"));
      String vm = f.req("vm", (x, q) -> Names.reference(x, q, "VM", vmNames));
      List<String> deps = f.get("depends_on", Values.listOf(Values::text), List.of());
      if (deps.contains(name)) {
        throw f.error("depends_on", "service '" + name + "' depends on itself",
            "remove '" + name + "' from its depends_on");
      }
      if (new HashSet<>(deps).size() < deps.size()) {
        throw f.error("depends_on", "a dependency is listed twice", null);
      }
      services.add(new Placed<>(new ServiceSpec(name, vm, List.copyOf(deps)), f.map(), p));
    }
    List<String> names = services.stream().map(s -> s.spec().name()).toList();
    for (Placed<ServiceSpec> s : services) {
      if (s.node() instanceof MapNode m && m.get("depends_on").isPresent()) {
        Values.listOf((x, q) -> Names.reference(x, q, "service", names))
            .apply(s.field("depends_on"), s.at("depends_on"));
      }
    }
    findCycle(services).ifPresent(cycle -> {
      Placed<ServiceSpec> first = services.stream()
          .filter(s -> s.spec().name().equals(cycle.get(0))).findFirst().orElseThrow();
      throw first.error("depends_on", "dependency cycle: " + String.join(" → ", cycle),
          "a service cannot depend, directly or not, on itself");
    });
    return services.stream().map(Placed::spec).toList();
  }

  /** The first cycle found by depth-first search in file order, as a closed path (a → b → a). */
  private static Optional<List<String>> findCycle(List<Placed<ServiceSpec>> services) {
    Map<String, List<String>> edges = new HashMap<>();
    services.forEach(s -> edges.put(s.spec().name(), s.spec().dependsOn()));
    Set<String> done = new HashSet<>();
    for (Placed<ServiceSpec> s : services) {
      Optional<List<String>> c = visit(s.spec().name(), edges, new ArrayList<>(), done);
      if (c.isPresent()) {
        return c;
      }
    }
    return Optional.empty();
  }

  private static Optional<List<String>> visit(
      String name, Map<String, List<String>> edges, List<String> stack, Set<String> done) {
    int onStack = stack.indexOf(name);
    if (onStack >= 0) {
      List<String> cycle = new ArrayList<>(stack.subList(onStack, stack.size()));
      cycle.add(name);
      return Optional.of(cycle);
    }
    if (done.contains(name)) {
      return Optional.empty();
    }
    stack.add(name);
    for (String dep : edges.getOrDefault(name, List.of())) {
      Optional<List<String>> c = visit(dep, edges, stack, done);
      if (c.isPresent()) {
        return c;
      }
    }
    stack.remove(stack.size() - 1);
    done.add(name);
    return Optional.empty();
  }
}
