package dev.wasm4j.capi;

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
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.OptionalLong;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CompileTest extends WasmtimeTestSupport {
    private static final byte[] HEADER = {0, 'a', 's', 'm', 1, 0, 0, 0};

    @Test
    void bad_magic_number_is_malformed_with_wasmtimes_reason() {
        byte[] bytes = {0, 'a', 's', 'x', 1, 0, 0, 0};
        MalformedModuleException e = assertThrows(MalformedModuleException.class,
                () -> Module.fromBytes(engine(), bytes));
        assertTrue(e.reason().contains("magic header not detected"), e.reason());
        assertEquals(0, e.offset());
        assertThrows(MalformedModuleException.class, () -> Module.validate(engine(), bytes));
    }

    @Test
    void truncated_module_is_malformed() {
        byte[] bytes = {0, 'a', 's', 'm', 1, 0};
        MalformedModuleException e = assertThrows(MalformedModuleException.class,
                () -> Module.fromBytes(engine(), bytes));
        assertTrue(e.reason().contains("unexpected end"), e.reason());
    }

    @Test
    void type_error_is_invalid_with_wasmtimes_reason_and_offset() {
        InvalidModuleException e = assertThrows(InvalidModuleException.class,
                () -> compile("(module (func (result i32) i64.const 1))"));
        assertTrue(e.reason().contains("type mismatch"), e.reason());
        assertTrue(e.offset() > 8, "offset " + e.offset());
        assertThrows(InvalidModuleException.class, () -> Module.validate(engine(),
                Module.textToBinary("(module (func (result i32) i64.const 1))", "test")));
    }

    @Test
    void a_disabled_feature_makes_a_module_invalid() {
        try (Engine noSimd = Engine.builder().backend(WasmtimeBackend.NAME).feature(Feature.SIMD, false).build()) {
            byte[] wasm = Module.textToBinary("(module (func (result v128) v128.const i64x2 1 2))", "test");
            assertThrows(InvalidModuleException.class, () -> Module.fromBytes(noSimd, wasm));
            Module.fromBytes(engine(), wasm); // the default engine has SIMD
        }
    }

    @Test
    void features_wasmtime_lacks_are_unsupported() {
        try (Engine descriptors = Engine.builder().backend(WasmtimeBackend.NAME)
                .feature(Feature.CUSTOM_DESCRIPTORS, true).build()) {
            UnsupportedFeatureException e = assertThrows(UnsupportedFeatureException.class,
                    () -> Module.fromText(descriptors, "(module)"));
            assertEquals("custom-descriptors", e.feature());
        }
    }

    @Test
    void imports_and_exports_have_full_types() {
        Module m = compile("""
                (module
                  (import "env" "f" (func (param i32 f64) (result i64)))
                  (import "env" "mem" (memory 1 5))
                  (import "env" "tab" (table 2 funcref))
                  (import "env" "g" (global (mut f32)))
                  (func (export "v") (param v128 externref) (result funcref) ref.null func)
                  (table (export "t") 3 10 externref)
                  (global (export "c") i64 (i64.const 7)))
                """);
        assertEquals(List.of(
                new ImportType("env", "f", new FuncType(List.of(ValType.I32, ValType.F64), List.of(ValType.I64))),
                new ImportType("env", "mem", MemoryType.of(1, OptionalLong.of(5))),
                new ImportType("env", "tab", TableType.of(RefType.FUNCREF, 2, OptionalLong.empty())),
                new ImportType("env", "g", new GlobalType(ValType.F32, true))), m.imports());
        assertEquals(List.of(
                new ExportType("v", new FuncType(List.of(ValType.V128, ValType.EXTERNREF), List.of(ValType.FUNCREF))),
                new ExportType("t", TableType.of(RefType.EXTERNREF, 3, OptionalLong.of(10))),
                new ExportType("c", new GlobalType(ValType.I64, false))), m.exports());
    }

    @Test
    void custom_sections_and_names_come_from_the_binary() {
        byte[] body = Module.textToBinary("(module (func) (func (param i32)))", "test");
        byte[] names = {
            0, 5, 4, 'd', 'e', 'm', 'o',                 // subsection 0, 5 bytes: module name "demo"
            1, 9, 1, 1, 6, 's', 'e', 'c', 'o', 'n', 'd', // subsection 1, 9 bytes: function 1 is "second"
            2, 6, 1, 1, 1, 0, 1, 'x'};                   // subsection 2, 6 bytes: local 0 of function 1 is "x"
        byte[] wasm = concat(body, customSection("name", names),
                customSection("hello", "world".getBytes(StandardCharsets.UTF_8)));

        Module m = Module.fromBytes(engine(), wasm);
        List<CustomSection> sections = m.customSections();
        assertEquals(List.of("name", "hello"), sections.stream().map(CustomSection::name).toList());
        assertArrayEquals("world".getBytes(StandardCharsets.UTF_8), m.customSections("hello").get(0).data());
        assertEquals("demo", m.names().moduleName().orElseThrow());
        assertEquals("second", m.names().functionName(1).orElseThrow());
        assertTrue(m.names().functionName(0).isEmpty());
        assertEquals("x", m.names().localNames().get(1).get(0));
    }

    @Test
    void a_malformed_name_section_is_ignored() {
        byte[] truncated = {1, 9, 1}; // a function-names subsection promising 9 bytes, giving 1
        byte[] wasm = concat(Module.textToBinary("(module (func))", "test"), customSection("name", truncated));
        Module m = Module.fromBytes(engine(), wasm);
        assertTrue(m.names().functionNames().isEmpty());
        assertEquals(1, m.customSections("name").size());
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

    @Test
    void a_module_without_name_section_has_empty_names() {
        Module m = compile("(module (func))");
        assertTrue(m.customSections().isEmpty());
        assertTrue(m.names().functionNames().isEmpty());
        assertTrue(m.names().moduleName().isEmpty());
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

    @Test
    void the_header_alone_is_a_valid_empty_module() {
        Module m = Module.fromBytes(engine(), HEADER);
        assertTrue(m.imports().isEmpty() && m.exports().isEmpty());
    }
}
