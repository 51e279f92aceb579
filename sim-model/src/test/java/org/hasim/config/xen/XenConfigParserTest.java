package org.hasim.config.xen;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Optional;
import org.hasim.scenario.InputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class XenConfigParserTest {
  @Test
  void statementsMaySharesALineSeparatedBySemicolons() {
    // The example of xl.cfg(5), SYNTAX.
    XenDomain d = XenConfigParser.parse("h0.cfg", "name=\"h0\"; type=\"hvm\"\n");
    assertThat(d.name()).contains("h0");
    assertThat(d.text("type")).contains("hvm");
  }

  @Test
  void numbersAreDecimalOctalOrHexAsXlCfgSays() {
    XenDomain d = XenConfigParser.parse("x.cfg", "memory = 1024\nmaxmem = 0x800\nvcpus = 010\n");
    assertThat(d.memoryMiB()).contains(1024.0);
    assertThat(d.maxmemMiB()).contains(2048.0);
    assertThat(d.number("vcpus")).contains(8.0);
  }

  @Test
  void readsAnXmStyleFileWithMultiLineListsAndQuotedNumbers() {
    String text = String.join("\n",
        "# xen-tools style",                          // 1
        "kernel  = '/boot/vmlinuz-2.6.18-xen'",       // 2
        "memory  = '2048'",                           // 3
        "name    = 'x1'",                             // 4
        "disk    = [",                                // 5
        "    'phy:/dev/vg/x1-disk,xvda1,w',  # root", // 6
        "    'phy:/dev/vg/x1-swap,xvda2,w',",         // 7
        "]",                                          // 8
        "vif = [ 'bridge=xenbr0' ]; vcpus = 2",       // 9
        "extra = \"\"\"console=hvc0\"\"\"",           // 10
        "pae = True",                                 // 11
        "cpus = None",                                // 12
        "nested = [[1, 2], ['a']]",                   // 13
        "");
    XenDomain d = XenConfigParser.parse("x1.cfg", text);
    assertThat(d.memoryBytes()).isEqualTo(2048L * 1024 * 1024);
    assertThat(d.get("disk").get().line()).isEqualTo(5);
    assertThat(d.disks()).extracting(DiskSpec::vdev).containsExactly(Optional.of("xvda1"), Optional.of("xvda2"));
    assertThat(d.get("vcpus").get().line()).isEqualTo(9);
    assertThat(d.text("extra")).contains("console=hvc0");
    assertThat(d.get("pae").get().value()).isEqualTo(new XenValue.Bool(true));
    assertThat(d.get("cpus").get().value()).isEqualTo(new XenValue.None());
    assertThat(d.get("nested").get().value()).isInstanceOf(XenValue.ListOf.class);
    assertThat(d.get("nested").get().line()).isEqualTo(13);
  }

  @Test
  void pythonCodeIsAnInputErrorNamingItsLine() {
    for (var bad : List.of(
        new Object[] {"name = 'a'\nimport os\n", 2},
        new Object[] {"name = 'a'\nmemory = 512 * 2\n", 2},
        new Object[] {"name = a\n", 1},
        new Object[] {"disk = [ 'x',\n 'y'\n", 1},
        new Object[] {"name = 'unterminated\n", 1})) {
      assertThatThrownBy(() -> XenConfigParser.parse("x.cfg", (String) bad[0]))
          .isInstanceOf(InputException.class)
          .satisfies(e -> assertThat(((InputException) e).line()).isEqualTo(bad[1]));
    }
  }

  /** The equivalent forms listed in xl-disk-configuration(5), plus the xend forms of xm files. */
  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "/dev/vg/guest-volume,,hda|/dev/vg/guest-volume|hda",
      "/dev/vg/guest-volume,raw,hda,rw|/dev/vg/guest-volume|hda",
      "format=raw, vdev=hda, access=rw, target=/dev/vg/guest-volume|/dev/vg/guest-volume|hda",
      "raw:/dev/vg/guest-volume,hda,w|raw:/dev/vg/guest-volume|hda",
      "/root/image.iso,,hdc,cdrom|/root/image.iso|hdc",
      "/root/image.iso,,hdc,,cdrom|/root/image.iso|hdc",
      "/root/image.iso,raw,hdc,devtype=cdrom|/root/image.iso|hdc",
      "format=raw, vdev=hdc, access=ro, devtype=cdrom, target=/root/image.iso|/root/image.iso|hdc",
      "raw:/root/image.iso,hdc:cdrom,ro|raw:/root/image.iso|hdc",
      "phy:/dev/drbd1,xvda2,w|phy:/dev/drbd1|xvda2",
      "tap:aio:/srv/vm/disk.img,sda2,w|tap:aio:/srv/vm/disk.img|sda2",
      "file:/var/System.img,xvda,w|file:/var/System.img|xvda",
      "vdev=xvdb, target=/dev/vg/a,b|/dev/vg/a,b|xvdb"})
  void diskSpecsFindTargetAndVdev(String spec, String target, String vdev) {
    DiskSpec d = DiskSpec.parse(spec, 1);
    assertThat(d.target()).contains(target);
    assertThat(d.vdev()).contains(vdev);
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {"/dev/vg/guest", "/dev/vg/guest,raw", "phy:/dev/vg/x", "format=raw, target=/x"})
  void diskSpecsWithoutVdevAreRecognised(String spec) {
    assertThat(DiskSpec.parse(spec, 1).vdev()).isEmpty();
  }
}
