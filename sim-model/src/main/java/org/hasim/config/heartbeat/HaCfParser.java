package org.hasim.config.heartbeat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;
import org.hasim.config.ConfigQuantities;
import org.hasim.scenario.InputException;

/**
 * Reads {@code ha.cf}: one directive per line, arguments separated by white space, {@code #} starts a
 * comment. Times follow Heartbeat's own parser (seconds, or {@code ms}/{@code us} suffix). A malformed value
 * is an {@link InputException}; an unknown directive is kept in {@link HaCf#unknown()} for the rules to
 * report.
 */
public final class HaCfParser {
  /** Directives of Heartbeat 2.x/3.x ha.cf (and a few obsolete ones it still accepts). */
  static final Set<String> KNOWN =
      Set.of(
          "debugfile", "logfile", "logfacility", "keepalive", "deadtime", "deadping", "warntime",
          "initdead", "udpport", "baud", "serial", "bcast", "mcast", "mcast6", "ucast", "auto_failback",
          "nice_failback", "stonith", "stonith_host", "watchdog", "node", "ping", "ping_group", "hbaping",
          "respawn", "apiauth", "hopfudge", "hbgenmethod", "realtime", "debug", "msgfmt", "use_logd",
          "conn_logd_time", "compression", "compression_threshold", "traditional_compression", "crm",
          "pacemaker", "autojoin", "max_rexmit_delay", "coredumps", "uuidfrom", "rtprio", "memreserve",
          "syslogmsgfmt", "enable_config_writes", "record_config_changes", "record_pengine_inputs",
          "logfile_perms", "logdaemon", "stonith_enabled", "generation_method", "env");

  /** The directive names this parser knows. */
  public static Set<String> known() {
    return KNOWN;
  }

  private static final Set<String> TIMES = Set.of("keepalive", "deadtime", "warntime", "initdead");

  private final String file;

  private HaCfParser(String file) {
    this.file = file;
  }

  /** Parses the text of the file named {@code file} (the name is only used in messages). */
  public static HaCf parse(String file, String text) {
    return new HaCfParser(file).parse(text);
  }

  private HaCf parse(String text) {
    List<Directive> directives = new ArrayList<>();
    String[] lines = text.split("\r?\n|\r", -1);
    for (int i = 0; i < lines.length; i++) {
      String line = stripComment(lines[i]).strip();
      if (line.isEmpty()) {
        continue;
      }
      String[] words = line.split("\\s+");
      directives.add(
          new Directive(
              words[0].toLowerCase(Locale.ROOT), Arrays.asList(words).subList(1, words.length), i + 1));
    }
    Optional<TimeSetting> keepalive = Optional.empty();
    Optional<TimeSetting> deadtime = Optional.empty();
    Optional<TimeSetting> warntime = Optional.empty();
    Optional<TimeSetting> initdead = Optional.empty();
    List<HaCf.NodeName> nodes = new ArrayList<>();
    List<Medium> media = new ArrayList<>();
    List<Directive> unknown = new ArrayList<>();
    for (Directive d : directives) {
      if (TIMES.contains(d.name())) {
        TimeSetting t = time(d);
        switch (d.name()) {
          case "keepalive" -> keepalive = Optional.of(t);
          case "deadtime" -> deadtime = Optional.of(t);
          case "warntime" -> warntime = Optional.of(t);
          default -> initdead = Optional.of(t);
        }
      } else if (d.name().equals("node")) {
        need(d, 1, "node NAME [NAME...]");
        d.args().forEach(n -> nodes.add(new HaCf.NodeName(n, d.line())));
      } else if (isMedium(d.name())) {
        media.addAll(media(d));
      } else if (!KNOWN.contains(d.name())) {
        unknown.add(d);
      }
    }
    return new HaCf(file, directives, keepalive, deadtime, warntime, initdead, nodes, media, unknown);
  }

  private static String stripComment(String line) {
    int hash = line.indexOf('#');
    return hash < 0 ? line : line.substring(0, hash);
  }

  private TimeSetting time(Directive d) {
    need(d, 1, d.name() + " TIME");
    String text = d.value();
    OptionalDouble s = ConfigQuantities.heartbeatSeconds(text);
    if (s.isEmpty()) {
      throw new InputException(file, d.line(), 0, d.name(),
          "'" + text + "' is not a Heartbeat time",
          "ha.cf times are seconds by default (e.g. '10', '0.5') or milliseconds with 'ms' (e.g. "
              + "'1500ms'); a 's' suffix is not accepted by Heartbeat");
    }
    return new TimeSetting(s.getAsDouble(), text, d.line());
  }

  private static boolean isMedium(String name) {
    return name.equals("bcast") || name.equals("mcast") || name.equals("mcast6")
        || name.equals("ucast") || name.equals("serial");
  }

  private List<Medium> media(Directive d) {
    List<String> a = d.args();
    return switch (d.name()) {
      case "bcast" -> {
        need(d, 1, "bcast INTERFACE [INTERFACE...]");
        yield a.stream().map(i -> new Medium(Medium.Kind.BCAST, i, Optional.empty(), d.line())).toList();
      }
      case "serial" -> {
        need(d, 1, "serial DEVICE [DEVICE...]");
        yield a.stream().map(i -> new Medium(Medium.Kind.SERIAL, i, Optional.empty(), d.line())).toList();
      }
      case "ucast" -> {
        need(d, 2, "ucast INTERFACE PEER-ADDRESS");
        yield List.of(new Medium(Medium.Kind.UCAST, a.get(0), Optional.of(a.get(1)), d.line()));
      }
      default -> {
        need(d, 5, d.name() + " INTERFACE GROUP PORT TTL LOOP");
        yield List.of(new Medium(Medium.Kind.MCAST, a.get(0), Optional.of(a.get(1)), d.line()));
      }
    };
  }

  private void need(Directive d, int args, String usage) {
    if (d.args().size() < args) {
      throw new InputException(file, d.line(), 0, d.name(),
          "'" + d.name() + "' needs " + args + (args == 1 ? " argument" : " arguments"),
          "write it as: " + usage);
    }
  }
}
