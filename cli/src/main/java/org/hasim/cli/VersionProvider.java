package org.hasim.cli;

import picocli.CommandLine.IVersionProvider;

/** Version string from the jar manifest (set by the build), "dev" when run from classes. */
public final class VersionProvider implements IVersionProvider {
  public static String version() {
    String v = Main.class.getPackage().getImplementationVersion();
    return v == null ? "0.1.0-dev" : v;
  }

  @Override
  public String[] getVersion() {
    return new String[] {"hasim " + version()};
  }
}
