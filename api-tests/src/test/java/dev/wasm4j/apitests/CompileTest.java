package dev.wasm4j.apitests;

import dev.wasm4j.CompileException;
import dev.wasm4j.CustomSection;
import dev.wasm4j.Engine;
import dev.wasm4j.ExportType;
import dev.wasm4j.Feature;
import dev.wasm4j.FuncType;
import dev.wasm4j.GlobalType;
import dev.wasm4j.ImportType;
import dev.wasm4j.InvalidModuleException;
import dev.wasm4j.MalformedModuleException;
import dev.wasm4j.MemoryType;
import dev.wasm4j.Module;
import dev.wasm4j.RefType;
import dev.wasm4j.TableType;
import dev.wasm4j.UnsupportedFeatureException;
import dev.wasm4j.ValType;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.OptionalLong;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Compiling modules: the errors, the import and export types, custom sections and names. */
class CompileTest {
    private static final byte[] HEADER = {0, 'a', 's', 'm', 1, 0, 0, 0};

    @OnEveryBackend
    void badMagicNumberIsMalformedAtOffsetZero(Wasm w) {
        byte[] bytes = {0, 'a', 's', 'x', 1, 0, 0, 0};
        MalformedModuleException e = assertThrows(MalformedModuleException.class,
                () -> Module.fromBytes(w.engine(), bytes));
        assertTrue(e.reason().contains("magic header not detected"), e.reason());
        assertEquals(0, e.offset());
        assertThrows(MalformedModuleException.class, () -> Module.validate(w.engine(), bytes));
    }

    @OnEveryBackend
    void truncatedModuleIsMalformed(Wasm w) {
        byte[] bytes = {0, 'a', 's', 'm', 1, 0};
        MalformedModuleException e = assertThrows(MalformedModuleException.class,
                () -> Module.fromBytes(w.engine(), bytes));
        assertTrue(e.reason().contains("unexpected end"), e.reason());
    }

    @OnEveryBackend
    void typeErrorIsInvalidWithItsReasonAndOffset(Wasm w) {
        InvalidModuleException e = assertThrows(InvalidModuleException.class,
                () -> w.compile("(module (func (result i32) i64.const 1))"));
        assertTrue(e.reason().contains("type mismatch"), e.reason());
        assertTrue(e.offset() > 8, "offset " + e.offset());
        assertThrows(InvalidModuleException.class, () -> Module.validate(w.engine(),
                Module.textToBinary("(module (func (result i32) i64.const 1))", "test")));
    }

    /**
     * A module using a switched-off feature does not compile. Whether that is malformed (pure: a 2.0 decoder
     * without SIMD knows no v128 type) or invalid (wasmtime: a validation error) differs per backend; it is
     * never an unsupported feature.
     */
    @OnEveryBackend
    void aDisabledFeatureMakesAModuleIllegal(Wasm w) {
        String wat = "(module (func (result v128) v128.const i64x2 1 2))";
        try (Engine noSimd = w.engineBuilder().feature(Feature.SIMD, false).build()) {
            byte[] wasm = Module.textToBinary(wat, "test");
            CompileException e = assertThrows(CompileException.class, () -> Module.fromBytes(noSimd, wasm));
            assertTrue(e instanceof MalformedModuleException || e instanceof InvalidModuleException, e::toString);
            w.compileNeeding(Feature.SIMD, wat); // the default engine has SIMD
        }
    }

    @OnEveryBackend
    void featuresABackendLacksAreUnsupported(Wasm w) {
        try (Engine descriptors = w.engineBuilder().feature(Feature.CUSTOM_DESCRIPTORS, true).build()) {
            UnsupportedFeatureException e = assertThrows(UnsupportedFeatureException.class,
                    () -> Module.fromText(descriptors, "(module)"));
            assertEquals("custom-descriptors", e.feature());
            assertTrue(e.getMessage().contains("custom-descriptors"), e.getMessage());
            assertTrue(e.getMessage().contains("backend " + w), e.getMessage());
        }
    }

    @OnEveryBackend
    void importsAndExportsHaveFullTypes(Wasm w) {
        Module m = w.compile("""
                (module
                  (import "env" "f" (func (param i32 f64) (result i64)))
                  (import "env" "mem" (memory 1 5))
                  (import "env" "tab" (table 2 funcref))
                  (import "env" "g" (global (mut f32)))
                  (func (export "v") (param externref) (result funcref) ref.null func)
                  (table (export "t") 3 10 externref)
                  (global (export "c") i64 (i64.const 7)))
                """);
        assertEquals(List.of(
                new ImportType("env", "f", new FuncType(List.of(ValType.I32, ValType.F64), List.of(ValType.I64))),
                new ImportType("env", "mem", MemoryType.of(1, OptionalLong.of(5))),
                new ImportType("env", "tab", TableType.of(RefType.FUNCREF, 2, OptionalLong.empty())),
                new ImportType("env", "g", new GlobalType(ValType.F32, true))), m.imports());
        assertEquals(List.of(
                new ExportType("v", new FuncType(List.of(ValType.EXTERNREF), List.of(ValType.FUNCREF))),
                new ExportType("t", TableType.of(RefType.EXTERNREF, 3, OptionalLong.of(10))),
                new ExportType("c", new GlobalType(ValType.I64, false))), m.exports());
    }

    @OnEveryBackend
    void v128InImportAndExportTypes(Wasm w) {
        Module m = w.compileNeeding(Feature.SIMD, """
                (module
                  (import "env" "s" (func (param v128) (result v128)))
                  (func (export "v") (param v128 externref) (result funcref) ref.null func))
                """);
        assertEquals(List.of(new ImportType("env", "s", new FuncType(List.of(ValType.V128), List.of(ValType.V128)))),
                m.imports());
        assertEquals(List.of(
                new ExportType("v", new FuncType(List.of(ValType.V128, ValType.EXTERNREF), List.of(ValType.FUNCREF)))),
                m.exports());
    }

    @OnEveryBackend
    void customSectionsAndNamesComeFromTheBinary(Wasm w) {
        byte[] body = Module.textToBinary("(module (func) (func (param i32)))", "test");
        byte[] names = {
            0, 5, 4, 'd', 'e', 'm', 'o',                 // subsection 0, 5 bytes: module name "demo"
            1, 9, 1, 1, 6, 's', 'e', 'c', 'o', 'n', 'd', // subsection 1, 9 bytes: function 1 is "second"
            2, 6, 1, 1, 1, 0, 1, 'x'};                   // subsection 2, 6 bytes: local 0 of function 1 is "x"
        byte[] wasm = concat(body, customSection("name", names),
                customSection("hello", "world".getBytes(StandardCharsets.UTF_8)));

        Module m = Module.fromBytes(w.engine(), wasm);
        List<CustomSection> sections = m.customSections();
        assertEquals(List.of("name", "hello"), sections.stream().map(CustomSection::name).toList());
        assertArrayEquals("world".getBytes(StandardCharsets.UTF_8), m.customSections("hello").get(0).data());
        assertEquals("demo", m.names().moduleName().orElseThrow());
        assertEquals("second", m.names().functionName(1).orElseThrow());
        assertTrue(m.names().functionName(0).isEmpty());
        assertEquals("x", m.names().localNames().get(1).get(0));
    }

    @OnEveryBackend
    void aMalformedNameSectionIsIgnored(Wasm w) {
        byte[] truncated = {1, 9, 1}; // a function-names subsection promising 9 bytes, giving 1
        byte[] wasm = concat(Module.textToBinary("(module (func))", "test"), customSection("name", truncated));
        Module m = Module.fromBytes(w.engine(), wasm);
        assertTrue(m.names().functionNames().isEmpty());
        assertEquals(1, m.customSections("name").size());
    }

    @OnEveryBackend
    void aModuleWithoutNameSectionHasEmptyNames(Wasm w) {
        Module m = w.compile("(module (func))");
        assertTrue(m.customSections().isEmpty());
        assertTrue(m.names().functionNames().isEmpty());
        assertTrue(m.names().moduleName().isEmpty());
    }

    @OnEveryBackend
    void theHeaderAloneIsAValidEmptyModule(Wasm w) {
        Module m = Module.fromBytes(w.engine(), HEADER);
        assertTrue(m.imports().isEmpty() && m.exports().isEmpty());
    }

    private static byte[] concat(byte[]... parts) {
        int length = 0;
        for (byte[] p : parts) {
            length += p.length;
        }
        byte[] out = new byte[length];
        int at = 0;
        for (byte[] p : parts) {
            System.arraycopy(p, 0, out, at, p.length);
            at += p.length;
        }
        return out;
    }

    private static byte[] customSection(String name, byte[] data) {
        byte[] n = name.getBytes(StandardCharsets.UTF_8);
        int size = 1 + n.length + data.length;
        byte[] out = new byte[2 + size];
        out[0] = 0;
        out[1] = (byte) size; // small enough for one LEB byte
        out[2] = (byte) n.length;
        System.arraycopy(n, 0, out, 3, n.length);
        System.arraycopy(data, 0, out, 3 + n.length, data.length);
        return out;
    }
}
