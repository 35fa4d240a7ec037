package dev.tariffimpact.io.ch99;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Compares lists derived from the chapter 99 text with the tracker's merged lists, prefix-aware (a
 * 10-digit code is on a list when a provision of the list starts it). The text wins; this says how
 * and where the merged lists differ.
 */
final class ListCrossCheck {

  private ListCrossCheck() {}

  /** The result of one comparison. */
  record Comparison(
      int referenceCodes,
      Set<String> referenceNotInText,
      Set<String> textNotInReference,
      Map<String, Integer> referenceNotInTextByOtherList) {}

  /** True if a provision of the list covers the code (the code starts with the provision). */
  static boolean covered(String code, Collection<String> provisions) {
    for (String p : provisions) {
      if (code.startsWith(p)) {
        return true;
      }
    }
    return false;
  }

  /** True if a provision of the list covers the code or lies below it (part of the code listed). */
  static boolean touched(String code, Collection<String> provisions) {
    for (String p : provisions) {
      if (code.startsWith(p) || p.startsWith(code)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Compares a merged reference list with the text's list, and attributes each reference code the
   * text list lacks to the other lists (partner-only or conditional) that hold it.
   */
  static Comparison compare(
      Collection<String> reference, Collection<String> text, Map<String, List<String>> others) {
    Set<String> refNotText = new TreeSet<>();
    Map<String, Integer> byOther = new LinkedHashMap<>();
    for (String code : reference) {
      if (!touched(code, text)) {
        refNotText.add(code);
        boolean any = false;
        for (Map.Entry<String, List<String>> o : others.entrySet()) {
          if (touched(code, o.getValue())) {
            byOther.merge(o.getKey(), 1, Integer::sum);
            any = true;
          }
        }
        if (!any) {
          byOther.merge("(no list of the text)", 1, Integer::sum);
        }
      }
    }
    Set<String> textNotRef = new TreeSet<>();
    for (String p : text) {
      if (!touched(p, reference)) {
        textNotRef.add(p);
      }
    }
    return new Comparison(reference.size(), refNotText, textNotRef, byOther);
  }

  /** The codes of a one-column reference file (header skipped, quotes and dots removed). */
  static List<String> referenceCodes(Path file) throws IOException {
    List<String> out = new ArrayList<>();
    List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
    for (String line : lines.subList(1, lines.size())) {
      String c = line.split(",")[0].replace("\"", "").replace(".", "").strip();
      if (!c.isEmpty()) {
        out.add(c);
      }
    }
    return out;
  }
}
