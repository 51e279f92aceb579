package org.hasim.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code hasim validate} end to end: the shipped example configs, exit codes and output formats. */
class ValidateCommandTest {
  @TempDir Path dir;

  record Run(int code, String out, String err) {}

  static Path root() {
    return Path.of(System.getProperty("hasim.root", ".."));
  }

  static Run run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = Main.execute(args, new PrintWriter(out), new PrintWriter(err));
    return new Run(code, out.toString(), err.toString());
  }

  static String[] files(Path d, String... before) throws IOException {
    List<String> args = new ArrayList<>(List.of(before));
    try (Stream<Path> s = Files.list(d)) {
      s.filter(p -> !p.getFileName().toString().endsWith(".md")).sorted().forEach(p -> args.add(p.toString()));
    }
    return args.toArray(String[]::new);
  }

  @Test
  void shippedExampleConfigsValidateWithoutFindings() throws IOException {
    for (String example : List.of("heartbeat-xen", "corosync-xen")) {
      Run r = run(files(root().resolve("scenarios/configs").resolve(example), "validate"));
      assertThat(r.code()).as(example + ": " + r.out() + r.err()).isZero();
      assertThat(r.out()).contains("0 error(s), 0 warning(s), 0 info in 4 file(s)");
    }
  }

  @Test
  void errorsGiveExitOneAndOneLinePerFinding() throws IOException {
    Path src = root().resolve("scenarios/configs/heartbeat-xen");
    for (Path p : Files.list(src).toList()) {
      Files.copy(p, dir.resolve(p.getFileName()));
    }
    Path ha = dir.resolve("ha.cf");
    Files.writeString(ha, Files.readString(ha).replace("deadtime        10", "deadtime        2"));
    Run r = run(files(dir, "validate"));
    assertThat(r.code()).isEqualTo(1);
    assertThat(r.out()).contains(ha + ":11: error HB001: deadtime 2 s is not more than 2 × keepalive");
    assertThat(r.out()).containsPattern("\\d+ error\\(s\\), \\d+ warning\\(s\\), 0 info in 4 file\\(s\\)");
  }

  @Test
  void jsonListsFindingsAndASummary() throws Exception {
    Path src = root().resolve("scenarios/configs/heartbeat-xen");
    for (Path p : Files.list(src).toList()) {
      Files.copy(p, dir.resolve(p.getFileName()));
    }
    Path x0 = dir.resolve("x0.cfg");
    Files.writeString(x0, Files.readString(x0).replace("on_crash    = \"destroy\"", "on_crash    = \"restart\""));
    Run r = run(files(dir, "validate", "--json"));
    assertThat(r.code()).as("warnings only").isZero();
    JsonNode json = new ObjectMapper().readTree(r.out());
    JsonNode f = json.get("findings").get(0);
    assertThat(f.get("rule").asText()).isEqualTo("XL005");
    assertThat(f.get("severity").asText()).isEqualTo("warning");
    assertThat(f.get("file").asText()).isEqualTo(x0.toString());
    assertThat(f.get("line").asInt()).isEqualTo(13);
    assertThat(f.get("message").asText()).isNotBlank();
    assertThat(f.get("fix").asText()).isNotBlank();
    assertThat(json.get("summary").get("warnings").asInt()).isEqualTo(1);
    assertThat(json.get("summary").get("errors").asInt()).isZero();
  }

  @Test
  void slowMigrationNetworkOptionIsHonoured() throws IOException {
    // x1 has 2 GiB and migrate_to 4min = 240 s; at 50 Mbit/s one copy takes 2^31·8/5e7 = 343.6 s.
    Run fast = run(files(root().resolve("scenarios/configs/heartbeat-xen"), "validate"));
    Run slow = run(files(root().resolve("scenarios/configs/heartbeat-xen"), "validate",
        "--migration-bandwidth", "50Mbit/s"));
    assertThat(fast.out()).doesNotContain("OP002");
    assertThat(slow.out()).contains("OP002").contains("343.6 s");
  }

  @Test
  void hostileOrUnreadableInputExitsTwo() throws IOException {
    Path xxe = dir.resolve("cib.xml");
    Files.writeString(xxe, "<?xml version=\"1.0\"?>\n<!DOCTYPE cib [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>"
        + "<cib>&x;</cib>");
    Run r = run("validate", xxe.toString());
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).contains(xxe + ":2: the file has a DOCTYPE declaration").doesNotContain("root:");
    assertThat(run("validate", dir.resolve("missing.cf").toString()).code()).isEqualTo(2);
    Path junk = dir.resolve("notes.txt");
    Files.writeString(junk, "hello\n");
    Run j = run("validate", junk.toString());
    assertThat(j.code()).isEqualTo(2);
    assertThat(j.err()).contains("cannot tell what kind of config file");
    assertThat(run("validate", "--migration-bandwidth", "fast", xxe.toString()).code()).isEqualTo(2);
  }
}
