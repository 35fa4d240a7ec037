/**
 * Input rules shared by every reader: the decimal grammar ({@link
 * dev.tariffimpact.io.DecimalGrammar}) and how much of an input an error may quote ({@link
 * dev.tariffimpact.io.Excerpt}). The limits are listed in {@code docs/limits.md}.
 */
package dev.tariffimpact.io;
