package org.hasim.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Suggestions for misspelt keys: edit distance up to 2, else a shared prefix of 3+ characters. */
class DidYouMeanTest {
  private static final List<String> KEYS =
      List.of("name", "memory", "dom0_memory", "heartbeat", "deadtime", "keepalive", "variants", "ha");

  @ParameterizedTest(name = "{0} → {1}")
  @CsvSource(textBlock = """
      memroy,             memory
      deadtme,            deadtime
      keepalife,          keepalive
      variant,            variants
      Memory,             memory
      mem,                memory
      heartbeat_interval, heartbeat
      dom0mem,            dom0_memory
      zzzzzz,             ''
      x,                  ''
      """)
  void suggests(String given, String expected) {
    assertThat(DidYouMean.suggest(given, KEYS).orElse("")).isEqualTo(expected);
  }

  @ParameterizedTest(name = "{0} vs {1} = {2}")
  @CsvSource(textBlock = """
      kitten,  sitting, 3
      '',      abc,     3
      flaw,    lawn,    2
      same,    same,    0
      """)
  void levenshteinMatchesTextbookExamples(String a, String b, int d) {
    assertThat(DidYouMean.levenshtein(a, b)).isEqualTo(d);
  }
}
