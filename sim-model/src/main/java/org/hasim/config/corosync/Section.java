package org.hasim.config.corosync;

import java.util.List;
import java.util.Optional;

/** A {@code name { ... }} block of corosync.conf (the root has an empty name and line 0). */
public record Section(String name, int line, List<Entry> entries, List<Section> sections) {
  /** A {@code key: value} line. */
  public record Entry(String key, String value, int line) {}

  public Section {
    entries = List.copyOf(entries);
    sections = List.copyOf(sections);
  }

  /** The last entry with this key (corosync keeps the last value of a repeated key). */
  public Optional<Entry> entry(String key) {
    Entry found = null;
    for (Entry e : entries) {
      if (e.key().equals(key)) {
        found = e;
      }
    }
    return Optional.ofNullable(found);
  }

  /** The first sub-section with this name. */
  public Optional<Section> section(String name) {
    return sections.stream().filter(s -> s.name().equals(name)).findFirst();
  }

  /** All sub-sections with this name. */
  public List<Section> all(String name) {
    return sections.stream().filter(s -> s.name().equals(name)).toList();
  }
}
