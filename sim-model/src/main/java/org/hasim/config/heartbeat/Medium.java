package org.hasim.config.heartbeat;

import java.util.Optional;

/**
 * A heartbeat communication path: {@code bcast IF}, {@code mcast IF GROUP PORT TTL LOOP}, {@code ucast IF
 * PEER} or {@code serial DEVICE}. {@code device} is the interface or serial port, {@code address} the peer
 * (ucast) or group (mcast) address.
 */
public record Medium(Kind kind, String device, Optional<String> address, int line) {
  /** The Heartbeat media types. */
  public enum Kind {
    BCAST,
    MCAST,
    UCAST,
    SERIAL
  }
}
