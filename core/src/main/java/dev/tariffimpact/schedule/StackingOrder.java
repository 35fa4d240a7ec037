package dev.tariffimpact.schedule;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The order in which stacking rules are evaluated: every measure after all measures that may remove
 * it. A kind name or a {@code family:NAME} reference is a group: an extra node standing for "every
 * member" as a target and another for "any member" as a source, so a group rule costs one edge per
 * member, not one per pair.
 */
final class StackingOrder {

  private StackingOrder() {}

  /**
   * Ranks the measures topologically.
   *
   * @param measures the measures, declaration order
   * @param ids index of each id
   * @return the rank of each measure
   * @throws InvalidScheduleException naming the measures of a cycle
   */
  static int[] ranks(Measure[] measures, Map<String, Integer> ids) {
    int n = measures.length;
    Map<String, Integer> targetGroup = new HashMap<>();
    Map<String, Integer> sourceGroup = new HashMap<>();
    List<List<Integer>> out = new ArrayList<>(Collections.nCopies(n, null));
    for (int s = 0; s < n; s++) {
      Measure m = measures[s];
      for (Set<String> refs : List.of(m.excludes(), m.replaces())) {
        for (String ref : refs) {
          Integer target = ids.get(ref);
          edge(out, s, target != null ? target : group(out, targetGroup, ref));
        }
      }
      for (String ref : m.excludedBy()) {
        Integer source = ids.get(ref);
        edge(out, source != null ? source : group(out, sourceGroup, ref), s);
      }
    }
    for (int i = 0; i < n; i++) {
      for (String g : groupsOf(measures[i])) {
        Integer t = targetGroup.get(g);
        if (t != null) {
          edge(out, t, i);
        }
        Integer src = sourceGroup.get(g);
        if (src != null) {
          edge(out, i, src);
        }
      }
    }
    int[] indegree = new int[out.size()];
    for (List<Integer> edges : out) {
      for (int t : edges == null ? List.<Integer>of() : edges) {
        indegree[t]++;
      }
    }
    ArrayDeque<Integer> ready = new ArrayDeque<>();
    for (int v = 0; v < indegree.length; v++) {
      if (indegree[v] == 0) {
        ready.add(v);
      }
    }
    int[] rank = new int[n];
    int next = 0;
    int seen = 0;
    while (!ready.isEmpty()) {
      int v = ready.poll();
      seen++;
      if (v < n) {
        rank[v] = next++;
      }
      for (int t : out.get(v) == null ? List.<Integer>of() : out.get(v)) {
        if (--indegree[t] == 0) {
          ready.add(t);
        }
      }
    }
    if (seen < indegree.length) {
      Set<String> stuck = new TreeSet<>();
      for (int v = 0; v < n; v++) {
        if (indegree[v] > 0) {
          stuck.add(measures[v].id());
        }
      }
      throw new InvalidScheduleException(
          "Stacking rules (excludes, excludedBy, replaces) form a cycle among or before: "
              + String.join(", ", stuck));
    }
    return rank;
  }

  private static List<String> groupsOf(Measure m) {
    return m.family().isEmpty()
        ? List.of(m.kind().name())
        : List.of(m.kind().name(), Measure.FAMILY_PREFIX + m.family());
  }

  private static int group(List<List<Integer>> out, Map<String, Integer> groups, String ref) {
    return groups.computeIfAbsent(
        ref,
        k -> {
          out.add(null);
          return out.size() - 1;
        });
  }

  private static void edge(List<List<Integer>> out, int from, int to) {
    if (out.get(from) == null) {
      out.set(from, new ArrayList<>());
    }
    out.get(from).add(to);
  }
}
