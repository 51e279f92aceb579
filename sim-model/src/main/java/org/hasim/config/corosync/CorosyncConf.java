package org.hasim.config.corosync;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A parsed {@code corosync.conf}. Times are in milliseconds in the file and in seconds here. Defaults follow
 * DESIGN §4.4: token 3 s (corosync 3), consensus 1.2 × token.
 */
public record CorosyncConf(String file, Section root, List<Node> nodes) {
  public static final double DEFAULT_TOKEN = 3.0;

  /**
   * A {@code nodelist { node { ... } }} entry: its name ({@code name:}, else a ring-0 address that is a
   * host name rather than an IP literal — Pacemaker then knows the node by that name), addresses, id.
   */
  public record Node(Optional<String> name, List<String> addresses, Optional<String> nodeid, int line) {}

  /** A time value: seconds, and the line of the entry it came from. */
  public record Millis(double seconds, int line) {}

  public Optional<Section> totem() {
    return root.section("totem");
  }

  public Optional<Section> quorum() {
    return root.section("quorum");
  }

  public Optional<Millis> token() {
    return totemMillis("token");
  }

  public Optional<Millis> consensus() {
    return totemMillis("consensus");
  }

  public double tokenOrDefault() {
    return token().map(Millis::seconds).orElse(DEFAULT_TOKEN);
  }

  public double consensusOrDefault() {
    return consensus().map(Millis::seconds).orElse(1.2 * tokenOrDefault());
  }

  /** {@code quorum { two_node: 1 }}. */
  public boolean twoNode() {
    return quorum().flatMap(q -> q.entry("two_node")).map(e -> e.value().equals("1")).orElse(false);
  }

  public Optional<Section.Entry> quorumProvider() {
    return quorum().flatMap(q -> q.entry("provider"));
  }

  /** Addresses of the rings: node addresses from the node list, then every interface's bindnetaddr. */
  public List<Section.Entry> ringAddresses() {
    List<Section.Entry> out = new ArrayList<>();
    root.section("nodelist").ifPresent(nl -> nl.all("node").forEach(n -> n.entries().stream()
        .filter(e -> e.key().matches("ring[0-9]+_addr"))
        .forEach(out::add)));
    totem().ifPresent(t -> t.all("interface").forEach(i -> i.entry("bindnetaddr").ifPresent(out::add)));
    return out;
  }

  private Optional<Millis> totemMillis(String key) {
    return totem().flatMap(t -> t.entry(key))
        .map(e -> new Millis(Double.parseDouble(e.value()) / 1000.0, e.line()));
  }
}
