package dev.wasm4j.cli;

import picocli.CommandLine.IVersionProvider;

/** Reports the version from the jar manifest (the Maven project version). */
final class VersionProvider implements IVersionProvider {
    @Override
    public String[] getVersion() {
        String v = Main.class.getPackage().getImplementationVersion();
        return new String[] {"wasm4j " + (v == null ? "(development build)" : v)};
    }
}
