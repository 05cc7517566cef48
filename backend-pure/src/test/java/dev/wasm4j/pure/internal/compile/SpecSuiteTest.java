package dev.wasm4j.pure.internal.compile;

import dev.wasm4j.Feature;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The execution commands of the spec suite's 2.0 scripts, run below the public API (the
 * conformance module runs everything through it). By default with every function split into tiny
 * parts and every br_table in its large form, which exercises both on every construct of the suite.
 *
 * <p>{@code -Dwasm4j.specsuite=<dir>} additionally prints a per-file report ({@code -Dwasm4j.specfile=x}
 * keeps files whose name contains x, {@code -Dwasm4j.specsplit=N} splits into parts of about N bytes).
 */
class SpecSuiteTest {
    private static final Path DEFAULT_DIR = Path.of("../../shared/wasm-testsuite/2.0");

    @Test
    void everyExecutionCommandPassesWithFunctionsSplitIntoTinyParts() throws Exception {
        Assumptions.assumeTrue(Files.isDirectory(DEFAULT_DIR), "spec suite not found at " + DEFAULT_DIR);
        List<String> failures = new ArrayList<>();
        FunctionSplitter.setLimits(40, 40, 1);
        // Every br_table in the form large ones take, too (a switch over its distinct targets).
        ControlEmitters.setLargeBrTable(0);
        try {
            for (Path f : files(DEFAULT_DIR, "")) {
                failures.addAll(SpecScriptRunner.run(f).failures);
            }
        } finally {
            FunctionSplitter.resetLimits();
            ControlEmitters.setLargeBrTable(ControlEmitters.LARGE_BR_TABLE);
        }
        assertEquals(List.of(), failures);
    }

    /**
     * 3.0 scripts whose every module backend pure compiles (exceptions, tail calls, memory64, multi-memory,
     * typed function references), with tiny parts: a try_table's handler and the parts called inside
     * it, a tail call made from a part.
     */
    @Test
    void threePointOhScriptsOfCompiledFeaturesPassWithFunctionsSplitIntoTinyParts() throws Exception {
        Path dir = DEFAULT_DIR.resolveSibling("3.0");
        Assumptions.assumeTrue(Files.isDirectory(dir), "spec suite not found at " + dir);
        List<String> failures = new ArrayList<>();
        FunctionSplitter.setLimits(40, 40, 1);
        try {
            for (String name : THREE_POINT_OH_FILES) {
                // A module using a feature pure does not compile would fail here, not be skipped.
                failures.addAll(SpecScriptRunner.run(dir.resolve(name), THREE_POINT_OH_FEATURES).failures);
            }
        } finally {
            FunctionSplitter.resetLimits();
        }
        assertEquals(List.of(), failures);
    }

    /**
     * Both suites again with fuel charges and epoch checks compiled in (enough fuel, a deadline never
     * reached), so that every construct, split into tiny parts, runs with them: nothing may change but
     * the fuel, which must have been consumed.
     */
    @Test
    void everyExecutionCommandPassesWithFuelAndEpochChecksCompiledIn() throws Exception {
        Path threePointOh = DEFAULT_DIR.resolveSibling("3.0");
        Assumptions.assumeTrue(Files.isDirectory(DEFAULT_DIR) && Files.isDirectory(threePointOh), "spec suite not found");
        Instrumentation both = new Instrumentation(true, true);
        List<String> failures = new ArrayList<>();
        long fuel = 0;
        FunctionSplitter.setLimits(40, 40, 1);
        try {
            for (Path f : files(DEFAULT_DIR, "")) {
                SpecScriptRunner r = SpecScriptRunner.run(f, Feature.WASM_2_0, both);
                failures.addAll(r.failures);
                fuel += r.fuelConsumed();
            }
            for (String name : THREE_POINT_OH_FILES) {
                SpecScriptRunner r = SpecScriptRunner.run(threePointOh.resolve(name), THREE_POINT_OH_FEATURES, both);
                failures.addAll(r.failures);
                fuel += r.fuelConsumed();
            }
        } finally {
            FunctionSplitter.resetLimits();
        }
        assertEquals(List.of(), failures);
        assertTrue(fuel > 1_000_000, "fuel consumed: " + fuel);
    }

    /** 3.0 and the legacy exception instructions (the legacy/ scripts). */
    private static final Set<Feature> THREE_POINT_OH_FEATURES = legacyToo();

    private static Set<Feature> legacyToo() {
        EnumSet<Feature> s = EnumSet.copyOf(Feature.WASM_3_0);
        s.add(Feature.LEGACY_EXCEPTIONS);
        return s;
    }

    private static final List<String> THREE_POINT_OH_FILES = List.of("throw.wast", "throw_ref.wast", "try_table.wast",
            "legacy/try_catch.wast", "legacy/try_delegate.wast", "legacy/rethrow.wast", "legacy/throw.wast",
            "return_call.wast", "return_call_indirect.wast", "return_call_ref.wast",
            "address64.wast", "memory_trap64.wast", "memory_copy64.wast", "address1.wast", "memory_trap1.wast",
            "memory-multi.wast", "br_on_null.wast", "br_on_non_null.wast", "call_ref.wast", "ref_as_non_null.wast");

    @Test
    @EnabledIfSystemProperty(named = "wasm4j.specsuite", matches = ".+")
    void reportsTheSuite() throws Exception {
        Integer split = Integer.getInteger("wasm4j.specsplit");
        if (split != null) {
            FunctionSplitter.setLimits(split, split, 1);
        }
        try {
            report(Path.of(System.getProperty("wasm4j.specsuite")));
        } finally {
            FunctionSplitter.resetLimits();
        }
    }

    private static List<Path> files(Path dir, String only) throws Exception {
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(p -> p.toString().endsWith(".wast"))
                    .filter(p -> p.getFileName().toString().contains(only))
                    .sorted().toList();
        }
    }

    private static void report(Path dir) throws Exception {
        int passed = 0;
        int failed = 0;
        StringBuilder report = new StringBuilder();
        for (Path f : files(dir, System.getProperty("wasm4j.specfile", ""))) {
            SpecScriptRunner r;
            try {
                r = SpecScriptRunner.run(f);
            } catch (Throwable t) {
                report.append(String.format("%-36s script error: %s%n", f.getFileName(), t));
                failed++;
                continue;
            }
            passed += r.passed;
            failed += r.failures.size();
            report.append(String.format("%-36s %5d passed %5d failed %5d skipped%n", f.getFileName(), r.passed,
                    r.failures.size(), r.skipped));
            r.failures.stream().limit(Integer.getInteger("wasm4j.specshow", 5))
                    .forEach(m -> report.append("    ").append(m).append('\n'));
        }
        report.append(String.format("TOTAL %d passed, %d failed%n", passed, failed));
        System.out.println(report);
    }
}
