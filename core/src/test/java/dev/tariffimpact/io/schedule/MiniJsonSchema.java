package dev.tariffimpact.io.schedule;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import tools.jackson.databind.JsonNode;

/**
 * The subset of JSON Schema 2020-12 that docs/schedule.schema.json uses: type, const, enum,
 * pattern, minLength, properties, required, additionalProperties false, items, oneOf, local $ref.
 * Unknown keywords fail loudly, so the schema cannot silently use something this checker ignores.
 */
final class MiniJsonSchema {

  private static final Set<String> KNOWN =
      Set.of(
          "$schema",
          "$id",
          "title",
          "description",
          "$defs",
          "type",
          "const",
          "enum",
          "pattern",
          "minLength",
          "properties",
          "required",
          "additionalProperties",
          "items",
          "oneOf",
          "$ref");

  private final JsonNode root;

  MiniJsonSchema(JsonNode root) {
    this.root = root;
  }

  /** Returns the violations, each with its JSON path; empty when the document conforms. */
  List<String> validate(JsonNode doc) {
    List<String> errors = new ArrayList<>();
    check(root, doc, "$", errors);
    return errors;
  }

  private void check(JsonNode schema, JsonNode doc, String path, List<String> errors) {
    for (String key : schema.propertyNames()) {
      if (!KNOWN.contains(key)) {
        throw new IllegalStateException("schema keyword not supported by the test: " + key);
      }
    }
    if (schema.has("$ref")) {
      String ref = schema.get("$ref").stringValue();
      if (!ref.startsWith("#/$defs/")) {
        throw new IllegalStateException("only local $defs refs are supported: " + ref);
      }
      JsonNode target = root.get("$defs").get(ref.substring("#/$defs/".length()));
      if (target == null) {
        throw new IllegalStateException("dangling $ref " + ref);
      }
      check(target, doc, path, errors);
    }
    if (schema.has("const") && !schema.get("const").equals(doc)) {
      errors.add(path + ": must be " + schema.get("const"));
    }
    if (schema.has("enum")) {
      boolean found = false;
      for (JsonNode v : schema.get("enum").values()) {
        found |= v.equals(doc);
      }
      if (!found) {
        errors.add(path + ": must be one of " + schema.get("enum"));
      }
    }
    if (schema.has("type") && !hasType(doc, schema.get("type").stringValue())) {
      errors.add(path + ": must be of type " + schema.get("type").stringValue());
      return;
    }
    if (doc.isString()) {
      if (schema.has("pattern")
          && !Pattern.compile(schema.get("pattern").stringValue())
              .matcher(doc.stringValue())
              .find()) {
        errors.add(path + ": does not match " + schema.get("pattern").stringValue());
      }
      if (schema.has("minLength") && doc.stringValue().length() < schema.get("minLength").asInt()) {
        errors.add(path + ": is too short");
      }
    }
    if (doc.isObject()) {
      JsonNode props = schema.get("properties");
      if (schema.has("required")) {
        for (JsonNode r : schema.get("required").values()) {
          if (!doc.has(r.stringValue())) {
            errors.add(path + "." + r.stringValue() + ": is required");
          }
        }
      }
      for (String key : doc.propertyNames()) {
        if (props != null && props.has(key)) {
          check(props.get(key), doc.get(key), path + "." + key, errors);
        } else if (schema.has("additionalProperties")
            && !schema.get("additionalProperties").asBoolean()) {
          errors.add(path + "." + key + ": is not allowed");
        }
      }
    }
    if (doc.isArray() && schema.has("items")) {
      for (int i = 0; i < doc.size(); i++) {
        check(schema.get("items"), doc.get(i), path + "[" + i + "]", errors);
      }
    }
    if (schema.has("oneOf")) {
      int matches = 0;
      Set<String> reasons = new HashSet<>();
      for (JsonNode option : schema.get("oneOf").values()) {
        List<String> sub = new ArrayList<>();
        check(option, doc, path, sub);
        if (sub.isEmpty()) {
          matches++;
        } else {
          reasons.addAll(sub);
        }
      }
      if (matches != 1) {
        errors.add(
            path + ": must match exactly one alternative, matched " + matches + " " + reasons);
      }
    }
  }

  private static boolean hasType(JsonNode doc, String type) {
    return switch (type) {
      case "object" -> doc.isObject();
      case "array" -> doc.isArray();
      case "string" -> doc.isString();
      case "boolean" -> doc.isBoolean();
      case "integer" -> doc.isIntegralNumber();
      case "number" -> doc.isNumber();
      case "null" -> doc.isNull();
      default -> throw new IllegalStateException("unknown type " + type);
    };
  }
}
