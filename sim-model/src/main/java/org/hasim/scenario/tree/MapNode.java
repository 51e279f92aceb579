package org.hasim.scenario.tree;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** A map with keys in file order (the reader refuses duplicate keys). */
public record MapNode(List<Entry> entries, Location location) implements Node {

  /** One key (with where the key itself was written) and its value. */
  public record Entry(String key, Location keyLocation, Node value) {}

  public MapNode {
    entries = List.copyOf(entries);
  }

  @Override
  public String kindName() {
    return "a map";
  }

  public Optional<Entry> entry(String key) {
    return entries.stream().filter(e -> e.key().equals(key)).findFirst();
  }

  /** The value of {@code key}, empty when the key is absent or its value is null. */
  public Optional<Node> get(String key) {
    return entry(key).map(Entry::value).filter(v -> !v.isNull());
  }

  public List<String> keys() {
    return entries.stream().map(Entry::key).toList();
  }

  /** A copy with {@code key} set to {@code value}: replaced in place if present, appended otherwise. */
  public MapNode with(String key, Location keyLocation, Node value) {
    List<Entry> copy = new ArrayList<>(entries);
    Entry e = new Entry(key, keyLocation, value);
    for (int i = 0; i < copy.size(); i++) {
      if (copy.get(i).key().equals(key)) {
        copy.set(i, e);
        return new MapNode(copy, location);
      }
    }
    copy.add(e);
    return new MapNode(copy, location);
  }

  /** A copy without {@code key}. */
  public MapNode without(String key) {
    return new MapNode(entries.stream().filter(e -> !e.key().equals(key)).toList(), location);
  }
}
