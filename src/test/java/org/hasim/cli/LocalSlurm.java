package org.hasim.cli;

import java.io.File;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.GroupPrincipal;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermissions;
import java.nio.file.attribute.UserPrincipalLookupService;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * A private single-node Slurm cluster in one folder, for tests: its own munged (as the {@code munge} user, with
 * a fresh key and socket), slurmctld and slurmd (as root, in the foreground) on ports free at start, and a
 * slurm.conf that only commands given {@link #env()} ({@code SLURM_CONF}) talk to. Nothing outside the folder
 * is touched, so several can run on one machine. {@link #close()} cancels this cluster's jobs and stops the
 * daemons it started, by their PIDs.
 */
final class LocalSlurm implements AutoCloseable {
  private static final List<String> DAEMONS = List.of("munged", "slurmctld", "slurmd");
  private static final List<String> CLIENTS = List.of("sbatch", "squeue", "sinfo", "scancel", "scontrol", "setpriv");
  private static final Duration START_TIMEOUT = Duration.ofSeconds(40);

  private final Path dir;
  private final Path conf;
  private final String node;
  private final Map<String, Path> tools;
  private final Deque<Process> daemons = new ArrayDeque<>();

  private LocalSlurm(Path dir, String node, Map<String, Path> tools) {
    this.dir = dir;
    this.conf = dir.resolve("slurm.conf");
    this.node = node;
    this.tools = tools;
  }

  /** Why a private Slurm cannot be started here, or empty when it can (tools installed, running as root). */
  static Optional<String> unavailable() {
    List<String> missing = new ArrayList<>();
    for (String tool : Stream.concat(DAEMONS.stream(), CLIENTS.stream()).toList()) {
      if (find(tool).isEmpty()) {
        missing.add(tool);
      }
    }
    if (!missing.isEmpty()) {
      return Optional.of("not installed: " + String.join(", ", missing)
          + " (Debian packages slurm-wlm and munge; .ci/run installs them)");
    }
    try {
      if (!"0".equals(run(List.of("id", "-u"), Map.of(), Duration.ofSeconds(10)).strip())) {
        return Optional.of("not running as root (slurmd and slurmctld must run as root)");
      }
      run(List.of("id", "-u", "munge"), Map.of(), Duration.ofSeconds(10));
    } catch (IOException e) {
      return Optional.of("no 'munge' user (installed with the Debian package munge): " + e.getMessage());
    }
    return Optional.empty();
  }

  /**
   * Sets up the cluster in {@code dir} (created; the folders above it must be searchable by the munge user)
   * and returns once the node is idle.
   */
  static LocalSlurm start(Path dir) throws IOException {
    Map<String, Path> tools = new LinkedHashMap<>();
    Stream.concat(DAEMONS.stream(), CLIENTS.stream()).forEach(t -> tools.put(t, find(t).orElseThrow()));
    String node = run(List.of("hostname", "-s"), Map.of(), Duration.ofSeconds(10)).strip();
    LocalSlurm slurm = new LocalSlurm(Files.createDirectories(dir), node, tools);
    try {
      slurm.startMunge();
      slurm.writeConf();
      slurm.startDaemon("slurmctld", List.of(tools.get("slurmctld").toString(), "-D", "-f", slurm.conf.toString()));
      slurm.startDaemon("slurmd", List.of(tools.get("slurmd").toString(), "-D", "-f", slurm.conf.toString(),
          "-N", node));
      slurm.awaitIdleNode();
      return slurm;
    } catch (IOException | RuntimeException e) {
      slurm.close();
      throw e;
    }
  }

  /** The environment that points Slurm's commands at this cluster. */
  Map<String, String> env() {
    return Map.of("SLURM_CONF", conf.toString());
  }

  Path dir() {
    return dir;
  }

  /** Runs one of Slurm's commands against this cluster and returns its output (stdout and stderr). */
  String command(String tool, String... args) throws IOException {
    List<String> cmd = new ArrayList<>(List.of(tools.get(tool).toString()));
    cmd.addAll(List.of(args));
    return run(cmd, env(), Duration.ofSeconds(30));
  }

  /** The job completion log (jobcomp/filetxt): one line per finished job or array task. */
  List<String> completedJobs() throws IOException {
    Path log = dir.resolve("log/jobcomp.log");
    return Files.exists(log) ? Files.readAllLines(log) : List.of();
  }

  /** The daemons' logs, for a failure message. */
  String logs() {
    StringBuilder text = new StringBuilder();
    try (Stream<Path> files = Files.list(dir.resolve("log"))) {
      for (Path f : files.sorted().toList()) {
        List<String> lines = Files.readAllLines(f, StandardCharsets.ISO_8859_1);
        text.append("==> ").append(f).append(" <==\n");
        lines.subList(Math.max(0, lines.size() - 30), lines.size()).forEach(l -> text.append(l).append('\n'));
      }
    } catch (IOException e) {
      text.append("(logs unreadable: ").append(e.getMessage()).append(")\n");
    }
    return text.toString();
  }

  /** munged refuses a key readable by others and a socket folder others cannot enter; it runs as munge. */
  private void startMunge() throws IOException {
    Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwxr-xr-x"));
    Path munge = Files.createDirectories(dir.resolve("munge"));
    Files.createDirectories(dir.resolve("log"));
    byte[] key = new byte[1024];
    new SecureRandom().nextBytes(key);
    Path keyFile = Files.write(munge.resolve("munge.key"), key);
    Files.setPosixFilePermissions(keyFile, PosixFilePermissions.fromString("r--------"));
    Files.setPosixFilePermissions(munge, PosixFilePermissions.fromString("rwxr-xr-x"));
    UserPrincipalLookupService users = dir.getFileSystem().getUserPrincipalLookupService();
    GroupPrincipal group = users.lookupPrincipalByGroupName("munge");
    for (Path p : List.of(munge, keyFile)) {
      Files.setOwner(p, users.lookupPrincipalByName("munge"));
      Files.getFileAttributeView(p, PosixFileAttributeView.class).setGroup(group);
    }
    startDaemon("munged", List.of(tools.get("setpriv").toString(), "--reuid=munge", "--regid=munge",
        "--init-groups", tools.get("munged").toString(), "--foreground",
        "--key-file=" + keyFile, "--socket=" + socket(), "--pid-file=" + munge.resolve("munged.pid"),
        "--log-file=" + munge.resolve("munged.log"), "--seed-file=" + munge.resolve("munged.seed")));
    long deadline = System.nanoTime() + START_TIMEOUT.toNanos();
    while (!Files.exists(socket())) {
      if (!daemons.peek().isAlive() || System.nanoTime() > deadline) {
        throw new IOException("munged did not start\n" + logs());
      }
      sleep(100);
    }
  }

  private Path socket() {
    return dir.resolve("munge/munge.socket");
  }

  private void writeConf() throws IOException {
    for (String sub : List.of("state", "spool")) {
      Files.createDirectories(dir.resolve(sub));
    }
    int cpus = Runtime.getRuntime().availableProcessors();
    long memoryMiB = totalMemoryKiB() / 1024 * 8 / 10;
    String text = String.join("\n",
        "# A private single-node cluster for hasim's tests (src/test/java/org/hasim/cli/LocalSlurm.java).",
        "ClusterName=hasimtest",
        "SlurmctldHost=" + node + "(127.0.0.1)",
        "SlurmctldPort=" + freePort(),
        "SlurmdPort=" + freePort(),
        "SlurmUser=root",
        "SlurmdUser=root",
        "AuthType=auth/munge",
        "CredType=cred/munge",
        "AuthInfo=socket=" + socket(),
        "StateSaveLocation=" + dir.resolve("state"),
        "SlurmdSpoolDir=" + dir.resolve("spool"),
        "SlurmctldPidFile=" + dir.resolve("slurmctld.pid"),
        "SlurmdPidFile=" + dir.resolve("slurmd.pid"),
        "SlurmctldLogFile=" + dir.resolve("log/slurmctld.log"),
        "SlurmdLogFile=" + dir.resolve("log/slurmd.log"),
        // No cgroups: a container may not delegate them, and nothing here needs enforcement.
        "ProctrackType=proctrack/linuxproc",
        "TaskPlugin=task/none",
        "SelectType=select/cons_tres",
        // Cores only: with memory consumable, a job without --mem would claim the whole node.
        "SelectTypeParameters=CR_Core",
        "SchedulerType=sched/builtin",
        // Without slurmdbd sacct has no data; the job completion log is the record of every finished job.
        "AccountingStorageType=accounting_storage/none",
        "JobAcctGatherType=jobacct_gather/none",
        "JobCompType=jobcomp/filetxt",
        "JobCompLoc=" + dir.resolve("log/jobcomp.log"),
        "MpiDefault=none",
        "MailProg=/bin/true",
        "ReturnToService=2",
        "NodeName=" + node + " NodeAddr=127.0.0.1 CPUs=" + cpus + " RealMemory=" + memoryMiB + " State=UNKNOWN",
        "PartitionName=hasim Nodes=" + node + " Default=YES MaxTime=INFINITE State=UP",
        "");
    Files.writeString(conf, text);
  }

  private void startDaemon(String name, List<String> cmd) throws IOException {
    ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true)
        .redirectOutput(dir.resolve("log/" + name + ".out").toFile());
    pb.environment().putAll(env());
    daemons.push(pb.start());
  }

  private void awaitIdleNode() throws IOException {
    long deadline = System.nanoTime() + START_TIMEOUT.toNanos();
    String state = "";
    while (System.nanoTime() < deadline) {
      for (Process p : daemons) {
        if (!p.isAlive()) {
          throw new IOException("a Slurm daemon exited (" + p.info().command().orElse("?") + ")\n" + logs());
        }
      }
      try {
        state = command("sinfo", "-h", "-N", "-n", node, "-o", "%t").strip();
        if (state.equals("idle")) {
          return;
        }
      } catch (IOException notUpYet) {
        state = notUpYet.getMessage();
      }
      sleep(250);
    }
    throw new IOException("node " + node + " not idle after " + START_TIMEOUT + " (last sinfo: " + state + ")\n"
        + logs());
  }

  /** Cancels this cluster's jobs, then stops slurmd, slurmctld and munged (SIGTERM, then SIGKILL) by PID. */
  @Override
  public void close() {
    if (daemons.size() == 3) {
      try {
        command("scancel", "--user=root");
        long deadline = System.nanoTime() + Duration.ofSeconds(15).toNanos();
        while (!command("squeue", "-h").isBlank() && System.nanoTime() < deadline) {
          sleep(250);
        }
      } catch (IOException e) {
        System.out.println("local Slurm: could not cancel jobs: " + e.getMessage());
      }
    }
    while (!daemons.isEmpty()) {
      Process p = daemons.pop();
      String what = p.info().command().orElse("exited");
      p.destroy();
      try {
        if (!p.waitFor(15, TimeUnit.SECONDS)) {
          p.destroyForcibly().waitFor(5, TimeUnit.SECONDS);
        }
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        p.destroyForcibly();
      }
      System.out.println("local Slurm: stopped pid " + p.pid() + " (" + what + ")");
    }
  }

  private static Optional<Path> find(String tool) {
    List<String> dirs = new ArrayList<>(List.of(System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)));
    dirs.addAll(List.of("/usr/sbin", "/sbin", "/usr/bin"));
    return dirs.stream().filter(d -> !d.isEmpty()).map(d -> Path.of(d, tool)).filter(Files::isExecutable)
        .findFirst();
  }

  private static long totalMemoryKiB() throws IOException {
    for (String line : Files.readAllLines(Path.of("/proc/meminfo"))) {
      if (line.startsWith("MemTotal:")) {
        return Long.parseLong(line.replaceAll("[^0-9]", ""));
      }
    }
    throw new IOException("no MemTotal in /proc/meminfo");
  }

  private static int freePort() throws IOException {
    try (ServerSocket s = new ServerSocket(0)) {
      return s.getLocalPort();
    }
  }

  /** Runs a command to completion; its output, or an IOException with the output when it fails. */
  static String run(List<String> cmd, Map<String, String> env, Duration timeout) throws IOException {
    Path out = Files.createTempFile("local-slurm", ".out");
    ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(out.toFile());
    pb.environment().putAll(env);
    Process p = pb.start();
    try {
      if (!p.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
        p.destroyForcibly();
        throw new IOException(String.join(" ", cmd) + ": timed out");
      }
      String text = Files.readString(out, StandardCharsets.ISO_8859_1);
      if (p.exitValue() != 0) {
        throw new IOException(String.join(" ", cmd) + ": exit " + p.exitValue() + ": " + text.strip());
      }
      return text;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      p.destroyForcibly();
      throw new IOException("interrupted", e);
    } finally {
      Files.deleteIfExists(out);
    }
  }

  private static void sleep(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
