package dev.wasm4j.pure.spec;

import dev.wasm4j.pure.spec.SuiteTally.Kind;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The spec test suite's module commands through the pure backend's decoder and validator. WebAssembly
 * 2.0 must pass completely; 3.0 too, except for the known differences listed here, and for the
 * custom-descriptors proposal, which the backend rejects as unsupported.
 */
class SpecSuiteDecodeAndValidateTest {
    /**
     * Commands that fail for reasons outside the decoder and validator, by "script:line".
     * <ul>
     * <li>The threads proposal's tests predate multi-memory and reference types, which 3.0 has.</li>
     * <li>elem.wast:516: the text encoder writes {@code funcref (ref.func 0)} as a function-index
     * segment, whose type in 3.0 is {@code (ref func)}, so the module it produces is valid.</li>
     * </ul>
     */
    private static final Set<String> KNOWN_DIFFERENCES = Set.of(
            "3.0/elem.wast:516",
            "3.0/proposals/threads/imports.wast:309",
            "3.0/proposals/threads/imports.wast:313",
            "3.0/proposals/threads/imports.wast:317",
            "3.0/proposals/threads/imports.wast:404",
            "3.0/proposals/threads/imports.wast:408",
            "3.0/proposals/threads/imports.wast:412",
            "3.0/proposals/threads/memory.wast:14",
            "3.0/proposals/threads/memory.wast:15");

    private static SuiteTally run(String edition) {
        SuiteTally tally = new SuiteTally();
        List<Path> scripts = SpecSuite.scripts(edition);
        assertTrue(scripts.size() > 100, "no spec test suite at " + SpecSuite.root().toAbsolutePath());
        for (Path script : scripts) {
            new ScriptRunner(script, tally).run();
        }
        return tally;
    }

    private static Map<String, String> unexpectedFailures(SuiteTally tally) {
        Map<String, String> unexpected = new TreeMap<>(tally.failures());
        unexpected.keySet().removeAll(KNOWN_DIFFERENCES);
        return unexpected;
    }

    @Test
    void webAssembly2SuiteIsDecodedAndValidatedExactlyAsSpecified() {
        SuiteTally tally = run("2.0");
        System.out.println(tally.report("spec suite 2.0 (decode + validate)"));
        assertAll(
                () -> assertEquals(Map.of(), tally.failures(), () -> tally.report("2.0 failures")),
                () -> assertEquals(1810, tally.passed("2.0", Kind.MALFORMED)),
                () -> assertEquals(2146, tally.passed("2.0", Kind.INVALID)),
                () -> assertEquals(1716, tally.passed("2.0", Kind.VALID)),
                () -> assertEquals(0, tally.unsupportedCount("2.0", Kind.VALID)));
    }

    @Test
    void webAssembly3SuiteIsDecodedAndValidatedExceptForUnsupportedProposals() {
        SuiteTally tally = run("3.0");
        System.out.println(tally.report("spec suite 3.0 (decode + validate)"));
        String descriptors = "3.0/proposals/custom-descriptors";
        assertAll(
                () -> assertEquals(Map.of(), unexpectedFailures(tally), () -> tally.report("3.0 failures")),
                () -> assertTrue(tally.passed("3.0", Kind.MALFORMED) >= 2094, () -> tally.report("3.0")),
                () -> assertTrue(tally.passed("3.0", Kind.INVALID) >= 2838, () -> tally.report("3.0")),
                () -> assertTrue(tally.passed("3.0", Kind.VALID) >= 2734, () -> tally.report("3.0")),
                () -> {
                    for (Kind k : Kind.values()) {
                        assertEquals(tally.unsupportedCount(descriptors, k), tally.unsupportedCount("3.0", k),
                                "only custom descriptors are unsupported");
                    }
                });
    }
}
