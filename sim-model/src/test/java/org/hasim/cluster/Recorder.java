package org.hasim.cluster;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Test observer: integrates each service's downtime by cause and keeps every traced event. */
class Recorder implements ClusterObserver {
  final Map<String, Double> downtime = new HashMap<>();
  final Map<String, Integer> outages = new HashMap<>();
  final Map<OutageCause, Double> byCause = new EnumMap<>(OutageCause.class);
  final Map<Incident, Integer> incidents = new EnumMap<>(Incident.class);
  final List<ClusterEvent> events = new ArrayList<>();
  final List<org.hasim.migration.MigrationRecord> migrations = new ArrayList<>();
  private final Map<String, Double> downSince = new HashMap<>();
  private final Map<String, OutageCause> cause = new HashMap<>();
  double end;

  @Override
  public void serviceDown(String s, OutageCause c, double t) {
    if (downSince.containsKey(s)) {
      close(s, t);
    } else {
      outages.merge(s, 1, Integer::sum);
    }
    downSince.put(s, t);
    cause.put(s, c);
  }

  @Override
  public void serviceUp(String s, double t) {
    if (downSince.containsKey(s)) {
      close(s, t);
      downSince.remove(s);
    }
    downtime.putIfAbsent(s, 0.0);
  }

  private void close(String s, double t) {
    double d = t - downSince.get(s);
    downtime.merge(s, d, Double::sum);
    byCause.merge(cause.get(s), d, Double::sum);
    downSince.put(s, t);
  }

  @Override
  public void incident(Incident kind, String subject, double time) {
    incidents.merge(kind, 1, Integer::sum);
  }

  @Override
  public void migrationFinished(org.hasim.migration.MigrationRecord record) {
    migrations.add(record);
  }

  @Override
  public void onEvent(ClusterEvent e) {
    events.add(e);
  }

  @Override
  public void finish(double time) {
    end = time;
    for (String s : new ArrayList<>(downSince.keySet())) {
      close(s, time);
    }
  }

  double availability(String service) {
    return 1 - downtime.getOrDefault(service, 0.0) / end;
  }

  int incidents(Incident kind) {
    return incidents.getOrDefault(kind, 0);
  }

  <T extends ClusterEvent> List<T> events(Class<T> type) {
    return events.stream().filter(type::isInstance).map(type::cast).toList();
  }
}
