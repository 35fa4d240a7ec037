/**
 * File-shaped records read by Jackson before validation into the domain; not API. Exported only to
 * Jackson databind, which needs to construct the records.
 */
package dev.tariffimpact.io.schedule.internal;
