package dev.wasm4j.pure.spec;

import dev.wasm4j.Feature;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/** Where the spec test suite is, its scripts, and the features each script is run with. */
final class SpecSuite {
    private SpecSuite() {
    }

    static Path root() {
        String configured = System.getProperty("wasm4j.testsuite");
        return Path.of(configured != null && !configured.isBlank() ? configured : "../../shared/wasm-testsuite");
    }

    /** Every {@code .wast} script under {@code edition} ("2.0" or "3.0"), subdirectories included. */
    static List<Path> scripts(String edition) {
        try (Stream<Path> files = Files.walk(root().resolve(edition))) {
            return files.filter(p -> p.toString().endsWith(".wast")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * 2.0 scripts run with WebAssembly 2.0; 3.0 ones with 3.0, plus the legacy exception instructions
     * for {@code legacy/} and the proposal's own feature for {@code proposals/NAME/}.
     */
    static Set<Feature> featuresFor(Path script) {
        Path relative = root().relativize(script);
        if (relative.getName(0).toString().equals("2.0")) {
            return EnumSet.copyOf(Feature.WASM_2_0);
        }
        EnumSet<Feature> features = EnumSet.copyOf(Feature.WASM_3_0);
        String area = relative.getNameCount() > 2 ? relative.getName(1).toString() : "";
        if (area.equals("legacy")) {
            features.add(Feature.LEGACY_EXCEPTIONS);
        } else if (area.equals("proposals")) {
            features.add(Feature.byName(relative.getName(2).toString()));
        }
        return features;
    }

    /** The edition, or for 3.0 the folder a script is in ("3.0/legacy", "3.0/proposals/threads"). */
    static String group(Path script) {
        Path relative = root().relativize(script);
        if (relative.getNameCount() <= 2) {
            return relative.getName(0).toString();
        }
        return relative.subpath(0, relative.getNameCount() - 1).toString().replace('\\', '/');
    }

    static String displayName(Path script) {
        return root().relativize(script).toString();
    }
}
