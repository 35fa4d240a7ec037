package dev.tariffimpact.economics.panel;

import dev.tariffimpact.classification.CodeRange;
import dev.tariffimpact.classification.ProductCode;
import dev.tariffimpact.schedule.CompiledSchedule;
import dev.tariffimpact.schedule.Measure;
import dev.tariffimpact.schedule.MeasureKind;
import dev.tariffimpact.schedule.OriginScope;
import dev.tariffimpact.schedule.TariffSchedule;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;

/**
 * The total statutory duty rate of every line x origin at every change point of a date range, with
 * the layers behind each rate (the Budget Lab's HTS10 x country x date panel).
 *
 * <p>Example:
 *
 * <pre>{@code
 * RatePanel panel = RatePanel.build(schedule, RatePanel.lines(schedule), List.of("IN", "CN"),
 *     LocalDate.parse("2025-01-01"), LocalDate.parse("2026-09-30"), Runnable::run);
 * panel.rateOn(LocalDate.parse("2025-09-15"), ProductCode.parse("6109.10.00"), "IN");
 * // RateStack{total=66.5%, layers=[MFN 16.5, IEEPA India 25, Russian oil 25]}
 * }</pre>
 *
 * <p>A row is (change point, line, origin). The rate of a row holds from its change point to the
 * day before the next one (or the end of the range). Rates come from core's {@link
 * CompiledSchedule#applicable}, the same lookup the {@code Assessor} uses, so the panel's rate of a
 * line on a day equals the effective duty rate the Assessor computes for it (tested).
 *
 * <p>Speed: origins that every measure treats alike (same {@link OriginScope#contains} answers)
 * form one class and are looked up once; a line keeps its previous rate at a change point unless a
 * measure entering or leaving force that day covers it and the origin (the lookup's result cannot
 * change otherwise); the distinct rate stacks are shared and a row is an int. Lines are cut into
 * chunks, one task each on the executor; rows and stack numbering do not depend on the executor.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class RatePanel {

  private final List<LocalDate> dates;
  private final LocalDate lastDay;
  private final List<ProductCode> lines;
  private final List<String> origins;
  private final Map<ProductCode, Integer> lineIndex;
  private final List<RateStack> stacks;
  private final int[][] rows; // [date][line * origins + origin] -> stack index

  private RatePanel(
      List<LocalDate> dates,
      LocalDate lastDay,
      List<ProductCode> lines,
      List<String> origins,
      List<RateStack> stacks,
      int[][] rows) {
    this.dates = List.copyOf(dates);
    this.lastDay = lastDay;
    this.lines = List.copyOf(lines);
    this.origins = List.copyOf(origins);
    this.stacks = List.copyOf(stacks);
    this.rows = rows;
    this.lineIndex = new HashMap<>();
    for (int i = 0; i < lines.size(); i++) {
      lineIndex.put(lines.get(i), i);
    }
  }

  /**
   * Returns the tariff lines of a schedule: the single codes its base-duty measures name, sorted.
   *
   * @param schedule the schedule
   * @return for the bundled US-India schedule, its curated HTS lines
   */
  public static List<ProductCode> lines(TariffSchedule schedule) {
    TreeSet<ProductCode> codes = new TreeSet<>();
    for (Measure m : schedule.measures()) {
      if (m.kind() == MeasureKind.BASE_DUTY) {
        for (CodeRange r : m.scope().includes()) {
          if (r.first().equals(r.last())) {
            codes.add(r.first());
          }
        }
      }
    }
    return List.copyOf(codes);
  }

  /**
   * Builds the panel: one task per change point to compile the schedule, then one per chunk of
   * lines.
   *
   * @param schedule the schedule, overlays included
   * @param lines the lines, e.g. {@link #lines(TariffSchedule)}; no duplicates
   * @param origins ISO alpha-2 countries of origin; no duplicates
   * @param fromInclusive the first day
   * @param toInclusive the last day
   * @param executor runs the per-date tasks ({@code Runnable::run} for one thread)
   * @return the panel
   * @throws dev.tariffimpact.schedule.InvalidOriginException naming an origin that is not ISO
   * @throws IllegalArgumentException on a duplicate line or origin or a reversed range
   */
  public static RatePanel build(
      TariffSchedule schedule,
      List<ProductCode> lines,
      List<String> origins,
      LocalDate fromInclusive,
      LocalDate toInclusive,
      Executor executor) {
    Objects.requireNonNull(executor, "executor");
    List<String> countries = new ArrayList<>();
    for (String o : origins) {
      countries.add(OriginScope.country(o));
    }
    requireDistinct("origin", countries);
    requireDistinct("line", lines);
    List<LocalDate> dates = ChangePoints.of(schedule, fromInclusive, toInclusive);
    int[] originClass = originClasses(schedule, countries);
    int classes = Arrays.stream(originClass).max().orElse(-1) + 1;
    String[] representative = new String[classes];
    for (int o = countries.size() - 1; o >= 0; o--) {
      representative[originClass[o]] = countries.get(o);
    }
    Map<Measure, Integer> measureIndex = new IdentityHashMap<>();
    for (Measure m : schedule.measures()) {
      measureIndex.put(m, measureIndex.size());
    }
    List<CompletableFuture<CompiledSchedule>> compiling = new ArrayList<>();
    for (LocalDate d : dates) {
      compiling.add(
          CompletableFuture.supplyAsync(() -> CompiledSchedule.of(schedule, d), executor));
    }
    CompiledSchedule[] compiled = new CompiledSchedule[dates.size()];
    for (int d = 0; d < dates.size(); d++) {
      compiled[d] = compiling.get(d).join();
    }
    Measure[][][] flipped = flipped(schedule, dates, representative);
    Context ctx = new Context(lines, compiled, flipped, representative, measureIndex);
    List<CompletableFuture<Chunk>> chunks = new ArrayList<>();
    for (int first = 0; first < lines.size(); first += CHUNK) {
      int from = first;
      int to = Math.min(lines.size(), first + CHUNK);
      chunks.add(CompletableFuture.supplyAsync(() -> chunk(ctx, from, to), executor));
    }
    // Merge in chunk order: stack numbering is the same whatever the executor.
    Map<Key, Integer> global = new HashMap<>();
    List<RateStack> stacks = new ArrayList<>();
    int n = countries.size();
    int[][] rows = new int[dates.size()][lines.size() * n];
    for (int c = 0; c < chunks.size(); c++) {
      Chunk chunk = chunks.get(c).join();
      int[] remap = new int[chunk.stacks.size()];
      int k = 0;
      for (Map.Entry<Key, RateStack> e : chunk.stacks.entrySet()) {
        Integer id = global.get(e.getKey());
        if (id == null) {
          id = stacks.size();
          global.put(e.getKey(), id);
          stacks.add(e.getValue());
        }
        remap[k++] = id;
      }
      int first = c * CHUNK;
      for (int d = 0; d < dates.size(); d++) {
        int[] local = chunk.ids[d];
        int[] out = rows[d];
        for (int l = 0; l < local.length / classes; l++) {
          int base = (first + l) * n;
          for (int o = 0; o < n; o++) {
            out[base + o] = remap[local[l * classes + originClass[o]]];
          }
        }
      }
    }
    return new RatePanel(dates, toInclusive, lines, countries, stacks, rows);
  }

  /** Lines per task. */
  private static final int CHUNK = 512;

  /** What every chunk task reads. */
  private record Context(
      List<ProductCode> lines,
      CompiledSchedule[] compiled,
      Measure[][][] flipped,
      String[] representative,
      Map<Measure, Integer> measureIndex) {}

  /** One chunk of lines: its stacks in first-seen order, ids [date][line * classes + class]. */
  private record Chunk(LinkedHashMap<Key, RateStack> stacks, int[][] ids) {}

  /**
   * Per change point after the first and per origin class, the measures that enter or leave force
   * on that day and cover the class's origin. Only a line one of them covers can change its rate.
   */
  private static Measure[][][] flipped(
      TariffSchedule schedule, List<LocalDate> dates, String[] representative) {
    Measure[][][] out = new Measure[dates.size()][representative.length][];
    for (int d = 1; d < dates.size(); d++) {
      for (int c = 0; c < representative.length; c++) {
        List<Measure> changed = new ArrayList<>();
        for (Measure m : schedule.measures()) {
          if (m.inForceOn(dates.get(d)) != m.inForceOn(dates.get(d - 1))
              && m.origins().contains(representative[c])) {
            changed.add(m);
          }
        }
        out[d][c] = changed.toArray(new Measure[0]);
      }
    }
    return out;
  }

  private static Chunk chunk(Context ctx, int from, int to) {
    int classes = ctx.representative.length;
    int dates = ctx.compiled.length;
    LinkedHashMap<Key, RateStack> stacks = new LinkedHashMap<>();
    Map<Key, Integer> local = new HashMap<>();
    int[][] ids = new int[dates][(to - from) * classes];
    for (int l = from; l < to; l++) {
      ProductCode line = ctx.lines.get(l);
      for (int c = 0; c < classes; c++) {
        int slot = (l - from) * classes + c;
        for (int d = 0; d < dates; d++) {
          if (d > 0 && !touches(ctx.flipped[d][c], line)) {
            // No measure entering or leaving force covers this line and origin: same rate.
            ids[d][slot] = ids[d - 1][slot];
            continue;
          }
          List<Measure> applicable = ctx.compiled[d].applicable(line, ctx.representative[c]);
          int[] measures = new int[applicable.size()];
          for (int i = 0; i < measures.length; i++) {
            measures[i] = ctx.measureIndex.get(applicable.get(i));
          }
          Key key = new Key(measures);
          Integer id = local.get(key);
          if (id == null) {
            id = local.size();
            local.put(key, id);
            stacks.put(key, RateStack.of(applicable));
          }
          ids[d][slot] = id;
        }
      }
    }
    return new Chunk(stacks, ids);
  }

  private static boolean touches(Measure[] changed, ProductCode line) {
    for (Measure m : changed) {
      if (m.scope().contains(line)) {
        return true;
      }
    }
    return false;
  }

  private static <T> void requireDistinct(String what, List<T> items) {
    if (new java.util.HashSet<>(items).size() != items.size()) {
      throw new IllegalArgumentException("Each " + what + " must be given once: " + items);
    }
  }

  /** Origins that every measure covers alike share a class; returns the class of each origin. */
  private static int[] originClasses(TariffSchedule schedule, List<String> countries) {
    Map<String, Integer> bySignature = new HashMap<>();
    int[] classOf = new int[countries.size()];
    List<Measure> measures = schedule.measures();
    for (int o = 0; o < countries.size(); o++) {
      char[] signature = new char[measures.size()];
      for (int m = 0; m < measures.size(); m++) {
        signature[m] = measures.get(m).origins().contains(countries.get(o)) ? '1' : '0';
      }
      classOf[o] = bySignature.computeIfAbsent(new String(signature), k -> bySignature.size());
    }
    return classOf;
  }

  /** The measures that apply, as indices into the schedule, compared by content. */
  private record Key(int[] measures) {
    @Override
    public boolean equals(Object o) {
      return o instanceof Key k && Arrays.equals(measures, k.measures);
    }

    @Override
    public int hashCode() {
      return Arrays.hashCode(measures);
    }

    @Override
    public String toString() {
      return Arrays.toString(measures);
    }
  }

  /**
   * Returns the change points, ascending; the first is the first day of the range.
   *
   * @return the dates
   */
  public List<LocalDate> changeDates() {
    return dates;
  }

  /**
   * Returns the last day of the range.
   *
   * @return the day
   */
  public LocalDate lastDay() {
    return lastDay;
  }

  /**
   * Returns the lines, in panel order.
   *
   * @return the lines
   */
  public List<ProductCode> lines() {
    return lines;
  }

  /**
   * Returns the origins, in panel order.
   *
   * @return ISO alpha-2 codes
   */
  public List<String> origins() {
    return origins;
  }

  /**
   * Returns the number of rows: change points x lines x origins.
   *
   * @return the count
   */
  public long rowCount() {
    return (long) dates.size() * lines.size() * origins.size();
  }

  /**
   * Returns the distinct rate stacks of the panel (rows share them).
   *
   * @return the stacks
   */
  public List<RateStack> distinctStacks() {
    return stacks;
  }

  /**
   * Returns the rate of a row.
   *
   * @param date index into {@link #changeDates()}
   * @param line index into {@link #lines()}
   * @param origin index into {@link #origins()}
   * @return the stack
   */
  public RateStack stack(int date, int line, int origin) {
    return stacks.get(rows[date][line * origins.size() + origin]);
  }

  /**
   * Returns the index of the change point in force on a day.
   *
   * @param day a day within the range
   * @return the index into {@link #changeDates()}
   * @throws IllegalArgumentException if the day is outside the range
   */
  public int dateIndexOn(LocalDate day) {
    if (day.isBefore(dates.get(0)) || day.isAfter(lastDay)) {
      throw new IllegalArgumentException(
          "Day " + day + " is outside the panel's range " + dates.get(0) + ".." + lastDay);
    }
    int i = java.util.Collections.binarySearch(dates, day);
    return i >= 0 ? i : -i - 2;
  }

  /**
   * Returns the rate of a line from an origin on any day of the range.
   *
   * @param day the day
   * @param line a line of the panel
   * @param origin an origin of the panel
   * @return the stack
   * @throws IllegalArgumentException naming the day, line or origin if it is not in the panel
   */
  public RateStack rateOn(LocalDate day, ProductCode line, String origin) {
    Integer l = lineIndex.get(line);
    if (l == null) {
      throw new IllegalArgumentException("Line " + line + " is not in the panel");
    }
    int o = origins.indexOf(OriginScope.country(origin));
    if (o < 0) {
      throw new IllegalArgumentException("Origin " + origin + " is not in the panel " + origins);
    }
    return stack(dateIndexOn(day), l, o);
  }

  /**
   * Returns the index of a line.
   *
   * @param line the line
   * @return the index, or -1 if the line is not in the panel
   */
  public int lineIndex(ProductCode line) {
    return lineIndex.getOrDefault(line, -1);
  }

  @Override
  public String toString() {
    return "RatePanel{dates="
        + dates.size()
        + ", lines="
        + lines.size()
        + ", origins="
        + origins.size()
        + ", rows="
        + rowCount()
        + ", stacks="
        + stacks.size()
        + '}';
  }
}
