package org.hasim.probe;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.hasim.cluster.Node;
import org.hasim.engine.SimClock;
import org.hasim.network.Link;
import org.hasim.scenario.ProbeSpec;
import org.hasim.vm.Vm;
import org.hasim.vm.VmState;
import umontreal.ssj.rng.RandomStream;

/**
 * A Siege-like closed-loop load (DESIGN §4.7): {@code users} users, each sending one request, waiting for
 * the response (or the failure), thinking, and sending the next, until {@code duration} has passed since
 * the window opened. A request travels client → web VM (network), is served by the web tier ({@link Tier}:
 * its VM's vCPUs on its host's CPUs), then, with a db service, goes web host → db host (no network when
 * both VMs share a host), is served by the db tier, comes back to the web VM and returns to the client.
 *
 * <p>A request packet that finds its destination VM paused (live migration) is lost and retransmitted
 * after {@code rto}, 2·rto, 4·rto, … until the VM serves again: a longer response, no failure. A
 * destination VM that is down any other way (shut down, booting, crashed) refuses the connection: the
 * transaction fails, as Siege counts it; so does one not answered within {@code timeout} (checked at each
 * retransmission) and every request inside a tier whose VM goes down.
 *
 * <p>Each user draws from its own stream {@code probe.<name>.user<i>}, three numbers per request (think
 * time, web demand, db demand) when it is created, so user i's k-th request has the same think time and
 * demands in every variant of a scenario.
 *
 * <p>Reported as Siege does: transactions (successful), failed transactions, availability =
 * transactions / (transactions + failed) in percent, response time (successful ones) mean, p50, p95, p99
 * and max, and the transaction rate over the load's duration. Requests still open when the run ends are
 * not counted.
 */
public final class WebLoadProbe implements Probe {
  private final ProbeContext ctx;
  private final SimClock clock;
  private final ProbeSpec.Web spec;
  private final Tier web;
  private final Optional<Tier> db;
  private final Map<Node, HostCpu> cpus = new HashMap<>();
  private final Consumer<Vm> listener = this::vmChanged;
  private final Samples responses = new Samples();
  private long failed;
  private int activeUsers;
  private double stopAt;
  private boolean open;

  WebLoadProbe(ProbeContext ctx, ProbeSpec.Web spec, Vm webVm, Optional<Vm> dbVm) {
    this.ctx = ctx;
    this.clock = ctx.clock();
    this.spec = spec;
    this.web = new Tier(webVm, ctx.cluster(), this::cpuOf);
    this.db = dbVm.map(v -> new Tier(v, ctx.cluster(), this::cpuOf));
  }

  private HostCpu cpuOf(Node node) {
    return cpus.computeIfAbsent(node, n -> new HostCpu(clock, n));
  }

  @Override
  public double start() {
    return spec.start();
  }

  @Override
  public void begin() {
    open = true;
    stopAt = clock.now() + spec.duration();
    ctx.ops().addStateListener(listener);
    for (int i = 0; i < spec.users(); i++) {
      User u = new User(ctx.streams().get("probe." + spec.name() + ".user" + i));
      activeUsers++;
      u.next();
    }
  }

  private void vmChanged(Vm vm) {
    if (vm == web.vm()) {
      web.vmChanged();
    }
    db.filter(t -> t.vm() == vm).ifPresent(Tier::vmChanged);
  }

  /** One simulated Siege user: a request at a time, think time in between. */
  private final class User {
    private final RandomStream stream;
    private double think;

    User(RandomStream stream) {
      this.stream = stream;
      this.think = spec.thinkTime().sample(stream); // the first request starts after one think time too
    }

    void next() {
      clock.schedule(think, () -> {
        if (clock.now() >= stopAt) {
          userDone();
          return;
        }
        double webDemand = spec.webDemand().sample(stream);
        double dbDemand = spec.dbDemand().sample(stream);
        think = spec.thinkTime().sample(stream);
        new Request(this, clock.now(), webDemand, dbDemand).send();
      });
    }
  }

  private void userDone() {
    if (--activeUsers == 0) {
      report();
    }
  }

  /** One transaction: client → web [→ db → web] → client. */
  private final class Request {
    private final User user;
    private final double sentAt;
    private final double webDemand;
    private final double dbDemand;
    private boolean settled;

    Request(User user, double sentAt, double webDemand, double dbDemand) {
      this.user = user;
      this.sentAt = sentAt;
      this.webDemand = webDemand;
      this.dbDemand = dbDemand;
    }

    void send() {
      deliver(web.vm(), () -> ctx.pathTo(spec.from(), web.vm()), 0, () -> web.arrive(work(webDemand,
          this::afterWeb)));
    }

    private void afterWeb() {
      if (db.isEmpty()) {
        respond();
        return;
      }
      Tier d = db.get();
      deliver(d.vm(), () -> hop(web.vm(), d.vm()), 0, () -> d.arrive(work(dbDemand,
          () -> deliver(web.vm(), () -> hop(d.vm(), web.vm()), 0, this::respond))));
    }

    private void respond() {
      Optional<List<Link>> path = ctx.pathTo(spec.from(), web.vm());
      if (path.isEmpty()) {
        fail();
        return;
      }
      clock.schedule(ctx.delay(path.get(), 0), this::succeed);
    }

    /**
     * Sends a packet to {@code vm} over the path {@code path} gives when it leaves; on arrival at a
     * serving VM runs {@code arrived}. A paused VM means a retransmission later; a VM down otherwise, or
     * the timeout, fails the request.
     */
    private void deliver(Vm vm, Supplier<Optional<List<Link>>> path, int attempt,
        Runnable arrived) {
      if (settled) {
        return;
      }
      if (clock.now() - sentAt > spec.timeout()) {
        fail();
        return;
      }
      if (vm.state() == VmState.PAUSED) {
        retransmit(vm, path, attempt, arrived);
        return;
      }
      Optional<List<Link>> p = vm.state().isServing() ? path.get() : Optional.empty();
      if (p.isEmpty()) {
        fail(); // connection refused: nothing listens at the VM's address
        return;
      }
      clock.schedule(ctx.delay(p.get(), 0), () -> {
        if (settled) {
          return;
        }
        if (vm.state().isServing()) {
          arrived.run();
        } else if (vm.state() == VmState.PAUSED) {
          retransmit(vm, path, attempt, arrived);
        } else {
          fail();
        }
      });
    }

    private void retransmit(Vm vm, Supplier<Optional<List<Link>>> path, int attempt,
        Runnable arrived) {
      double wait = Math.min(TcpTransferProbe.MAX_RTO, spec.rto() * Math.pow(2, attempt));
      clock.schedule(wait, () -> deliver(vm, path, attempt + 1, arrived));
    }

    private Optional<List<Link>> hop(Vm a, Vm b) {
      Optional<Node> ha = ctx.cluster().hostOf(a);
      Optional<Node> hb = ctx.cluster().hostOf(b);
      if (ha.isEmpty() || hb.isEmpty()) {
        return Optional.empty();
      }
      return ctx.networks().servicePath(ha.get().name(), hb.get().name());
    }

    private Tier.Work work(double demand, Runnable then) {
      return new Tier.Work() {
        @Override
        public double demand() {
          return demand;
        }

        @Override
        public void served() {
          if (!settled) {
            then.run();
          }
        }

        @Override
        public void failed() {
          fail();
        }
      };
    }

    private void succeed() {
      if (settled) {
        return;
      }
      settled = true;
      double ms = (clock.now() - sentAt) * 1000;
      if (open) {
        responses.add(ms);
        ctx.sample(spec.name(), sentAt, ProbeSample.RESPONSE, ms);
      }
      user.next();
    }

    private void fail() {
      if (settled) {
        return;
      }
      settled = true;
      if (open) {
        failed++;
        ctx.sample(spec.name(), sentAt, ProbeSample.FAILED, 1);
      }
      user.next();
    }
  }

  @Override
  public void close(double time) {
    report();
  }

  private void report() {
    if (!open) {
      return;
    }
    open = false;
    ctx.ops().removeStateListener(listener);
    long ok = responses.size();
    summary("transactions", ok);
    summary("failed", failed);
    summary("availability_pct", ok + failed == 0 ? 100.0 : 100.0 * ok / (ok + failed));
    summary("transaction_rate_per_s", ok / spec.duration());
    if (!responses.isEmpty()) {
      summary("response_mean_ms", responses.mean());
      summary("response_p50_ms", responses.percentile(0.50));
      summary("response_p95_ms", responses.percentile(0.95));
      summary("response_p99_ms", responses.percentile(0.99));
      summary("response_max_ms", responses.max());
    }
  }

  private void summary(String metric, double value) {
    ctx.observer().probeSummary(spec.name(), metric, value);
  }
}
