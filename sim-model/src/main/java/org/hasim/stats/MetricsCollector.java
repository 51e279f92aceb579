package org.hasim.stats;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.hasim.cluster.ClusterObserver;
import org.hasim.cluster.OutageCause;
import org.hasim.probe.ProbeSample;
import org.hasim.migration.MigrationRecord;

/**
 * Measures one replication over the observation window [warmup, warmup + horizon].
 *
 * <p>Rules: a service is up from time 0 until told otherwise. Time before the window (warm-up) and after it is
 * ignored; an interval that straddles a window edge counts only its part inside. An outage counts in the window
 * if it starts inside it ([start, end)); one already in progress at the window start adds its clipped downtime
 * but is not a new outage. {@code serviceDown} on a service that is already down only changes the cause from
 * that instant on, so every second of downtime is attributed to exactly one cause. Incidents count if they
 * happen in [start, end). After {@link #finish} further calls are ignored.
 *
 * <p>Besides the totals it keeps, per service, the outages that started in the window counted by {@link
 * OutageDurationBin} (reported as extra metrics {@code outages.<service>.<bin>}, non-zero bins only, summed
 * over services in large scenarios; an outage still in progress when the window closes counts as {@link
 * OutageDurationBin#ONGOING}), and the record of the
 * first live migration to finish that started in the window (for the timeline chart).
 *
 * <p>Cost: every callback is O(1) and allocates nothing once its service (or extra key) has been seen.
 */
public final class MetricsCollector implements ClusterObserver {
  private static final int CAUSE_COUNT = OutageCause.values().length;
  /** {@code migrations.<outcome>}, built once rather than per migration. */
  private static final Map<MigrationRecord.Outcome, String> OUTCOME_KEYS = outcomeKeys();

  private final double start;
  private final double end;
  private final Map<String, ServiceTrack> tracks = new LinkedHashMap<>();
  private final ServiceTrack[] byIndex;
  private final long[] incidents = new long[Incident.values().length];
  private final Map<String, double[]> extra = new HashMap<>();
  private List<ProbeSample> series;
  private double finishedAt = Double.NaN;
  private org.hasim.migration.MigrationRecord firstMigration;

  /** A collector for {@code services} (scenario order) observed for {@code horizon} s after {@code warmup} s. */
  public MetricsCollector(List<String> services, double warmup, double horizon) {
    if (!(warmup >= 0) || !(horizon > 0) || Double.isInfinite(warmup + horizon)) {
      throw new IllegalArgumentException("need warmup >= 0 and a finite horizon > 0: " + warmup + ", " + horizon);
    }
    this.start = warmup;
    this.end = warmup + horizon;
    for (String s : services) {
      track(s);
    }
    this.byIndex = tracks.values().toArray(new ServiceTrack[0]);
  }

  @Override
  public void serviceDown(int index, String service, OutageCause cause, double time) {
    ServiceTrack t = indexed(index, service);
    if (t == null) {
      serviceDown(service, cause, time);
    } else if (!finished()) {
      down(t, cause, time);
    }
  }

  @Override
  public void serviceUp(int index, String service, double time) {
    ServiceTrack t = indexed(index, service);
    if (t == null) {
      serviceUp(service, time);
    } else if (!finished()) {
      up(t, time);
    }
  }

  /** The track at {@code index} when it is {@code service}'s (the collector was built in scenario order). */
  private ServiceTrack indexed(int index, String service) {
    if (index >= 0 && index < byIndex.length && byIndex[index].name.equals(service)) {
      return byIndex[index];
    }
    return null;
  }

  @Override
  public void serviceDown(String service, OutageCause cause, double time) {
    if (finished()) {
      return;
    }
    down(track(service), cause, time);
  }

  private void down(ServiceTrack t, OutageCause cause, double time) {
    Objects.requireNonNull(cause, "cause");
    t.advanceTo(time);
    if (!t.down) {
      t.outageStart = time;
      t.outageCounted = time >= start && time < end;
      if (t.outageCounted) {
        t.outages++;
      }
    }
    t.down = true;
    t.cause = cause;
  }

  @Override
  public void serviceUp(String service, double time) {
    if (finished()) {
      return;
    }
    up(track(service), time);
  }

  private void up(ServiceTrack t, double time) {
    t.advanceTo(time);
    if (t.down && t.outageCounted) {
      t.durationBins[OutageDurationBin.of(time - t.outageStart).ordinal()]++;
    }
    t.down = false;
    t.cause = null;
  }

  @Override
  public void incident(Incident kind, String subject, double time) {
    if (!finished() && inWindow(time)) {
      incidents[kind.ordinal()]++;
    }
  }

  /** Closes the observation at {@code time} (or at the window end, if that comes first). */
  @Override
  public void finish(double time) {
    if (finished()) {
      return;
    }
    double stop = Math.max(start, Math.min(time, end));
    for (ServiceTrack t : tracks.values()) {
      t.advanceTo(Math.max(stop, t.since)); // a change after the window end has nothing left to credit
    }
    finishedAt = stop;
  }

  /** Whether {@code time} lies in the observation window [warmup, warmup + horizon). */
  public boolean inWindow(double time) {
    return time >= start && time < end;
  }

  /**
   * Adds {@code amount} to the extra metric {@code key} (created at zero on first use). Keys are dotted,
   * {@code group.name}: the group {@code migrations} or {@code probes} says where the value is reported. The
   * caller decides whether an event counts (see {@link #inWindow}).
   */
  public void addExtra(String key, double amount) {
    double[] cell = extra.get(key);
    if (cell == null) {
      cell = new double[1];
      extra.put(key, cell);
    }
    cell[0] += amount;
  }

  /**
   * Keeps the probes' time series (every packet and request of their windows) in the result. Meant for one
   * replication (replication 0): the series of the others are dropped so memory stays small.
   */
  public MetricsCollector keepSeries() {
    if (series == null) {
      series = new ArrayList<>();
    }
    return this;
  }

  @Override
  public boolean keepsProbeSamples() {
    return series != null;
  }

  /** A probe's time-series point: kept only when {@link #keepSeries()} was called. */
  @Override
  public void probeSample(ProbeSample sample) {
    if (series != null && !finished()) {
      series.add(sample);
    }
  }

  /**
   * A probe's summary figure, added as the extra metric {@code probes.<probe>.<metric>}. Probes have their
   * own observation windows (which may lie in the warm-up), so it counts whatever its time.
   */
  @Override
  public void probeSummary(String probe, String metric, double value) {
    if (!finished()) {
      addExtra("probes." + probe + "." + metric, value);
    }
  }

  private static Map<MigrationRecord.Outcome, String> outcomeKeys() {
    EnumMap<MigrationRecord.Outcome, String> keys = new EnumMap<>(MigrationRecord.Outcome.class);
    for (MigrationRecord.Outcome o : MigrationRecord.Outcome.values()) {
      keys.put(o, "migrations." + o.name().toLowerCase(java.util.Locale.ROOT));
    }
    return java.util.Collections.unmodifiableMap(keys);
  }

  /** Live migrations that started inside the window, summed per replication under {@code migrations.*}. */
  @Override
  public void migrationFinished(org.hasim.migration.MigrationRecord record) {
    if (!inWindow(record.start())) {
      return;
    }
    if (firstMigration == null) {
      firstMigration = record;
    }
    addExtra("migrations.count", 1);
    addExtra(OUTCOME_KEYS.get(record.outcome()), 1);
    addExtra("migrations.total_time_s", record.totalTime());
    addExtra("migrations.downtime_s", record.downtime());
    addExtra("migrations.bytes_sent", record.bytesSent());
    addExtra("migrations.rounds", record.rounds().size());
  }

  /** The measurements; closes the observation at the window end if {@link #finish} was not called. */
  public ReplicationResult result(int replication) {
    finish(end);
    List<ServiceOutcome> services = new ArrayList<>(tracks.size());
    for (ServiceTrack t : tracks.values()) {
      services.add(t.outcome());
    }
    EnumMap<Incident, Long> byKind = new EnumMap<>(Incident.class);
    for (Incident kind : Incident.values()) {
      byKind.put(kind, incidents[kind.ordinal()]);
    }
    Map<String, Double> extras = new HashMap<>();
    extra.forEach((k, v) -> extras.put(k, v[0]));
    putDurationBins(extras);
    return new ReplicationResult(replication, finishedAt - start, services, byKind, extras,
        java.util.Optional.ofNullable(firstMigration), series == null ? List.of() : series);
  }

  /**
   * The non-zero outage-duration bins as extras: per service, or summed over all services when there are
   * more than {@link OutageDurationBin#PER_SERVICE_LIMIT}.
   */
  private void putDurationBins(Map<String, Double> extras) {
    boolean perService = tracks.size() <= OutageDurationBin.PER_SERVICE_LIMIT;
    long[] total = new long[OutageDurationBin.values().length];
    for (ServiceTrack t : tracks.values()) {
      for (OutageDurationBin bin : OutageDurationBin.values()) {
        long count = t.durationCount(bin);
        total[bin.ordinal()] += count;
        if (perService && count > 0) {
          extras.put(bin.extraKey(t.name), (double) count);
        }
      }
    }
    if (!perService) {
      for (OutageDurationBin bin : OutageDurationBin.values()) {
        if (total[bin.ordinal()] > 0) {
          extras.put(bin.extraKey(OutageDurationBin.ALL_SERVICES), (double) total[bin.ordinal()]);
        }
      }
    }
  }

  private boolean finished() {
    return !Double.isNaN(finishedAt);
  }

  private ServiceTrack track(String service) {
    ServiceTrack t = tracks.get(service);
    if (t == null) {
      t = new ServiceTrack(service);
      tracks.put(service, t);
    }
    return t;
  }

  /** One service's state and its accumulated, window-clipped times. */
  private final class ServiceTrack {
    final String name;
    final double[] downByCause = new double[CAUSE_COUNT];
    boolean down;
    OutageCause cause;
    double since;
    double up;
    long outages;
    double outageStart;
    boolean outageCounted;
    final long[] durationBins = new long[OutageDurationBin.values().length];

    ServiceTrack(String name) {
      this.name = name;
    }

    /** Credits [since, time] (clipped to the window) to the current state. */
    void advanceTo(double time) {
      if (time < since) {
        throw new IllegalArgumentException(
            "time went backwards for service '" + name + "': " + time + " < " + since);
      }
      double clipped = Math.min(time, end) - Math.max(since, start);
      if (clipped > 0) {
        if (down) {
          downByCause[cause.ordinal()] += clipped;
        } else {
          up += clipped;
        }
      }
      since = time;
    }

    /** Outages in {@code bin}; one still in progress counts as {@link OutageDurationBin#ONGOING}. */
    long durationCount(OutageDurationBin bin) {
      long count = durationBins[bin.ordinal()];
      return bin == OutageDurationBin.ONGOING && down && outageCounted ? count + 1 : count;
    }

    ServiceOutcome outcome() {
      double downtime = 0;
      EnumMap<OutageCause, Double> byCause = new EnumMap<>(OutageCause.class);
      for (OutageCause c : OutageCause.values()) {
        downtime += downByCause[c.ordinal()];
        byCause.put(c, downByCause[c.ordinal()]);
      }
      return new ServiceOutcome(name, up, downtime, outages, byCause);
    }
  }
}
