package dev.tariffimpact.io.schedule;

import dev.tariffimpact.TariffImpactException;
import dev.tariffimpact.classification.CodeRange;
import dev.tariffimpact.classification.CodeScope;
import dev.tariffimpact.classification.InvalidCodeException;
import dev.tariffimpact.classification.ProductCode;
import dev.tariffimpact.io.Excerpt;
import dev.tariffimpact.io.schedule.internal.FileSupport;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import tools.jackson.databind.JsonNode;

/**
 * Reads the {@code scope} of a measure in a schedule file: scope text, or an object naming
 * product-list files (read once per file, resolved against the schedule's directory under a {@link
 * ReferencePolicy}).
 */
final class ScopeReader {

  private static final Set<String> SCOPE_KEYS =
      Set.of("include", "includeLists", "exclude", "excludeLists");

  private final String name;
  private final Path baseDirectory;
  private final ReferencePolicy policy;
  private final Map<Path, List<ProductCode>> lists = new HashMap<>();

  ScopeReader(String name, Path baseDirectory, ReferencePolicy policy) {
    this.name = name;
    this.baseDirectory = baseDirectory;
    this.policy = policy;
  }

  private ScheduleFileException fail(String path, String detail) {
    return new ScheduleFileException(name, path, detail, null);
  }

  private ScheduleFileException fail(String path, TariffImpactException e) {
    return new ScheduleFileException(name, path, e.getMessage(), e);
  }

  CodeScope scope(JsonNode node, String p) {
    if (node == null || node.isNull()) {
      throw fail(p, "is required: scope text such as \"50-63 except 5601\" or an object");
    }
    if (node.isString()) {
      try {
        return CodeScope.parse(node.stringValue());
      } catch (InvalidCodeException e) {
        throw fail(p, e);
      }
    }
    if (!node.isObject()) {
      throw fail(
          p, "must be scope text or an object with include/includeLists/exclude/excludeLists");
    }
    for (String key : node.propertyNames()) {
      if (!SCOPE_KEYS.contains(key)) {
        throw fail(
            p + "." + Excerpt.of(key),
            "unknown property; a scope object has include, includeLists, exclude, excludeLists");
      }
    }
    boolean everything = false;
    List<CodeRange> includes = new ArrayList<>();
    List<CodeRange> excludes = new ArrayList<>();
    JsonNode include = node.get("include");
    if (include != null && !include.isNull()) {
      CodeScope parsed = scopeText(include, p + ".include");
      everything = parsed.isEverything();
      includes.addAll(parsed.includes());
      excludes.addAll(parsed.excludes());
    }
    for (ProductCode code : listCodes(node.get("includeLists"), p + ".includeLists")) {
      includes.add(CodeRange.of(code));
    }
    if (everything && !includes.isEmpty()) {
      throw fail(p + ".includeLists", "cannot add product lists to an include of *");
    }
    JsonNode exclude = node.get("exclude");
    if (exclude != null && !exclude.isNull()) {
      CodeScope parsed = scopeText(exclude, p + ".exclude");
      if (parsed.isEverything()) {
        throw fail(p + ".exclude", "cannot exclude * (the scope would be empty)");
      }
      if (!parsed.excludes().isEmpty()) {
        throw fail(p + ".exclude", "an exclusion cannot itself have 'except'");
      }
      excludes.addAll(parsed.includes());
    }
    for (ProductCode code : listCodes(node.get("excludeLists"), p + ".excludeLists")) {
      excludes.add(CodeRange.of(code));
    }
    if (everything) {
      return CodeScope.allExcept(excludes);
    }
    if (includes.isEmpty()) {
      throw fail(p, "must include something: 'include' text or 'includeLists'");
    }
    return CodeScope.of(includes, excludes);
  }

  private CodeScope scopeText(JsonNode node, String p) {
    if (!node.isString()) {
      throw fail(p, "must be scope text such as \"50-63, 6403\"");
    }
    try {
      return CodeScope.parse(node.stringValue());
    } catch (InvalidCodeException e) {
      throw fail(p, e);
    }
  }

  private List<ProductCode> listCodes(JsonNode node, String p) {
    if (node == null || node.isNull()) {
      return List.of();
    }
    if (!node.isArray()) {
      throw fail(p, "must be an array of product-list file paths");
    }
    List<ProductCode> codes = new ArrayList<>();
    for (int j = 0; j < node.size(); j++) {
      JsonNode item = node.get(j);
      if (!item.isString() || item.stringValue().isBlank()) {
        throw fail(p + "[" + j + "]", "must be a product-list file path");
      }
      Path file =
          FileSupport.resolveReference(
              baseDirectory, item.stringValue(), policy, name, p + "[" + j + "]");
      List<ProductCode> list = lists.get(file);
      if (list == null) {
        if (!Files.exists(file)) {
          throw fail(
              p + "[" + j + "]",
              "product list '"
                  + Excerpt.of(item.stringValue())
                  + "' does not exist in "
                  + baseDirectory);
        }
        try {
          list = ProductLists.read(file);
        } catch (ScheduleFileException e) {
          throw fail(p + "[" + j + "]", e);
        }
        lists.put(file, list);
      }
      codes.addAll(list);
    }
    return codes;
  }
}
