package org.hasim.scenario.bind;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.hasim.failure.Distribution;
import org.hasim.scenario.ProbeSpec;
import org.hasim.scenario.ServiceSpec;
import org.hasim.scenario.Units;
import org.hasim.scenario.tree.ListNode;
import org.hasim.scenario.tree.MapNode;
import org.hasim.scenario.tree.Node;

/**
 * {@code probes:} — observation windows (DESIGN §4.7). Each item names its {@code type}; the keys it may
 * hold depend on the type, and every window must lie within the run (warm-up + horizon).
 */
final class ProbeBinder {
  private static final Pattern PROBE_NAME = Pattern.compile("[A-Za-z0-9_-]+");
  private static final List<String> COMMON = List.of("name", "type", "start", "from");
  private static final Map<String, List<String>> TYPE_KEYS = Values.ordered(
      "ping", List.of("target", "rate", "count", "duration", "size", "jitter"),
      "udp", List.of("target", "rate", "duration", "size", "jitter"),
      "tcp", List.of("target", "size", "rate", "min_rto", "timeout", "on_interrupt"),
      "web", List.of("web", "db", "users", "think_time", "duration", "web_demand", "db_demand", "rto",
          "timeout"));
  private static final Map<String, Boolean> ON_INTERRUPT = Values.ordered("fail", false, "retry", true);
  static final double DEFAULT_JITTER = 50e-6;
  static final long DEFAULT_PING_SIZE = 84;
  static final long DEFAULT_UDP_SIZE = 1470;
  static final double DEFAULT_MIN_RTO = 0.2;
  static final double DEFAULT_WEB_RTO = 1.0;
  static final double DEFAULT_WEB_TIMEOUT = 30.0;
  /** Packets of one window (each keeps its outcome until the window closes: 8 bytes a packet). */
  static final long MAX_PACKETS = 10_000_000;

  private final List<String> vms;
  private final List<String> nodes;
  private final List<ServiceSpec> services;
  private final double end;

  /** Knows the VMs, nodes and services a probe may name, and the end of the run. */
  ProbeBinder(List<String> vms, List<String> nodes, List<ServiceSpec> services, double end) {
    this.vms = vms;
    this.nodes = nodes;
    this.services = services;
    this.end = end;
  }

  List<ProbeSpec> bind(Node n, String path) {
    ListNode list = Values.list(n, path);
    Names.Unique unique = new Names.Unique("probe");
    List<ProbeSpec> out = new ArrayList<>();
    for (int i = 0; i < list.items().size(); i++) {
      String p = path + "[" + i + "]";
      Node item = list.items().get(i);
      String type = type(item, p);
      List<String> keys = new ArrayList<>(COMMON);
      keys.addAll(TYPE_KEYS.get(type));
      Fields f = Fields.of(item, p, keys);
      String name = f.req("name", ProbeBinder::probeName);
      unique.add(name, f.req("name"), f.at("name"));
      String from = f.get("from", this::source, ProbeSpec.CLIENT);
      double start = f.req("start", Values::duration);
      within(f, "start", start, "the probe starts");
      out.add(switch (type) {
        case "ping" -> ping(f, name, from, start);
        case "udp" -> udp(f, name, from, start);
        case "tcp" -> tcp(f, name, from, start);
        default -> web(f, name, from, start);
      });
    }
    return out;
  }

  private static String type(Node item, String path) {
    Fields.of(item, path, allKeys()); // a map, and no key unknown to every type
    Node typeNode = ((MapNode) item).get("type").orElseThrow(() -> item.location().error(path + ".type",
        "missing required key 'type'", "types: " + String.join(", ", TYPE_KEYS.keySet())));
    return Values.choice(Values.<String>ordered("ping", "ping", "udp", "udp", "tcp", "tcp", "web", "web"))
        .apply(typeNode, path + ".type");
  }

  private static List<String> allKeys() {
    List<String> all = new ArrayList<>(COMMON);
    TYPE_KEYS.values().forEach(keys -> keys.stream().filter(k -> !all.contains(k)).forEach(all::add));
    return all;
  }

  private static String probeName(Node n, String path) {
    String s = Values.text(n, path);
    if (!PROBE_NAME.matcher(s).matches()) {
      throw n.location().error(path, "'" + s + "' is not a valid probe name",
          "use letters, digits, '_' and '-' (no dots: results are keyed probes.<name>.<metric>)");
    }
    return s;
  }

  private String source(Node n, String path) {
    String s = Values.text(n, path);
    if (s.equals(ProbeSpec.CLIENT)) {
      return s;
    }
    List<String> allowed = new ArrayList<>(List.of(ProbeSpec.CLIENT));
    allowed.addAll(nodes);
    return Names.reference(n, path, "source", allowed);
  }

  private ProbeSpec ping(Fields f, String name, String from, double start) {
    String target = f.req("target", this::vm);
    double rate = f.req("rate", Values::rate);
    if (f.has("count") == f.has("duration")) {
      throw f.error(f.has("count") ? "duration" : "count", f.has("count")
          ? "give count or duration, not both" : "a ping probe needs a count or a duration",
          "write e.g. count: 2000 (with rate: 100/s that is 20 s)");
    }
    long count = f.has("count") ? f.req("count", Values.integer(1))
        : Math.max(1, Math.round(f.req("duration", Values::positiveDuration) * rate));
    ProbeSpec.Ping ping = new ProbeSpec.Ping(name, target, from, start, rate, count,
        f.get("size", Values::size, DEFAULT_PING_SIZE), f.get("jitter", Values::duration, DEFAULT_JITTER));
    within(f, f.has("count") ? "count" : "duration", ping.windowEnd(), "the last ping");
    packets(f, f.has("count") ? "count" : "duration", count);
    return ping;
  }

  private ProbeSpec udp(Fields f, String name, String from, double start) {
    String target = f.req("target", this::vm);
    double rate = f.req("rate", Values::rate);
    double duration = f.req("duration", Values::positiveDuration);
    within(f, "duration", start + duration, "the stream");
    ProbeSpec.Udp udp = new ProbeSpec.Udp(name, target, from, start, rate, duration,
        f.get("size", Values::size, DEFAULT_UDP_SIZE), f.get("jitter", Values::duration, DEFAULT_JITTER));
    packets(f, "duration", udp.count());
    return udp;
  }

  private ProbeSpec tcp(Fields f, String name, String from, double start) {
    String target = f.req("target", this::vm);
    long size = f.req("size", Values::size);
    if (size <= 0) {
      throw f.error("size", "a transfer needs some bytes", "write e.g. size: 1GiB");
    }
    return new ProbeSpec.Tcp(name, target, from, start, size,
        f.get("rate", Values::bandwidth, Double.POSITIVE_INFINITY),
        f.get("min_rto", Values::positiveDuration, DEFAULT_MIN_RTO),
        f.get("timeout", Values::positiveDuration, Double.POSITIVE_INFINITY),
        f.get("on_interrupt", Values.choice(ON_INTERRUPT), false));
  }

  private ProbeSpec web(Fields f, String name, String from, double start) {
    String web = f.req("web", this::service);
    Optional<String> db = f.opt("db", this::service);
    if (db.isPresent() && db.get().equals(web)) {
      throw f.error("db", "the web and db tiers are the same service '" + web + "'",
          "name the database service, or leave db out for a web tier alone");
    }
    if (db.isPresent() && vmOf(db.get()).equals(vmOf(web))) {
      throw f.error("db", "services '" + web + "' and '" + db.get() + "' run in the same VM '" + vmOf(web)
          + "'", "the tiers are queues on their own VMs; give the database its own VM");
    }
    if (db.isEmpty() && f.has("db_demand")) {
      throw f.error("db_demand", "db_demand without a db service", "add db: <service> or remove db_demand");
    }
    double duration = f.req("duration", Values::positiveDuration);
    within(f, "duration", start + duration, "the load");
    Distribution zero = new Distribution.Deterministic(0);
    return new ProbeSpec.Web(name, from, start, duration, f.req("users", Values.integer(1)),
        f.get("think_time", Distributions::bind, new Distribution.Deterministic(1.0)), web, db,
        f.req("web_demand", Distributions::bind),
        db.isPresent() ? f.req("db_demand", Distributions::bind) : zero,
        f.get("rto", Values::positiveDuration, DEFAULT_WEB_RTO),
        f.get("timeout", Values::positiveDuration, DEFAULT_WEB_TIMEOUT));
  }

  private static void packets(Fields f, String key, long count) {
    if (count > MAX_PACKETS) {
      throw f.error(key, "the window holds " + count + " packets, more than " + MAX_PACKETS,
          "a probe observes a window (seconds to minutes); lower the rate or shorten the window");
    }
  }

  private String vm(Node n, String path) {
    return Names.reference(n, path, "VM", vms);
  }

  private String service(Node n, String path) {
    return Names.reference(n, path, "service", services.stream().map(ServiceSpec::name).toList());
  }

  private String vmOf(String service) {
    return services.stream().filter(s -> s.name().equals(service)).findFirst().orElseThrow().vm();
  }

  private void within(Fields f, String key, double time, String what) {
    if (time > end + 1e-9) {
      throw f.error(key, what + " at " + Units.formatDuration(time) + " is after the end of the run ("
          + Units.formatDuration(end) + " = warmup + horizon)", "a probe window must lie within the run");
    }
  }
}
