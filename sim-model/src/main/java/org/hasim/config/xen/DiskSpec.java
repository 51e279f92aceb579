package org.hasim.config.xen;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * One entry of {@code disk = [...]} read as xl-disk-configuration(5) does: comma-separated {@code
 * key=value} pairs, flags and positional parameters in the order target, format, vdev, access. With one of
 * the deprecated xend prefixes on the target ({@code phy:}, {@code file:}, {@code tap:aio:}, {@code raw:},
 * ...) the positional order is target, vdev, access, as in {@code 'phy:/dev/vg/x0,xvda,w'}.
 */
public record DiskSpec(String text, Optional<String> target, Optional<String> vdev, int line) {
  private static final Set<String> FLAGS =
      Set.of("cdrom", "direct-io-safe", "discard", "no-discard", "colo");
  private static final Set<String> FORMATS = Set.of("raw", "qcow", "qcow2", "vhd", "qed", "empty", "");
  private static final Set<String> PREFIXES =
      Set.of("phy", "file", "tap", "tap2", "aio", "ioemu", "tapdisk", "raw", "qcow", "qcow2", "vhd",
          "iscsi", "nbd", "enbd", "drbd");

  /** Reads one disk specification string. */
  public static DiskSpec parse(String text, int line) {
    String target = null;
    String vdev = null;
    boolean deprecatedPrefix = false;
    int positional = 0;
    List<String> parts = new ArrayList<>(List.of(text.split(",", -1)));
    for (int i = 0; i < parts.size(); i++) {
      String p = parts.get(i).strip();
      int eq = p.indexOf('=');
      if (eq > 0) {
        String key = p.substring(0, eq).strip().toLowerCase(Locale.ROOT);
        String value = p.substring(eq + 1).strip();
        if (key.equals("target")) {
          // target= takes the rest of the string, commas included.
          target = String.join(",", parts.subList(i, parts.size())).strip().substring("target=".length());
          break;
        }
        if (key.equals("vdev")) {
          vdev = value;
        }
        continue;
      }
      if (FLAGS.contains(p.toLowerCase(Locale.ROOT))) {
        continue;
      }
      if (positional == 0) {
        target = p;
        deprecatedPrefix = hasDeprecatedPrefix(p);
        positional = deprecatedPrefix ? 2 : 1;
      } else if (positional == 1) {
        if (!FORMATS.contains(p.toLowerCase(Locale.ROOT)) && looksLikeVdev(p)) {
          vdev = stripDevtype(p); // xend order without a prefix: target, vdev, access
          positional = 3;
        } else {
          positional = 2;
        }
      } else if (positional == 2) {
        vdev = p.isEmpty() ? null : stripDevtype(p);
        positional = 3;
      } else {
        positional++;
      }
    }
    return new DiskSpec(text, Optional.ofNullable(target).filter(t -> !t.isEmpty()),
        Optional.ofNullable(vdev).filter(v -> !v.isEmpty()), line);
  }

  private static boolean hasDeprecatedPrefix(String target) {
    int colon = target.indexOf(':');
    return colon > 0 && PREFIXES.contains(target.substring(0, colon).toLowerCase(Locale.ROOT));
  }

  private static boolean looksLikeVdev(String p) {
    return stripDevtype(p).matches("(xvd|hd|sd|vd)[a-z]+[0-9]*|d[0-9]+(p[0-9]+)?");
  }

  private static String stripDevtype(String p) {
    int colon = p.indexOf(':');
    return colon > 0 ? p.substring(0, colon) : p;
  }
}
