/**
 * Importer of India's customs reference tables (effective BCD of Notification 45/2025-Customs, AIDC
 * of 11/2021-Customs, SWS exemptions of 11/2018-Customs, Health Cess exemptions of 8/2020-Customs,
 * IGST schedule of 9/2025, 10/2025 and 19/2025-Integrated Tax (Rate)) into the normalised files of
 * {@code data/india/}. Not exported: the build's generator tests use it.
 */
package dev.tariffimpact.io.india;
