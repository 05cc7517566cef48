package dev.wasm4j.internal.text;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** Locates the official spec test suite and lists its scripts. */
final class SpecSuite {
    private SpecSuite() {}

    /**
     * The suite root: system property {@code wasm4j.testsuite} if it names a directory, else
     * {@code ../../shared/wasm-testsuite} relative to the module directory.
     */
    static Path root() {
        String configured = System.getProperty("wasm4j.testsuite");
        if (configured != null && !configured.isBlank() && Files.isDirectory(Path.of(configured))) {
            return Path.of(configured).toAbsolutePath().normalize();
        }
        return Path.of("..", "..", "shared", "wasm-testsuite").toAbsolutePath().normalize();
    }

    static List<Path> scripts() {
        Path root = root();
        if (!Files.isDirectory(root)) {
            throw new IllegalStateException("spec test suite not found at " + root);
        }
        try (Stream<Path> s = Files.walk(root)) {
            return s.filter(p -> p.toString().endsWith(".wast")).sorted().collect(Collectors.toList());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String read(Path p) {
        try {
            return Files.readString(p);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String name(Path p) {
        return root().relativize(p).toString().replace('\\', '/');
    }
}
