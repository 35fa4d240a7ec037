package dev.tariffimpact.io.schedule.internal;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;

/**
 * Reads plain JSON into records token by token with jackson-core's streaming parser, giving up on
 * anything unusual so that the strict mapper reads it instead: the fast path shared by {@link
 * ScheduleDtoParser} and {@link CatalogueDtoParser}.
 *
 * <p>Building a databind mapper and its bean deserializers costs a one-code quote about a fifth of
 * its CPU time; the bundled files are plain, so reading them this way avoids the mapper entirely.
 * The readers accept only what plainly fits: a string where a string is declared, a whole {@code
 * int} number, true or false, arrays of strings or of objects, {@code null} for an absent value.
 * Anything else (an unknown or repeated property, another token type, malformed JSON, trailing
 * content) gives up with an empty result, and the caller reads the bytes with {@link
 * FileSupport#readJson}, which reports the error with its usual message and JSON path or reads what
 * only the mapper coerces. So what a file reads to, and every message, stays the mapper's.
 */
final class PlainJson {

  /** Thrown to give up; without a stack trace, as it only ever leads to the mapper's reading. */
  private static final class NotPlain extends RuntimeException {
    private static final long serialVersionUID = 1L;

    NotPlain() {
      super(null, null, false, false);
    }
  }

  private final JsonParser p;

  private PlainJson(JsonParser p) {
    this.p = p;
  }

  /**
   * Reads one JSON object and nothing after it with {@code root}, called at the object's start.
   *
   * @return what {@code root} read, or empty when it read null or the strict mapper must read the
   *     bytes
   */
  static <T> Optional<T> read(byte[] bytes, Function<PlainJson, T> root) {
    try (JsonParser parser =
        FileSupport.streamingFactory().createParser(ObjectReadContext.empty(), bytes)) {
      if (parser.nextToken() != JsonToken.START_OBJECT) {
        return Optional.empty();
      }
      T value = root.apply(new PlainJson(parser));
      return parser.nextToken() == null ? Optional.ofNullable(value) : Optional.empty();
    } catch (NotPlain | JacksonException e) {
      return Optional.empty();
    }
  }

  /** Gives up: a property or value the fast path does not read. */
  RuntimeException giveUp() {
    return new NotPlain();
  }

  /**
   * The next property name of the current object, or null at its end; gives up on a repeated one
   * (the parser's own duplicate check throws first).
   */
  String name(Set<String> seen) {
    JsonToken t = p.nextToken();
    if (t == JsonToken.END_OBJECT) {
      return null;
    }
    expect(t, JsonToken.PROPERTY_NAME);
    String name = p.currentName();
    if (!seen.add(name)) {
      throw new NotPlain();
    }
    return name;
  }

  /** A string value, or null for a JSON null. */
  String string() {
    JsonToken t = p.nextToken();
    if (t == JsonToken.VALUE_NULL) {
      return null;
    }
    expect(t, JsonToken.VALUE_STRING);
    return p.getString();
  }

  /**
   * The string value of one property of the current object, skipping the values of the others; null
   * when it is absent; gives up when it is not a string.
   */
  String property(String wanted) {
    String found = null;
    Set<String> seen = new HashSet<>();
    for (String name = name(seen); name != null; name = name(seen)) {
      if (name.equals(wanted)) {
        found = text();
      } else {
        p.nextToken();
        p.skipChildren();
      }
    }
    return found;
  }

  /** A string value; gives up on anything else, null included. */
  String text() {
    expect(p.nextToken(), JsonToken.VALUE_STRING);
    return p.getString();
  }

  /** A whole number that fits an {@code int}, or null for a JSON null. */
  Integer integer() {
    JsonToken t = p.nextToken();
    if (t == JsonToken.VALUE_NULL) {
      return null;
    }
    expect(t, JsonToken.VALUE_NUMBER_INT);
    if (p.getNumberType() != JsonParser.NumberType.INT) {
      throw new NotPlain();
    }
    return p.getIntValue();
  }

  /** True or false, or null for a JSON null. */
  Boolean bool() {
    JsonToken t = p.nextToken();
    if (t == JsonToken.VALUE_NULL) {
      return null;
    }
    if (t != JsonToken.VALUE_TRUE && t != JsonToken.VALUE_FALSE) {
      throw new NotPlain();
    }
    return t == JsonToken.VALUE_TRUE;
  }

  /** An array of strings (no null items), or null for a JSON null. */
  List<String> strings() {
    return array(JsonToken.VALUE_STRING, p::getString);
  }

  /**
   * An array of objects, each read by {@code each} called at the object's start, or null for a JSON
   * null.
   */
  <T> List<T> objects(Supplier<T> each) {
    return array(JsonToken.START_OBJECT, each);
  }

  private <T> List<T> array(JsonToken item, Supplier<T> read) {
    JsonToken t = p.nextToken();
    if (t == JsonToken.VALUE_NULL) {
      return null;
    }
    expect(t, JsonToken.START_ARRAY);
    List<T> out = new ArrayList<>();
    while ((t = p.nextToken()) != JsonToken.END_ARRAY) {
      expect(t, item);
      out.add(read.get());
    }
    return out;
  }

  /**
   * A flat object of string properties, their values in the order named (null where absent), or
   * null for a JSON null; gives up on any other property.
   */
  String[] fields(String... names) {
    JsonToken t = p.nextToken();
    if (t == JsonToken.VALUE_NULL) {
      return null;
    }
    expect(t, JsonToken.START_OBJECT);
    List<String> known = List.of(names);
    String[] v = new String[names.length];
    Set<String> seen = new HashSet<>();
    for (String name = name(seen); name != null; name = name(seen)) {
      int k = known.indexOf(name);
      if (k < 0) {
        throw new NotPlain();
      }
      v[k] = string();
    }
    return v;
  }

  private static void expect(JsonToken actual, JsonToken expected) {
    if (actual != expected) {
      throw new NotPlain();
    }
  }
}
