package org.hasim.scenario;

import java.util.Optional;
import org.hasim.failure.Distribution;

/**
 * A probe: traffic that observes what users feel during an observation window (DESIGN §4.7). Times are
 * absolute (from the start of the run, warm-up included), in seconds; sizes in bytes; rates per second
 * or bits/s as named. {@code from} is {@link #CLIENT} (a machine outside the cluster on the service
 * network) or the name of a node (its dom0).
 */
public sealed interface ProbeSpec {
  /** The source that stands for a user's machine outside the cluster. */
  String CLIENT = "client";

  String name();

  /** Where the probe's traffic comes from: {@link #CLIENT} or a node name. */
  String from();

  /** Start of the observation window. */
  double start();

  /** ICMP echo requests at {@code rate} per second, {@code count} of them, each {@code size} bytes. */
  record Ping(String name, String target, String from, double start, double rate, long count, long size,
      double jitter) implements ProbeSpec {
    /** When the last request is sent, plus one interval. */
    public double windowEnd() {
      return start + count / rate;
    }
  }

  /** Datagrams of {@code size} bytes at {@code rate} per second for {@code duration} seconds, one way. */
  record Udp(String name, String target, String from, double start, double rate, double duration, long size,
      double jitter) implements ProbeSpec {
    public long count() {
      return Math.max(1, Math.round(rate * duration));
    }
  }

  /**
   * A bulk TCP transfer of {@code size} bytes between {@code from} and the VM {@code target}, at most
   * {@code rateCap} bits/s ({@code Double.POSITIVE_INFINITY}: as fast as the path allows). Stalls are
   * retransmitted after {@code minRto} with exponential backoff; a transfer not done after {@code timeout}
   * seconds is abandoned. With {@code retry} a transfer interrupted by a restart starts again from zero
   * once the VM answers (as a download tool that retries would); without, it fails.
   */
  record Tcp(String name, String target, String from, double start, long size, double rateCap, double minRto,
      double timeout, boolean retry) implements ProbeSpec {}

  /**
   * A Siege-like closed-loop load: {@code users} concurrent users, each sending a request, waiting for its
   * response and thinking for {@code thinkTime} before the next, for {@code duration} seconds. A request
   * costs {@code webDemand} of CPU on the VM of service {@code web}, which then queries service {@code db}
   * (when given) for {@code dbDemand}. Lost request packets are retransmitted after {@code rto} with
   * backoff; a request not answered within {@code timeout} fails.
   */
  record Web(String name, String from, double start, double duration, int users, Distribution thinkTime,
      String web, Optional<String> db, Distribution webDemand, Distribution dbDemand, double rto,
      double timeout) implements ProbeSpec {}
}
