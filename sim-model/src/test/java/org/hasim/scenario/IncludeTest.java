package org.hasim.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * {@code include:} files apply in order after the file's own values and before variants and --set (the
 * fixtures' header says which value each layer sets; the expectations are those written values in SI).
 */
class IncludeTest {
  private static final double MIB = 1 << 20;

  private static Scenario base(List<String> sets) {
    return ScenarioLoader.load(ScenarioLoaderTest.fixture("include/scenario.yaml"), sets).base();
  }

  @Test
  void includedValuesReplaceTheFilesAndLaterFilesWin() {
    Scenario s = base(List.of());
    assertThat(s.vm("x0").resumeTime()).isEqualTo(0.020);
    assertThat(s.cluster().networks().get(0).bandwidth()).isEqualTo(1e9);
    // a.yaml replaced the constant model by a working set, b.yaml then changed one leaf of it
    assertThat(s.vm("x0").dirty()).isEqualTo(new DirtyModel.WorkingSet(22 * MIB, 0.1, 0));
  }

  @Test
  void variantsAndSetApplyOnTopOfTheIncludedValues() {
    ScenarioSet set = ScenarioLoader.load(ScenarioLoaderTest.fixture("include/scenario.yaml"), List.of());
    assertThat(set.variants().get("as-included").vm("x0").resumeTime()).isEqualTo(0.020);
    assertThat(set.variants().get("fast-resume").vm("x0").resumeTime()).isEqualTo(0.005);

    Scenario overridden = base(List.of("vms[x0].resume_time=9ms"));
    assertThat(overridden.vm("x0").resumeTime()).isEqualTo(0.009);
  }

  @Test
  void aSingleFileNameNeedsNoList() {
    Scenario s = ScenarioLoader.load(ScenarioLoaderTest.fixture("include/single.yaml"), List.of()).base();
    assertThat(s.vm("x0").resumeTime()).isEqualTo(0.020);
    assertThat(s.vm("x0").dirty()).isEqualTo(new DirtyModel.WorkingSet(22 * MIB, 1.0, 0));
  }
}
