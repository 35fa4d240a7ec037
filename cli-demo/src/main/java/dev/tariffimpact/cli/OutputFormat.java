package dev.tariffimpact.cli;

/** The {@code --format} choices: an aligned table for a terminal, JSON, or CSV. */
enum OutputFormat {
  table,
  json,
  csv
}
