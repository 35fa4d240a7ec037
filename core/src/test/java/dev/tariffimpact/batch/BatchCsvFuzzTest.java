package dev.tariffimpact.batch;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tariffimpact.io.Mutations;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Fuzzing of the shipment CSV through the public {@link BatchEngine} API with mutated sample files:
 * either the whole input is refused with a {@link BatchException} (no header, not CSV), or every
 * row ends as a result or a reject with its row number ({@code read = assessed + rejected}).
 */
class BatchCsvFuzzTest {

  private static final BatchEngine ENGINE =
      BatchFixtures.engine(BatchOptions.builder().threads(1).chunkSize(16).build()).build();

  @Provide
  Arbitrary<String> shipmentFiles() {
    List<String> valid = List.of(BatchFixtures.sample(3, 25), BatchFixtures.sample(4, 25));
    return Arbitraries.oneOf(
        Mutations.of(valid),
        Mutations.random().map(s -> valid.get(0).substring(0, valid.get(0).indexOf('\n') + 1) + s));
  }

  @Property(tries = 400)
  void everyRowIsAResultOrARejectOrTheFileIsRefused(@ForAll("shipmentFiles") String csv) {
    List<Reject> rejects = new ArrayList<>();
    List<Long> rows = new ArrayList<>();
    BatchResult r;
    try {
      r =
          ENGINE.run(
              BatchInput.csv(
                  new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)), "fuzz.csv"),
              BatchSink.of(line -> rows.add(line.row()), rejects::add));
    } catch (BatchException e) {
      assertThat(e.getMessage()).isNotBlank();
      return;
    }
    assertThat(r.assessed() + r.rejected()).isEqualTo(r.read());
    assertThat(rejects).hasSize((int) r.rejected());
    assertThat(rejects).allSatisfy(x -> assertThat(x.row()).isBetween(2L, r.read() + 1));
    assertThat(rejects).allSatisfy(x -> assertThat(x.reason()).isNotBlank());
    // each assessed row appears once per scenario, none of them rejected
    assertThat(rows.stream().distinct().count()).isEqualTo(r.assessed());
  }
}
