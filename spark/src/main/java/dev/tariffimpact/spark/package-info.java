/** The bulk engine and the Monte Carlo sweeps on Apache Spark. */
package dev.tariffimpact.spark;
