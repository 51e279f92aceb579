package org.hasim.config.xen;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A parsed Xen domain file. Memory values are MiB in the file ({@code memory = 1024}); {@link
 * #memoryBytes()} converts. A repeated key keeps its last value, as xl does.
 */
public record XenDomain(String file, List<Setting> settings) {
  /** One {@code KEY = VALUE} assignment and its line. */
  public record Setting(String key, XenValue value, int line) {}

  public static final long MIB = 1024L * 1024;

  public Optional<Setting> get(String key) {
    Setting found = null;
    for (Setting s : settings) {
      if (s.key().equals(key)) {
        found = s;
      }
    }
    return Optional.ofNullable(found);
  }

  public Optional<String> name() {
    return get("name").flatMap(s -> s.value().asText()).filter(n -> !n.isBlank());
  }

  /** Memory in MiB as written, when given as a number or numeric string. */
  public Optional<Double> memoryMiB() {
    return get("memory").flatMap(s -> s.value().asNumber());
  }

  public Optional<Double> maxmemMiB() {
    return get("maxmem").flatMap(s -> s.value().asNumber());
  }

  /** Memory in bytes; xl's default when {@code memory} is absent is 128 MiB. */
  public long memoryBytes() {
    return (long) (memoryMiB().orElse(128.0) * MIB);
  }

  /** The disk specifications of {@code disk = [...]} (a single string is accepted as one disk). */
  public List<DiskSpec> disks() {
    List<DiskSpec> out = new ArrayList<>();
    get("disk").ifPresent(s -> {
      List<XenValue> items = s.value() instanceof XenValue.ListOf l ? l.items() : List.of(s.value());
      for (XenValue v : items) {
        v.asText().ifPresent(t -> out.add(DiskSpec.parse(t, s.line())));
      }
    });
    return out;
  }

  /** The text of a string-valued key ({@code on_crash}, {@code on_reboot}, ...). */
  public Optional<String> text(String key) {
    return get(key).flatMap(s -> s.value().asText());
  }

  public Optional<Double> number(String key) {
    return get(key).flatMap(s -> s.value().asNumber());
  }
}
