package org.hasim.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The complete example in docs/scenario-format.md must load, or the documentation lies. */
class DocumentedExampleTest {

  @Test
  void completeExampleInTheFormatDocumentLoads(@TempDir Path tmp) throws IOException {
    Path doc = Path.of("..", "docs", "scenario-format.md");
    String text = Files.readString(doc, StandardCharsets.UTF_8);
    int section = text.indexOf("## A complete example");
    int start = text.indexOf("```yaml\n", section) + "```yaml\n".length();
    String yaml = text.substring(start, text.indexOf("```", start));
    Path file = Files.writeString(tmp.resolve("example.yaml"), yaml);

    ScenarioSet set = ScenarioLoader.load(file, List.of());

    assertThat(set.base().name()).isEqualTo("two-node-maintenance");
    assertThat(set.base().cluster().nodes()).extracting(NodeSpec::name).containsExactly("node1", "node2");
    assertThat(set.variants().keySet()).containsExactly("restart", "live-migration");
    assertThat(set.variants().get("live-migration").ha().recovery())
        .isEqualTo(HaSpec.RecoveryPolicy.LIVE_MIGRATION);
  }
}
