package org.hasim.config.rules;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.hasim.config.ConfigSet;
import org.hasim.config.cib.Cib;
import org.hasim.config.cib.NvPair;
import org.hasim.config.cib.Primitive;
import org.hasim.config.corosync.CorosyncConf;
import org.hasim.config.heartbeat.HaCf;
import org.hasim.config.xen.XenDomain;

/**
 * The cluster as the files describe it together: which VM resource goes with which Xen domain file, whether
 * fencing is on, how many nodes there are. Rules read this instead of re-deriving cross-file facts.
 */
public final class ClusterView {
  private final ConfigSet files;
  private final ValidationOptions options;
  private final List<Vm> vms;

  /**
   * A virtual machine: the CIB resource that manages it and/or its domain file. A domain file without a
   * resource is a VM the cluster does not manage (or whose CIB was not given).
   */
  public record Vm(String name, Optional<Primitive> resource, Optional<XenDomain> domain) {}

  public ClusterView(ConfigSet files, ValidationOptions options) {
    this.files = files;
    this.options = options;
    this.vms = matchVms(files);
  }

  public ConfigSet files() {
    return files;
  }

  public ValidationOptions options() {
    return options;
  }

  public Optional<Cib> cib() {
    return files.cibs().stream().findFirst();
  }

  public Optional<HaCf> haCf() {
    return files.haCfs().stream().findFirst();
  }

  public Optional<CorosyncConf> corosync() {
    return files.corosyncs().stream().findFirst();
  }

  public List<Vm> vms() {
    return vms;
  }

  /** VMs managed by the cluster (they have a CIB resource). */
  public List<Vm> managedVms() {
    return vms.stream().filter(v -> v.resource().isPresent()).toList();
  }

  /** Whether the VM's resource has {@code allow-migrate=true} (its own or from rsc_defaults). */
  public boolean allowsMigration(Vm vm) {
    return vm.resource().flatMap(p -> cib().flatMap(c -> c.effectiveMeta(p, "allow-migrate")))
        .map(p -> Cib.isTrue(p.value())).orElse(false);
  }

  /**
   * Whether VM images sit on storage that several nodes reach: any VM managed by the cluster must be
   * startable on every node, so the CIB having VM resources says so; without a CIB, domain files given
   * together with a cluster membership file say the same.
   */
  public boolean vmsShareStorage() {
    if (cib().isPresent()) {
      return !cib().get().vms().isEmpty();
    }
    return !files.domains().isEmpty() && (haCf().isPresent() || corosync().isPresent());
  }

  /**
   * Whether nodes are fenced before their VMs are restarted: from the CIB (stonith-enabled and at least one
   * fencing device), or from ha.cf's own stonith directives when Heartbeat runs without the CRM. Empty
   * when the files given cannot tell.
   */
  public Optional<Boolean> fencingWorks() {
    if (cib().isPresent()) {
      Cib c = cib().get();
      return Optional.of(c.stonithEnabled() && !c.fencingDevices().isEmpty());
    }
    if (haCf().isPresent() && !haCf().get().crmEnabled()) {
      return Optional.of(!haCf().get().stonithDirectives().isEmpty());
    }
    return Optional.empty();
  }

  /** Whether live migration shares the heartbeat network (see rule NW001); empty when unknown. */
  public Optional<Boolean> migrationSharesHeartbeat() {
    return ClusterRules.migrationSharesHeartbeat(this);
  }

  /** Node names per file that lists nodes, in the order given. */
  public Map<String, List<NodeRef>> nodesByFile() {
    Map<String, List<NodeRef>> out = new LinkedHashMap<>();
    for (HaCf h : files.haCfs()) {
      out.put(h.file(), h.nodes().stream().map(n -> new NodeRef(n.name(), h.file(), n.line())).toList());
    }
    for (CorosyncConf c : files.corosyncs()) {
      if (!c.nodes().isEmpty() && c.nodes().stream().allMatch(n -> n.name().isPresent())) {
        out.put(c.file(), c.nodes().stream()
            .map(n -> new NodeRef(n.name().get(), c.file(), n.line())).toList());
      }
    }
    for (Cib c : files.cibs()) {
      if (!c.nodes().isEmpty()) {
        out.put(c.file(), c.nodes().stream().map(n -> new NodeRef(n.uname(), c.file(), n.line())).toList());
      }
    }
    return out;
  }

  /** A node name and where it was written. */
  public record NodeRef(String name, String file, int line) {}

  /** The number of nodes: the largest count any file gives (0 when none lists nodes). */
  public int nodeCount() {
    int n = 0;
    for (List<NodeRef> l : nodesByFile().values()) {
      n = Math.max(n, (int) l.stream().map(NodeRef::name).distinct().count());
    }
    if (n == 0) {
      for (CorosyncConf c : files.corosyncs()) {
        n = Math.max(n, c.nodes().size());
      }
    }
    return n;
  }

  /** A fencing delay protects two-node clusters from both nodes shooting each other at once. */
  public boolean hasFencingDelay() {
    return cib().map(c -> c.property("priority-fencing-delay").filter(p -> positive(p.value())).isPresent()
        || c.fencingDevices().stream().anyMatch(d ->
            d.param("pcmk_delay_max").or(() -> d.param("pcmk_delay_base"))
                .filter(p -> positive(p.value())).isPresent()))
        .orElse(false);
  }

  private static boolean positive(String v) {
    return org.hasim.config.ConfigQuantities.pacemakerSeconds(v).orElse(0) > 0;
  }

  private static List<Vm> matchVms(ConfigSet files) {
    List<Vm> out = new ArrayList<>();
    List<XenDomain> unmatched = new ArrayList<>(files.domains());
    for (Cib c : files.cibs()) {
      for (Primitive p : c.vms()) {
        Optional<XenDomain> d = unmatched.stream().filter(x -> matches(p, x)).findFirst();
        d.ifPresent(unmatched::remove);
        out.add(new Vm(d.flatMap(XenDomain::name).orElse(p.id()), Optional.of(p), d));
      }
    }
    for (XenDomain d : unmatched) {
      out.add(new Vm(d.name().orElse(baseName(d.file())), Optional.empty(), Optional.of(d)));
    }
    return out;
  }

  /** The Xen agent's own rule: the {@code name} parameter, else the name in {@code xmfile}, else the id. */
  static boolean matches(Primitive p, XenDomain d) {
    Optional<String> file = p.param("xmfile").or(() -> p.param("config")).map(NvPair::value);
    if (file.isPresent() && baseName(file.get()).equals(baseName(d.file()))) {
      return true;
    }
    String name = p.param("name").map(NvPair::value).orElse(p.id());
    return d.name().map(name::equals).orElse(false);
  }

  static String baseName(String path) {
    int slash = Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\'));
    return path.substring(slash + 1);
  }
}
