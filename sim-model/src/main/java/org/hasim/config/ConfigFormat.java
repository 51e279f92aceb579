package org.hasim.config;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/** The config file formats hasim reads, and how a file's format is told from its name and content. */
public enum ConfigFormat {
  HEARTBEAT("Heartbeat ha.cf"),
  COROSYNC("corosync.conf"),
  CIB("Pacemaker CIB XML"),
  XEN("Xen domain config (xl.cfg / xm)");

  private static final Pattern COROSYNC_SECTION =
      Pattern.compile("(?m)^\\s*(totem|nodelist|quorum|logging)\\s*\\{");
  private static final Pattern XEN_ASSIGNMENT =
      Pattern.compile("(?m)^\\s*(name|memory|maxmem|vcpus|disk|vif|kernel|builder|type|bootloader)"
          + "\\s*=");
  private static final Pattern HEARTBEAT_DIRECTIVE =
      Pattern.compile("(?m)^\\s*(node|keepalive|deadtime|bcast|ucast|mcast|serial|auto_failback|crm"
          + "|pacemaker|initdead|warntime|udpport|logfacility)\\s+\\S");

  private final String label;

  ConfigFormat(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }

  /**
   * The format of a file: by name first ({@code ha.cf}, {@code corosync.conf}, {@code *.xml}), then by
   * content (an XML start, a corosync section, Xen assignments, Heartbeat directives). Empty when neither
   * tells.
   */
  public static Optional<ConfigFormat> detect(String fileName, String head) {
    String name = fileName.toLowerCase(Locale.ROOT);
    if (name.equals("ha.cf") || name.endsWith(".ha.cf") || name.endsWith("-ha.cf")) {
      return Optional.of(HEARTBEAT);
    }
    if (name.startsWith("corosync") && name.endsWith(".conf")) {
      return Optional.of(COROSYNC);
    }
    String text = head.startsWith("\uFEFF") ? head.substring(1) : head;
    if (name.endsWith(".xml") || text.stripLeading().startsWith("<")) {
      return Optional.of(CIB);
    }
    if (COROSYNC_SECTION.matcher(text).find()) {
      return Optional.of(COROSYNC);
    }
    if (XEN_ASSIGNMENT.matcher(text).find()) {
      return Optional.of(XEN);
    }
    if (HEARTBEAT_DIRECTIVE.matcher(text).find()) {
      return Optional.of(HEARTBEAT);
    }
    return Optional.empty();
  }
}
