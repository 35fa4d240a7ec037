package dev.tariffimpact.cli;

import picocli.CommandLine.IVersionProvider;

/** Reads the version from the jar manifest, falling back to "development" when run from classes. */
final class VersionProvider implements IVersionProvider {
  @Override
  public String[] getVersion() {
    String version = TariffImpactCli.class.getPackage().getImplementationVersion();
    return new String[] {
      "tariff-impact " + (version == null ? "development build" : version),
      "Java " + System.getProperty("java.version") + " (" + System.getProperty("java.vendor") + ")"
    };
  }
}
