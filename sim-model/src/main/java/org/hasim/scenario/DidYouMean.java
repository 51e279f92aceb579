package org.hasim.scenario;

import java.util.Collection;
import java.util.Locale;
import java.util.Optional;

/**
 * Suggests the intended word for a misspelt one: the closest candidate within edit distance 2, otherwise
 * the candidate sharing the longest common prefix (at least 3 characters, or the whole shorter word).
 */
public final class DidYouMean {
  private static final int MAX_DISTANCE = 2;
  private static final int MIN_PREFIX = 3;

  private DidYouMean() {}

  /** The best suggestion for {@code given} among {@code candidates}, if any is close enough. */
  public static Optional<String> suggest(String given, Collection<String> candidates) {
    String g = given.toLowerCase(Locale.ROOT);
    String best = null;
    int bestDistance = Integer.MAX_VALUE;
    for (String c : candidates) {
      int d = levenshtein(g, c.toLowerCase(Locale.ROOT));
      if (d < bestDistance) {
        bestDistance = d;
        best = c;
      }
    }
    if (best != null && bestDistance <= MAX_DISTANCE && bestDistance < Math.max(g.length(), 2)) {
      return Optional.of(best);
    }
    return longestPrefixMatch(g, candidates);
  }

  /** "did you mean 'x'? " or "" — ready to prepend to a list of allowed values. */
  public static String phrase(String given, Collection<String> candidates) {
    return suggest(given, candidates).map(s -> "did you mean '" + s + "'? ").orElse("");
  }

  private static Optional<String> longestPrefixMatch(String g, Collection<String> candidates) {
    String best = null;
    int bestLength = 0;
    for (String c : candidates) {
      String lc = c.toLowerCase(Locale.ROOT);
      int p = commonPrefix(g, lc);
      boolean enough = p >= MIN_PREFIX || (p >= 2 && p == Math.min(g.length(), lc.length()));
      if (enough && p > bestLength) {
        bestLength = p;
        best = c;
      }
    }
    return Optional.ofNullable(best);
  }

  private static int commonPrefix(String a, String b) {
    int n = Math.min(a.length(), b.length());
    int i = 0;
    while (i < n && a.charAt(i) == b.charAt(i)) {
      i++;
    }
    return i;
  }

  /** Classic edit distance (insert, delete, substitute), two rows. */
  static int levenshtein(String a, String b) {
    int[] prev = new int[b.length() + 1];
    int[] cur = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) {
      prev[j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      cur[0] = i;
      for (int j = 1; j <= b.length(); j++) {
        int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
      }
      int[] t = prev;
      prev = cur;
      cur = t;
    }
    return prev[b.length()];
  }
}
