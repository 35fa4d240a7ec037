package dev.tariffimpact.sample.internal;

import dev.tariffimpact.classification.ProductCode;
import dev.tariffimpact.customs.internal.ContentSplit;
import dev.tariffimpact.data.BundledDataset;
import dev.tariffimpact.rate.ComponentRate;
import dev.tariffimpact.schedule.Measure;
import dev.tariffimpact.schedule.TariffSchedule;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Which metal contents a US line of the sample must declare: the components of every measure of the
 * bundled US schedule charged on a content ({@code ON("steel content"; 50%)}) whose scope covers
 * the code, whatever its dates, so the data decide (steel and aluminum derivatives of any chapter,
 * copper) rather than a list of chapters.
 */
final class MetalContents {

  private MetalContents() {}

  /**
   * Returns the component names each US candidate code needs.
   *
   * @param universe the candidates
   * @return code text to component names (sorted), for the codes that need any
   */
  static Map<String, List<String>> of(List<SampleGenerator.Candidate> universe) {
    TariffSchedule us = BundledDataset.load().schedule("us-india.json");
    List<Measure> onContent = new ArrayList<>();
    for (Measure m : us.measures()) {
      if (ContentSplit.onContent(m)) {
        onContent.add(m);
      }
    }
    Map<String, List<String>> out = new HashMap<>();
    for (SampleGenerator.Candidate c : universe) {
      if (!c.importer().equals("US") || out.containsKey(c.code())) {
        continue;
      }
      ProductCode code = ProductCode.parse(c.code());
      Set<String> names = new TreeSet<>();
      for (Measure m : onContent) {
        if (m.scope().contains(code)) {
          names.add(((ComponentRate) m.rate()).component());
        }
      }
      if (!names.isEmpty()) {
        out.put(c.code(), List.copyOf(names));
      }
    }
    return Map.copyOf(out);
  }
}
