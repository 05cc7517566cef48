package dev.wasm4j.conformance;

import dev.wasm4j.Feature;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/** Where the spec suite is, which files it has, and which features each file needs. */
public final class SuiteFiles {
    public static final String SUITE_PROPERTY = "wasm4j.testsuite";

    private SuiteFiles() {
    }

    /**
     * The suite root: the system property {@value #SUITE_PROPERTY}, else {@code ../shared/wasm-testsuite}
     * seen from the repository or from a module directory.
     */
    public static Path suiteRoot() {
        String prop = System.getProperty(SUITE_PROPERTY);
        if (prop != null && Files.isDirectory(Path.of(prop))) {
            return Path.of(prop).toAbsolutePath().normalize();
        }
        for (String candidate : List.of("../shared/wasm-testsuite", "../../shared/wasm-testsuite")) {
            Path p = Path.of(candidate);
            if (Files.isDirectory(p)) {
                return p.toAbsolutePath().normalize();
            }
        }
        throw new IllegalStateException("spec test suite not found: set -D" + SUITE_PROPERTY
                + " or put it at ../shared/wasm-testsuite");
    }

    /** Every .wast file under {@code root}, sorted by path. */
    public static List<Path> all(Path root) {
        try (Stream<Path> s = Files.walk(root)) {
            return s.filter(p -> p.toString().endsWith(".wast")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The file's path relative to the suite root, with forward slashes (the table's row key). */
    public static String relativeName(Path root, Path file) {
        return root.relativize(file.toAbsolutePath().normalize()).toString().replace('\\', '/');
    }

    /**
     * The features a suite file is written for: WebAssembly 2.0 for files under {@code 2.0/}, 3.0 for
     * {@code 3.0/}, plus the legacy exception instructions or the proposal of {@code 3.0/legacy/} and
     * {@code 3.0/proposals/NAME/}. The threads proposal's files predate 3.0 (they expect a second memory
     * or table to be invalid), so they get 2.0 plus threads. Files outside the suite get the 3.0 set.
     */
    public static Set<Feature> featuresFor(String path) {
        String p = path.replace('\\', '/');
        if (p.startsWith("2.0/") || p.contains("/2.0/")) {
            return Feature.WASM_2_0;
        }
        EnumSet<Feature> set = EnumSet.copyOf(Feature.WASM_3_0);
        if (p.contains("/legacy/") || p.startsWith("3.0/legacy/")) {
            set.add(Feature.LEGACY_EXCEPTIONS);
        }
        int i = p.indexOf("proposals/");
        if (i >= 0) {
            Feature proposal = Feature.byName(p.substring(i + "proposals/".length()).split("/")[0]);
            if (proposal == Feature.THREADS) {
                set = EnumSet.copyOf(Feature.WASM_2_0);
            }
            set.add(proposal);
        }
        return set;
    }
}
