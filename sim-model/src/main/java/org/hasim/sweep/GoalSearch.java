package org.hasim.sweep;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.hasim.stats.ExperimentResult;
import org.hasim.stats.Statistic;

/**
 * Finds the least value of one parameter whose result meets a {@link Goal}, assuming the goal is monotone in
 * the parameter (not met up to some value, met from there on), as availability is in the number of nodes,
 * crews, coverage or bandwidth. Over a list of candidates it is a binary search: the largest is tried
 * first (if it fails nothing does better), then the interval is halved. Over the integers from a lower
 * bound it tries the bound, then gallops upwards (bound + 1, + 3, + 7, …) until the goal is met and binary
 * searches the last gap. Each value is evaluated at most once; the evidence lists every value tried.
 */
public final class GoalSearch {
  private final Goal goal;
  private final Function<String, ExperimentResult> evaluate;
  private final Map<String, ExperimentResult> tried = new LinkedHashMap<>();

  /** One value tried: the goal's statistic there and whether it met the goal. */
  public record Evidence(String value, ExperimentResult result, Statistic statistic, boolean met) {}

  /** The least value meeting the goal (empty when none tried does) and the evidence, in value order. */
  public record Outcome(Optional<String> answer, List<Evidence> evidence) {
    public Outcome {
      evidence = List.copyOf(evidence);
    }
  }

  /** A search deciding with {@code goal}, getting each value's result from {@code evaluate}. */
  public GoalSearch(Goal goal, Function<String, ExperimentResult> evaluate) {
    this.goal = goal;
    this.evaluate = evaluate;
  }

  /** The least of {@code candidates} (in increasing order) meeting the goal. */
  public Outcome overCandidates(List<String> candidates) {
    Optional<String> answer = Optional.empty();
    if (!candidates.isEmpty() && met(candidates.get(candidates.size() - 1))) {
      int lo = 0;
      int hi = candidates.size() - 1; // invariant: candidates[hi] meets the goal, all below lo do not
      while (lo < hi) {
        int mid = (lo + hi) >>> 1;
        if (met(candidates.get(mid))) {
          hi = mid;
        } else {
          lo = mid + 1;
        }
      }
      answer = Optional.of(candidates.get(hi));
    }
    return outcome(answer, Comparator.comparingInt(candidates::indexOf));
  }

  /** The least integer in [{@code from}, {@code max}] meeting the goal. */
  public Outcome overIntegers(long from, long max) {
    if (from > max) {
      throw new IllegalArgumentException("empty range " + from + ".." + max);
    }
    Optional<String> answer = Optional.empty();
    if (met(Long.toString(from))) {
      answer = Optional.of(Long.toString(from));
    } else {
      long failed = from;
      long step = 1;
      while (failed < max) {
        long next = Math.min(max, failed + step);
        if (met(Long.toString(next))) {
          answer = Optional.of(Long.toString(leastBetween(failed + 1, next)));
          break;
        }
        failed = next;
        step *= 2;
      }
    }
    return outcome(answer, Comparator.comparingLong(Long::parseLong));
  }

  /** The least value in [lo, hi] meeting the goal, knowing that hi does and lo − 1 does not. */
  private long leastBetween(long lo, long hi) {
    while (lo < hi) {
      long mid = lo + (hi - lo) / 2;
      if (met(Long.toString(mid))) {
        hi = mid;
      } else {
        lo = mid + 1;
      }
    }
    return hi;
  }

  private boolean met(String value) {
    return goal.met(tried.computeIfAbsent(value, evaluate));
  }

  private Outcome outcome(Optional<String> answer, Comparator<String> order) {
    List<Evidence> evidence = new ArrayList<>();
    tried.forEach((v, r) -> evidence.add(new Evidence(v, r,
        goal.statistic(r).orElse(Statistic.undefined()), goal.met(r))));
    evidence.sort(Comparator.comparing(Evidence::value, order));
    return new Outcome(answer, evidence);
  }
}
