package org.hasim.config.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.hasim.config.ConfigReader;
import org.hasim.config.Finding;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every rule has a broken config that triggers it — at the file and line written by hand in its EXPECT
 * file — and two correct 2-node setups (Heartbeat and corosync) that trigger nothing at all.
 *
 * <p>Layout under {@code configs/}: {@code good-heartbeat/}, {@code good-corosync/}, and {@code
 * broken/RULE/} holding the files that replace the good ones (by name), an optional {@code BASE} ({@code
 * corosync}; heartbeat otherwise), an optional {@code DROP} (file names to leave out) and {@code EXPECT}
 * ({@code RULE FILE LINE} per line; line 0 = the file as a whole).
 */
class RuleCatalogTest {
  private static final Set<String> CONTROL = Set.of("BASE", "DROP", "EXPECT");

  @TempDir Path work;

  static Path configs() throws URISyntaxException {
    return Path.of(RuleCatalogTest.class.getResource("/configs").toURI());
  }

  static List<Path> files(Path dir) throws IOException {
    try (Stream<Path> s = Files.list(dir)) {
      return s.filter(p -> !CONTROL.contains(p.getFileName().toString())).sorted().toList();
    }
  }

  static List<Finding> validate(List<Path> files) {
    return Validator.validate(ConfigReader.read(files), ValidationOptions.defaults());
  }

  @TestFactory
  Stream<DynamicTest> correctSetupsHaveNoFindings() throws Exception {
    return Stream.of("good-heartbeat", "good-corosync").map(name -> DynamicTest.dynamicTest(name, () ->
        assertThat(validate(files(configs().resolve(name)))).isEmpty()));
  }

  @Test
  void everyRuleHasABrokenConfigAndEveryBrokenConfigARule() throws Exception {
    Set<String> rules = new TreeSet<>();
    RuleCatalog.all().forEach(r -> rules.add(r.id()));
    Set<String> dirs = new TreeSet<>();
    try (Stream<Path> s = Files.list(configs().resolve("broken"))) {
      s.forEach(p -> dirs.add(p.getFileName().toString()));
    }
    assertThat(dirs).isEqualTo(rules);
  }

  @Test
  void ruleIdsAreUnique() {
    List<String> ids = RuleCatalog.all().stream().map(Rule::id).toList();
    assertThat(ids).doesNotHaveDuplicates();
  }

  @TestFactory
  Stream<DynamicTest> eachBrokenConfigTriggersItsRuleWhereExpected() throws Exception {
    List<DynamicTest> tests = new ArrayList<>();
    for (Rule rule : RuleCatalog.all()) {
      tests.add(DynamicTest.dynamicTest(rule.id(), () -> {
        Path broken = configs().resolve("broken").resolve(rule.id());
        List<Path> set = assemble(broken, work.resolve(rule.id()));
        List<Finding> findings = validate(set);
        List<String> expect = Files.readAllLines(broken.resolve("EXPECT")).stream()
            .filter(l -> !l.isBlank()).toList();
        assertThat(expect).isNotEmpty();
        for (String e : expect) {
          String[] f = e.trim().split("\\s+");
          assertThat(findings)
              .as("%s expects %s; got %s", rule.id(), e, findings)
              .anyMatch(x -> x.rule().equals(f[0]) && Path.of(x.file()).getFileName().toString().equals(f[1])
                  && x.line() == Integer.parseInt(f[2]));
        }
        assertThat(findings).filteredOn(x -> x.rule().equals(rule.id()))
            .allMatch(x -> x.severity() == rule.severity());
      }));
    }
    return tests.stream();
  }

  /** The good base set with the broken overlay applied, copied into {@code into}. */
  static List<Path> assemble(Path broken, Path into) throws Exception {
    Files.createDirectories(into);
    Path baseFile = broken.resolve("BASE");
    String base = Files.exists(baseFile) ? Files.readString(baseFile).strip() : "heartbeat";
    Set<String> drop = new TreeSet<>();
    if (Files.exists(broken.resolve("DROP"))) {
      drop.addAll(Files.readAllLines(broken.resolve("DROP")));
    }
    for (Path p : files(configs().resolve("good-" + base))) {
      if (!drop.contains(p.getFileName().toString())) {
        Files.copy(p, into.resolve(p.getFileName()), StandardCopyOption.REPLACE_EXISTING);
      }
    }
    for (Path p : files(broken)) {
      Files.copy(p, into.resolve(p.getFileName()), StandardCopyOption.REPLACE_EXISTING);
    }
    return files(into);
  }
}
