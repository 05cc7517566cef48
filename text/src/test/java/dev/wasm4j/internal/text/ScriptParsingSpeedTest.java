package dev.wasm4j.internal.text;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.wasm4j.internal.text.wast.WastParser;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The largest suite scripts must parse well within a second each. */
class ScriptParsingSpeedTest {

    @Test
    void largestScriptsParseInUnderASecond() throws Exception {
        Path root = SpecSuite.root();
        for (String name : new String[] {"3.0/simd_f32x4_pmin_pmax.wast", "3.0/simd_f64x2_pmin_pmax.wast",
                "3.0/simd_f32x4_cmp.wast", "3.0/simd_f32x4_arith.wast", "3.0/memory64.wast"}) {
            String source = Files.readString(root.resolve(name));
            long start = System.nanoTime();
            WastParser.parse(source, name);
            long millis = (System.nanoTime() - start) / 1_000_000;
            assertTrue(millis < 1000, name + " took " + millis + " ms");
        }
    }
}
