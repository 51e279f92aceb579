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
import org.hasim.scenario.tree.Node;
import org.hasim.scenario.tree.ScalarNode;

/**
 * {@code services:} — what users see, each on an existing VM; dependencies must not form a cycle. A group of
 * {@code count} services expands its name like a node group, and {@code {i}} in {@code vm} and {@code
 * depends_on} becomes the member number ({@code {name: svc{i}, count: 100, vm: vm{i}}}).
 */
final class ServiceBinder {
  private static final List<String> SERVICE_KEYS = List.of("name", "count", "vm", "depends_on");
  private static final String MEMBER = "{i}";

  private ServiceBinder() {}

  static List<ServiceSpec> bind(Node n, String path, List<String> vmNames) {
    ListNode list = Values.list(n, path);
    List<String> vms = Names.indexed(vmNames);
    Names.Unique unique = new Names.Unique("service");
    List<Placed<ServiceSpec>> services = new ArrayList<>();
    for (int i = 0; i < list.items().size(); i++) {
      String p = path + "[" + i + "]";
      Fields f = Fields.of(list.items().get(i), p, SERVICE_KEYS);
      int count = f.get("count", Values.integer(1), 1);
      List<String> names = count == 1 && !Values.text(f.req("name"), f.at("name")).contains(MEMBER)
          ? List.of(f.req("name", Values::entityName)) : Names.expand(f.req("name"), f.at("name"), count);
      String vmPattern = f.req("vm", Values::text);
      List<String> depPatterns = f.get("depends_on", Values.listOf(Values::text), List.of());
      for (int k = 0; k < names.size(); k++) {
        String name = names.get(k);
        String member = String.valueOf(k + 1);
        unique.add(name, f.req("name"), f.at("name"));
        String vm = member(vmPattern, member);
        if (!vms.contains(vm)) {
          Names.reference(new ScalarNode(vm, ScalarNode.Kind.STRING, f.req("vm").location()), f.at("vm"),
              "VM", vms);
        }
        List<String> deps = depPatterns.stream().map(d -> member(d, member)).toList();
        if (deps.contains(name)) {
          throw f.error("depends_on", "service '" + name + "' depends on itself",
              "remove '" + name + "' from its depends_on");
        }
        if (new HashSet<>(deps).size() < deps.size()) {
          throw f.error("depends_on", "a dependency is listed twice", null);
        }
        services.add(new Placed<>(new ServiceSpec(name, vm, deps), f.map(), p));
      }
    }
    List<String> names = Names.indexed(services.stream().map(s -> s.spec().name()).toList());
    for (Placed<ServiceSpec> s : services) {
      List<String> deps = s.spec().dependsOn();
      for (int d = 0; d < deps.size(); d++) {
        if (!names.contains(deps.get(d))) {
          Node at = s.field("depends_on");
          Node item = at instanceof ListNode l ? l.items().get(d) : at;
          Names.reference(new ScalarNode(deps.get(d), ScalarNode.Kind.STRING, item.location()),
              s.at("depends_on") + "[" + d + "]", "service", names);
        }
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

  /** {@code pattern} with {@code {i}} replaced by the member number of a group. */
  private static String member(String pattern, String number) {
    return pattern.replace(MEMBER, number);
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
