package org.hasim.config.cib;

import java.util.List;

/** A {@code <node>} of the CIB: its uname, instance attributes and utilization. */
public record CibNode(String id, String uname, int line, List<NvPair> attributes,
    List<NvPair> utilization) {}
