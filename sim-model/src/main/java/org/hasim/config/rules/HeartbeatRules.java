package org.hasim.config.rules;

import static org.hasim.config.ConfigQuantities.seconds;

import java.util.List;
import java.util.Optional;
import org.hasim.config.Severity;
import org.hasim.config.heartbeat.Directive;
import org.hasim.config.heartbeat.HaCf;
import org.hasim.config.heartbeat.TimeSetting;

/** Rules on Heartbeat's timing and media (ha.cf). */
final class HeartbeatRules {
  private HeartbeatRules() {}

  static List<Rule> all() {
    return List.of(
        new Rule("HB001", Severity.ERROR, "deadtime must exceed 2 × keepalive",
            HeartbeatRules::deadtimeVsKeepalive),
        new Rule("HB002", Severity.ERROR, "initdead must not be below deadtime",
            HeartbeatRules::initdeadBelowDeadtime),
        new Rule("HB003", Severity.WARNING, "initdead should be at least 2 × deadtime",
            HeartbeatRules::initdeadBelowTwiceDeadtime),
        new Rule("HB004", Severity.ERROR, "warntime must be below deadtime",
            HeartbeatRules::warntimeVsDeadtime),
        new Rule("HB005", Severity.ERROR, "no heartbeat communication medium", HeartbeatRules::noMedium),
        new Rule("HB006", Severity.WARNING, "only one heartbeat communication path",
            HeartbeatRules::oneMedium),
        new Rule("HB007", Severity.WARNING, "unknown ha.cf directive", HeartbeatRules::unknown));
  }

  private static void deadtimeVsKeepalive(ClusterView c, Rule.Emitter out) {
    for (HaCf h : c.files().haCfs()) {
      double k = h.keepaliveOrDefault();
      double d = h.deadtimeOrDefault();
      if (d <= 2 * k) {
        out.report(h.file(), lineOf(h.deadtime(), h.keepalive()),
            "deadtime " + seconds(d) + " is not more than 2 × keepalive (" + seconds(2 * k)
                + "): two late heartbeats declare a healthy node dead",
            "raise deadtime above " + seconds(2 * k) + " (a common choice is 10–30 × keepalive)");
      }
    }
  }

  private static void initdeadBelowDeadtime(ClusterView c, Rule.Emitter out) {
    for (HaCf h : c.files().haCfs()) {
      double d = h.deadtimeOrDefault();
      h.initdead().filter(i -> i.seconds() < d).ifPresent(i -> out.report(h.file(), i.line(),
          "initdead " + seconds(i.seconds()) + " is below deadtime " + seconds(d)
              + ": a booting node declares its peers dead before their network is up",
          "set initdead to at least " + seconds(2 * d) + " (2 × deadtime)"));
    }
  }

  private static void initdeadBelowTwiceDeadtime(ClusterView c, Rule.Emitter out) {
    for (HaCf h : c.files().haCfs()) {
      double d = h.deadtimeOrDefault();
      h.initdead().filter(i -> i.seconds() >= d && i.seconds() < 2 * d).ifPresent(i ->
          out.report(h.file(), i.line(),
              "initdead " + seconds(i.seconds()) + " is below 2 × deadtime (" + seconds(2 * d)
                  + "); Heartbeat advises at least twice the dead time for slow network start-up",
              "set initdead to " + seconds(2 * d) + " or more"));
    }
  }

  private static void warntimeVsDeadtime(ClusterView c, Rule.Emitter out) {
    for (HaCf h : c.files().haCfs()) {
      double d = h.deadtimeOrDefault();
      h.warntime().filter(w -> w.seconds() >= d).ifPresent(w -> out.report(h.file(), w.line(),
          "warntime " + seconds(w.seconds()) + " is not below deadtime " + seconds(d)
              + ": no late-heartbeat warning can come before a node is declared dead",
          "set warntime between keepalive and deadtime, e.g. " + seconds(d / 2)));
    }
  }

  private static void noMedium(ClusterView c, Rule.Emitter out) {
    for (HaCf h : c.files().haCfs()) {
      if (h.media().isEmpty()) {
        out.report(h.file(), 0, "no communication medium (bcast, mcast, ucast or serial): Heartbeat "
                + "will not start",
            "add at least one, better two on separate NICs, e.g. 'bcast eth1' and 'serial /dev/ttyS0'");
      }
    }
  }

  private static void oneMedium(ClusterView c, Rule.Emitter out) {
    for (HaCf h : c.files().haCfs()) {
      if (h.mediaDevices().size() == 1) {
        out.report(h.file(), h.media().get(0).line(),
            "heartbeats use only " + h.media().get(0).device() + ": one failed NIC, cable or switch "
                + "makes the nodes declare each other dead (split brain without fencing)",
            "add a second medium on another interface or a serial line");
      }
    }
  }

  private static void unknown(ClusterView c, Rule.Emitter out) {
    for (HaCf h : c.files().haCfs()) {
      for (Directive d : h.unknown()) {
        out.report(h.file(), d.line(), "unknown directive '" + d.name()
                + "': Heartbeat refuses to start on a directive it does not know",
            org.hasim.scenario.DidYouMean.suggest(d.name(), org.hasim.config.heartbeat.HaCfParser.known())
                .map(s -> "did you mean '" + s + "'?").orElse("remove it or check the spelling"));
      }
    }
  }

  /** Line of the first present setting, else 0. */
  @SafeVarargs
  private static int lineOf(Optional<TimeSetting>... settings) {
    for (Optional<TimeSetting> s : settings) {
      if (s.isPresent()) {
        return s.get().line();
      }
    }
    return 0;
  }
}
