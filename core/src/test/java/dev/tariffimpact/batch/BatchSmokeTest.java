package dev.tariffimpact.batch;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class BatchSmokeTest {
  @Test
  void runsTheSample() {
    String csv = BatchFixtures.sample(7, 2000);
    List<Reject> rejects = new ArrayList<>();
    BatchResult r =
        BatchFixtures.engine(BatchOptions.builder().groupBy(GroupBy.CATEGORY).build())
            .build()
            .run(
                new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)),
                "sample",
                l -> {},
                rejects::add);
    System.out.println(r);
    rejects.stream().limit(20).forEach(System.out::println);
    r.aggregates().stream().limit(6).forEach(System.out::println);
    assertThat(r.read()).isEqualTo(2000);
  }
}
