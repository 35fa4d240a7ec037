package dev.tariffimpact.report;

import dev.tariffimpact.customs.Assumption;
import dev.tariffimpact.customs.ExchangeRate;
import dev.tariffimpact.schedule.Measure;
import dev.tariffimpact.schedule.Provenance;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Which per-line facts rest on one assumption, so a reader sees a handful of assumptions instead of
 * one item per tariff line.
 *
 * <p>Rule, for a measure of confidence U:
 *
 * <ol>
 *   <li>a measure whose provenance names a row of {@code in-layers.csv} (India's layer table,
 *       {@code "in-layers.csv in-bcd-50-2017"}) rests on that layer's assumption: one group per
 *       layer row ("50/2017 entries assumed equal to 45/2025", "IGST before 2025-09-22 assumed");
 *   <li>otherwise measures whose ids differ only by a trailing tariff item ({@code -080211}, 6-10
 *       digits) and that cite the same source are one group (the SWS exemption assumed for dates
 *       before its known version, every First Schedule rate read from one repaired copy);
 *   <li>any other measure is its own group.
 * </ol>
 *
 * <p>Exchange rates group by pair and publisher (every fortnightly CBIC table of USD->INR is one
 * input); a regime's rule is its own group.
 *
 * <p>Used by the batch report ({@link BundledAssumptions}) and the CLI's {@code demo}. Stateless; a
 * {@link Group} is filled by one caller at a time.
 */
public final class AssumptionGroups {

  /** What a group is: an unverified fact (U), or an input copied from a secondary source (R). */
  public enum Kind {
    /** Confidence U: assumed, estimated or derived. */
    UNVERIFIED,
    /** Confidence R: an official figure read from a copy not checked against the Gazette. */
    INPUT
  }

  private static final Pattern LAYER_ROW =
      Pattern.compile("in-layers\\.csv (?:row )?([a-z0-9]+(?:-[a-z0-9]+)*)");
  private static final Pattern TARIFF_ITEM = Pattern.compile("-\\d{6,10}$");
  private static final String MARK = "ASSUMPTION (U): ";

  private AssumptionGroups() {}

  /** One group: what it stands for, as members are added. Not thread-safe (one caller). */
  public static final class Group {
    private final String key;
    private final String source;
    private final boolean perMeasure;
    private final Kind kind;
    private final String prefix;
    private final Set<String> titles = new LinkedHashSet<>();
    private final Set<String> reasons = new LinkedHashSet<>();
    private final Set<String> members = new LinkedHashSet<>();
    private final Set<String> codes = new TreeSet<>();

    Group(String key, String source, Kind kind, String prefix) {
      this(key, source, kind, prefix, false);
    }

    private Group(String key, String source, Kind kind, String prefix, boolean perMeasure) {
      this.key = key;
      this.source = source;
      this.perMeasure = perMeasure;
      this.kind = kind;
      this.prefix = prefix;
    }

    /**
     * Adds a measure of the group.
     *
     * @param m a measure whose {@link #key(Measure)} is this group's
     * @return the group's key
     */
    public String add(Measure m) {
      members.add(m.id());
      titles.add(m.title());
      reasons.add(reason(m.provenance()));
      return key;
    }

    /**
     * Adds a member by name (a rate table, a rule).
     *
     * @param member for example the first day of a rate table
     * @return the group's key
     */
    public String add(String member) {
      members.add(member);
      return key;
    }

    /**
     * Returns the key the group was made for.
     *
     * @return for example {@code "layer in-bcd-50-2017"}
     */
    public String key() {
      return key;
    }

    /**
     * Where to look it up: the layer row, or the members' ids (their common beginning and {@code *}
     * when several) and their source.
     */
    public String source() {
      if (!perMeasure || members.isEmpty()) {
        return source;
      }
      List<String> ids = new ArrayList<>(members);
      String id = ids.get(0);
      if (ids.size() > 1) {
        String prefix = commonPrefix(ids);
        int dash = prefix.lastIndexOf('-');
        id = (dash > 0 ? prefix.substring(0, dash + 1) : prefix) + "*";
      }
      return id + "; " + source;
    }

    /**
     * Returns what the group is.
     *
     * @return unverified fact or input
     */
    public Kind kind() {
      return kind;
    }

    /**
     * Returns how many measures, rate tables or rules the group stands for.
     *
     * @return the count of distinct members
     */
    public int members() {
      return members.size();
    }

    /**
     * Returns the tariff items of the lines that use the group, filled by the caller.
     *
     * @return a modifiable sorted set
     */
    public Set<String> codes() {
      return codes;
    }

    /**
     * Returns what is assumed, in one line: the titles' and reasons' common part when several.
     *
     * @return for example {@code "Effective BCD, 50/2017: the 50/2017 entry is taken to equal ..."}
     */
    public String label() {
      if (titles.isEmpty()) {
        return prefix;
      }
      String title = title(new ArrayList<>(titles));
      String reason = common(new ArrayList<>(reasons), true);
      return reason.isEmpty() || reason.equals(title) ? title : title + ": " + reason;
    }
  }

  /**
   * Returns the group key of an unverified measure (rule of the class comment).
   *
   * @param m a measure of confidence U
   * @return for example {@code "layer in-bcd-50-2017"}
   */
  public static String key(Measure m) {
    Provenance p = m.provenance();
    Matcher row = LAYER_ROW.matcher(p.source() + " " + (p.note() == null ? "" : p.note()));
    if (row.find()) {
      return "layer " + row.group(1);
    }
    String reason = reason(p);
    if (!reason.isEmpty()) {
      return "fact " + p.source() + " | " + reason;
    }
    return "measures " + TARIFF_ITEM.matcher(m.id()).replaceFirst("") + " | " + p.source();
  }

  /**
   * Returns a new, empty group for a measure's key.
   *
   * @param m a measure of confidence U
   * @return the group (add the measure to it)
   */
  public static Group of(Measure m) {
    String key = key(m);
    boolean layer = key.startsWith("layer ");
    return new Group(
        key,
        layer ? "in-layers.csv " + key.substring(6) : m.provenance().source(),
        Kind.UNVERIFIED,
        m.title(),
        !layer);
  }

  /**
   * Returns a new, empty group for a rule of a regime.
   *
   * @param a the rule, for example India's rounding
   * @return the group
   */
  public static Group of(Assumption a) {
    return new Group("regime " + a.text(), a.source(), Kind.UNVERIFIED, a.text());
  }

  /**
   * Returns the group key of an exchange rate: its pair and publisher, so every fortnightly table
   * of one pair is one item.
   *
   * @param r an unverified rate
   * @return for example {@code "rate USD->INR CBIC customs exchange rate for imports"}
   */
  public static String key(ExchangeRate r) {
    return "rate " + r.from() + "->" + r.to() + " " + publisher(r);
  }

  /**
   * Returns a new, empty group for a rate: an input (R) when the rate is an official figure read
   * from a copy, an unverified fact (U) otherwise.
   *
   * @param r an unverified rate
   * @return the group
   */
  public static Group of(ExchangeRate r) {
    boolean input = r.unverifiedNote() != null && r.unverifiedNote().startsWith("confidence R");
    return new Group(
        key(r),
        publisher(r),
        input ? Kind.INPUT : Kind.UNVERIFIED,
        "Exchange rate " + r.from() + "->" + r.to() + ": " + publisher(r));
  }

  private static String publisher(ExchangeRate r) {
    int comma = r.source().indexOf(", ");
    return comma > 0 ? r.source().substring(0, comma) : r.source();
  }

  /**
   * What several titles share: their common beginning ({@code "Effective BCD, 50/2017"}); for
   * titles that differ only in their first word, those words joined before the rest ({@code "BCD,
   * AIDC under the framework (assumed): Almonds"}); for titles that differ in their first word and
   * more, the first words before the rest's common beginning up to its last colon ({@code "BCD,
   * AIDC under the framework (assumed)"}).
   */
  static String title(List<String> titles) {
    String head = tidy(common(titles, false));
    if (!head.isEmpty()) {
      return head;
    }
    Set<String> firsts = new LinkedHashSet<>();
    Set<String> rests = new LinkedHashSet<>();
    for (String t : titles) {
      int space = t.indexOf(' ');
      firsts.add(space < 0 ? t : t.substring(0, space));
      rests.add(space < 0 ? "" : t.substring(space));
    }
    String rest = rests.size() == 1 ? rests.iterator().next() : commonPrefix(List.copyOf(rests));
    if (rests.size() > 1) {
      int colon = rest.lastIndexOf(": ");
      rest = colon > 0 ? rest.substring(0, colon) : "";
    }
    return rest.isBlank()
        ? titles.get(0) + " and " + (titles.size() - 1) + " more"
        : String.join(", ", firsts) + rest;
  }

  private static String tidy(String text) {
    String t = text.strip();
    while (!t.isEmpty() && ":,;".indexOf(t.charAt(t.length() - 1)) >= 0) {
      t = t.substring(0, t.length() - 1).strip();
    }
    return t;
  }

  static String commonPrefix(List<String> texts) {
    String prefix = texts.get(0);
    for (String t : texts) {
      int n = 0;
      while (n < prefix.length() && n < t.length() && prefix.charAt(n) == t.charAt(n)) {
        n++;
      }
      prefix = prefix.substring(0, n);
    }
    return prefix;
  }

  /** The assumption a measure's note states, without the line's category in front. */
  static String reason(Provenance p) {
    String note = p.note() == null ? "" : p.note();
    int mark = note.indexOf(MARK);
    return (mark >= 0 ? note.substring(mark + MARK.length()) : note).strip();
  }

  /**
   * The part several texts share: the whole text when there is one, else their common beginning cut
   * at the last word (and an ellipsis where the texts go on differently).
   */
  static String common(List<String> texts, boolean ellipsis) {
    if (texts.size() == 1) {
      return texts.get(0);
    }
    String prefix = commonPrefix(texts);
    int open = prefix.lastIndexOf(" (");
    if (!ellipsis && open > 0) {
      return prefix.substring(0, open).strip();
    }
    int space = prefix.lastIndexOf(' ');
    String cut = (space > 0 ? prefix.substring(0, space) : prefix).strip();
    return ellipsis && !cut.isEmpty() ? cut + " …" : cut;
  }
}
