package dev.tariffimpact.io.schedule;

/**
 * Which files a schedule or scenario catalogue may name (product lists, schedules, overlays).
 *
 * <p>A file from elsewhere must not make the reader open {@code /etc/passwd}: by default a
 * referenced path must be relative and stay inside the referencing file's folder.
 */
public enum ReferencePolicy {
  /**
   * Relative paths only, resolved against the referencing file's folder, never leaving it: an
   * absolute path or one that climbs out with {@code ..} is an error naming the JSON path.
   */
  CONFINED,

  /** Any path: absolute paths and {@code ..} are followed (CLI: {@code --allow-external-paths}). */
  ALLOW_EXTERNAL
}
