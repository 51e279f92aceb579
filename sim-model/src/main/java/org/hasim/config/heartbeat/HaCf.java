package org.hasim.config.heartbeat;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * A parsed {@code ha.cf}. Timings are empty when the directive is absent; {@link #keepaliveOrDefault()} and
 * friends apply Heartbeat's defaults (keepalive 1 s, deadtime 30 s, warntime half the deadtime — DESIGN §8).
 */
public record HaCf(
    String file,
    List<Directive> directives,
    Optional<TimeSetting> keepalive,
    Optional<TimeSetting> deadtime,
    Optional<TimeSetting> warntime,
    Optional<TimeSetting> initdead,
    List<NodeName> nodes,
    List<Medium> media,
    List<Directive> unknown) {

  public static final double DEFAULT_KEEPALIVE = 1.0;
  public static final double DEFAULT_DEADTIME = 30.0;

  /** A node named by a {@code node} directive (one directive may name several). */
  public record NodeName(String name, int line) {}

  private static final Set<String> TRUE = Set.of("true", "on", "yes", "y", "1", "respawn");

  public double keepaliveOrDefault() {
    return keepalive.map(TimeSetting::seconds).orElse(DEFAULT_KEEPALIVE);
  }

  public double deadtimeOrDefault() {
    return deadtime.map(TimeSetting::seconds).orElse(DEFAULT_DEADTIME);
  }

  public double warntimeOrDefault() {
    return warntime.map(TimeSetting::seconds).orElse(deadtimeOrDefault() / 2);
  }

  /** The last occurrence of a directive (later lines win, as when Heartbeat reads the file in order). */
  public Optional<Directive> last(String name) {
    Directive found = null;
    for (Directive d : directives) {
      if (d.name().equals(name)) {
        found = d;
      }
    }
    return Optional.ofNullable(found);
  }

  /** All occurrences of a directive. */
  public List<Directive> all(String name) {
    return directives.stream().filter(d -> d.name().equals(name)).toList();
  }

  /** Whether Pacemaker (the CRM) runs on this Heartbeat: {@code crm} or {@code pacemaker} set true/respawn. */
  public boolean crmEnabled() {
    Optional<Directive> d = last("pacemaker").or(() -> last("crm"));
    return d.isPresent() && !d.get().args().isEmpty()
        && TRUE.contains(d.get().args().get(0).toLowerCase(Locale.ROOT));
  }

  /** Whether {@code auto_failback} is on ({@code legacy} counts as on, as Heartbeat treats it). */
  public Optional<Boolean> autoFailback() {
    return last("auto_failback")
        .filter(d -> !d.args().isEmpty())
        .map(d -> d.args().get(0).toLowerCase(Locale.ROOT))
        .map(v -> TRUE.contains(v) || v.equals("legacy"));
  }

  /** The Heartbeat-level STONITH directives ({@code stonith}, {@code stonith_host}). */
  public List<Directive> stonithDirectives() {
    return directives.stream()
        .filter(d -> d.name().equals("stonith") || d.name().equals("stonith_host"))
        .toList();
  }

  /** Distinct devices (interfaces or serial ports) that carry heartbeats: the independent paths. */
  public Set<String> mediaDevices() {
    return media.stream().map(Medium::device).collect(java.util.stream.Collectors.toCollection(
        java.util.TreeSet::new));
  }
}
