package dev.tariffimpact.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BoundedInputTest {

  @Test
  void readsUpToTheCapAndRefusesOneByteMore() throws Exception {
    assertThat(BoundedInput.read(new ByteArrayInputStream(new byte[10]), 10)).hasSize(10);
    assertThatThrownBy(() -> BoundedInput.read(new ByteArrayInputStream(new byte[11]), 10))
        .isInstanceOf(BoundedInput.TooLargeException.class)
        .hasMessage("more than the limit of 10 bytes");
  }

  @Test
  void aDeviceWithoutASizeStopsAtTheCap() throws Exception {
    Path zero = Path.of("/dev/zero");
    assumeTrue(Files.isReadable(zero));
    assertThat(Files.size(zero)).isZero(); // why a size check before reading cannot work
    assertThatThrownBy(() -> BoundedInput.read(zero, 1024 * 1024))
        .isInstanceOf(BoundedInput.TooLargeException.class)
        .hasMessage("more than the limit of 1 MiB");
  }

  @Test
  void aDirectoryIsNotAFile(@TempDir Path dir) {
    assertThatThrownBy(() -> BoundedInput.read(dir, 10)).hasMessage("is a directory, not a file");
  }
}
