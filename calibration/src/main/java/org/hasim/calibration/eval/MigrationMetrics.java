package org.hasim.calibration.eval;

import java.util.List;
import java.util.Locale;
import org.hasim.migration.MigrationRecord;

/** The metrics of one calculated migration: downtime_ms, total_time_s, rounds, sent_factor, ... */
final class MigrationMetrics {
  static final List<String> NAMES =
      List.of("downtime_ms", "total_time_s", "rounds", "sent_factor", "bytes_sent_mib", "stop_reason");

  private MigrationMetrics() {}

  static ModelValue read(MigrationRecord r, long memory, String metric) {
    return switch (metric) {
      case "downtime_ms" -> ModelValue.Num.exact(r.downtime() * 1e3);
      case "total_time_s" -> ModelValue.Num.exact(r.totalTime());
      case "rounds" -> ModelValue.Num.exact(r.rounds().size());
      case "sent_factor" -> ModelValue.Num.exact(r.sentFactor(memory));
      case "bytes_sent_mib" -> ModelValue.Num.exact(r.bytesSent() / 1048576.0);
      case "stop_reason" -> new ModelValue.Text(
          r.stopReason().map(s -> s.name().toLowerCase(Locale.ROOT)).orElse("none"));
      default -> new ModelValue.Missing("unknown migration metric '" + metric + "'. "
          + org.hasim.scenario.DidYouMean.phrase(metric, NAMES) + "metrics: " + String.join(", ", NAMES));
    };
  }
}
