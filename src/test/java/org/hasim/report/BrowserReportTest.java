package org.hasim.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A real browser opens the report from disk: headless Chromium takes a screenshot of {@code index.html}, and
 * loads a test-only copy of it whose inline script writes each image's natural size and any load error into
 * the page, which {@code --dump-dom} prints. The report itself has no script. Skipped, saying so, when
 * Chromium is not installed (CI installs the Debian package {@code chromium}).
 */
class BrowserReportTest {
  private static final Pattern IMG = Pattern.compile("<img src=\"([^\"]+)\"");
  private static final Pattern CHECK = Pattern.compile("<pre id=\"hasim-check\">(.*?)</pre>", Pattern.DOTALL);

  /** Records load errors from the start and, once everything loaded, every image's natural size. */
  private static final String PROBE = """
      <script>
      (function () {
        var lines = [];
        window.addEventListener('error', function (e) {
          var t = e.target;
          lines.push('error ' + (t && t.getAttribute ? (t.getAttribute('src') || t.tagName) : e.message));
        }, true);
        var consoleError = console.error;
        console.error = function () {
          lines.push('error console ' + Array.prototype.join.call(arguments, ' '));
          consoleError.apply(console, arguments);
        };
        window.addEventListener('load', function () {
          var images = document.images;
          for (var i = 0; i < images.length; i++) {
            var img = images[i];
            lines.push('img ' + img.getAttribute('src') + ' ' + img.naturalWidth + ' ' + img.naturalHeight + ' '
                + img.complete);
          }
          var pre = document.createElement('pre');
          pre.id = 'hasim-check';
          pre.textContent = lines.join('\\n');
          document.body.appendChild(pre);
        });
      })();
      </script>
      """;

  @TempDir Path tmp;

  @Test
  void chromiumShowsTheReportWithEveryChartLoaded() throws Exception {
    Path report = tmp.resolve("report");
    Hasim run = Hasim.run("run", Hasim.PAPER, "--replications", "10", "--out", report.toString());
    assertThat(run.code()).as(run.toString()).isZero();
    Path index = report.resolve("index.html");
    String html = Files.readString(index);
    List<String> images = images(html);
    assertThat(images).isNotEmpty();
    assertThat(html).doesNotContain("<script");

    Optional<Path> chromium = chromium();
    Assumptions.assumeTrue(chromium.isPresent(), "chromium not installed: the real-browser test of the HTML report "
        + "is skipped (install the Debian package 'chromium'; .ci/run does)");

    // 1. the page as a reader sees it at 1200 x 700, with the browser's console on stderr
    Path shot = tmp.resolve("screenshot.png");
    Result screenshot = chromium(chromium.get(), "--screenshot=" + shot, "--enable-logging=stderr", "--v=0",
        index.toUri().toString());
    assertThat(screenshot.code()).as(screenshot.toString()).isZero();
    BufferedImage image = ImageIO.read(shot.toFile());
    assertThat(image).as("screenshot").isNotNull();
    assertThat(image.getWidth()).isEqualTo(1200);
    assertThat(image.getHeight()).isEqualTo(700);
    // the page has no script, so any console message is the browser complaining about the page
    assertThat(screenshot.err().lines().filter(l -> l.contains(":CONSOLE")).toList()).as("console").isEmpty();

    // 2. every image loaded, with its natural size, and nothing failed to load
    Path probe = report.resolve(".index-check.html");
    Files.writeString(probe, html.replace("<head>\n", "<head>\n" + PROBE));
    Result dom = chromium(chromium.get(), "--dump-dom", probe.toUri().toString());
    Files.delete(probe);
    assertThat(dom.code()).as(dom.toString()).isZero();
    Matcher check = CHECK.matcher(dom.out());
    assertThat(check.find()).as("the probe ran: %s", dom).isTrue();
    List<String> lines = check.group(1).lines().toList();
    assertThat(lines).filteredOn(l -> l.startsWith("error")).as("load errors").isEmpty();
    List<String> loaded = lines.stream().filter(l -> l.startsWith("img ")).toList();
    assertThat(loaded).hasSize(images.size());
    for (int i = 0; i < images.size(); i++) {
      assertThat(loaded.get(i)).as("image %s", images.get(i))
          .isEqualTo("img " + images.get(i) + " 1200 700 true");
    }
  }

  private static List<String> images(String html) {
    List<String> out = new ArrayList<>();
    Matcher m = IMG.matcher(html);
    while (m.find()) {
      out.add(m.group(1));
    }
    return out;
  }

  private static Optional<Path> chromium() {
    String path = System.getenv("PATH");
    if (path == null) {
      return Optional.empty();
    }
    for (String name : List.of("chromium", "chromium-browser")) {
      for (String dir : path.split(File.pathSeparator)) {
        Path candidate = Path.of(dir, name);
        if (Files.isExecutable(candidate)) {
          return Optional.of(candidate);
        }
      }
    }
    return Optional.empty();
  }

  private record Result(int code, String out, String err) {
    @Override
    public String toString() {
      return "exit " + code + "\n--- stdout\n" + out + "\n--- stderr\n" + err;
    }
  }

  /** Runs headless Chromium with a private profile, no network services, and a 5 s virtual-time budget. */
  private Result chromium(Path chromium, String... args) throws IOException, InterruptedException {
    List<String> command = new ArrayList<>(List.of(chromium.toString(), "--headless", "--no-sandbox",
        "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
        "--disable-component-update", "--disable-sync", "--disable-dev-shm-usage",
        "--user-data-dir=" + Files.createTempDirectory(tmp, "profile"), "--window-size=1200,700",
        "--virtual-time-budget=5000"));
    command.addAll(List.of(args));
    Path out = Files.createTempFile(tmp, "out", ".txt");
    Path err = Files.createTempFile(tmp, "err", ".txt");
    Process p = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
    if (!p.waitFor(90, TimeUnit.SECONDS)) {
      p.descendants().forEach(ProcessHandle::destroyForcibly);
      p.destroyForcibly();
      throw new AssertionError("chromium did not finish in 90 s: " + command);
    }
    return new Result(p.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
        Files.readString(err, StandardCharsets.UTF_8));
  }
}
