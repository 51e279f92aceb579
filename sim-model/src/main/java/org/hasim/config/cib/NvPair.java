package org.hasim.config.cib;

import java.util.List;
import java.util.Optional;

/** A CIB {@code <nvpair name=... value=...>} and its line. */
public record NvPair(String name, String value, int line) {
  /** The last pair called exactly {@code name} in {@code pairs} (resource parameters, attributes). */
  public static Optional<NvPair> find(List<NvPair> pairs, String name) {
    NvPair found = null;
    for (NvPair p : pairs) {
      if (p.name().equals(name)) {
        found = p;
      }
    }
    return Optional.ofNullable(found);
  }

  /**
   * The last cluster option or meta attribute called {@code name} (dashed form); Pacemaker's old
   * underscore spellings ({@code no_quorum_policy}, {@code allow_migrate}) count as the dashed ones.
   */
  public static Optional<NvPair> findOption(List<NvPair> pairs, String name) {
    NvPair found = null;
    for (NvPair p : pairs) {
      if (p.name().replace('_', '-').equals(name)) {
        found = p;
      }
    }
    return Optional.ofNullable(found);
  }
}
