package org.hasim.config.cib;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * A {@code <primitive>} resource: agent ({@code class:provider:type}), parameters ({@code
 * instance_attributes}), meta attributes, operations and utilization.
 */
public record Primitive(String id, String cls, String provider, String type, int line,
    List<NvPair> params, List<NvPair> meta, List<Op> ops, List<NvPair> utilization) {

  /** A fencing device: {@code class="stonith"}. */
  public boolean isFencing() {
    return "stonith".equals(cls);
  }

  /** A virtual machine: the Xen or VirtualDomain resource agents. */
  public boolean isVm() {
    String t = type.toLowerCase(Locale.ROOT);
    return !isFencing() && (t.equals("xen") || t.equals("virtualdomain"));
  }

  public Optional<NvPair> param(String name) {
    return NvPair.find(params, name);
  }

  public Optional<NvPair> metaAttr(String name) {
    return NvPair.findOption(meta, name);
  }

  /** The operations with this name (several monitors may differ in interval). */
  public List<Op> ops(String name) {
    return ops.stream().filter(o -> o.name().equals(name)).toList();
  }

  /** The agent as {@code class:provider:type}. */
  public String agent() {
    return cls + (provider.isEmpty() ? "" : ":" + provider) + ":" + type;
  }
}
