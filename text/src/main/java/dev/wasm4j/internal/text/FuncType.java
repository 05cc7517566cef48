package dev.wasm4j.internal.text;

import java.util.List;

/** A function type: parameter and result types. */
record FuncType(List<ValType> params, List<ValType> results) {
    FuncType {
        params = List.copyOf(params);
        results = List.copyOf(results);
    }

    void encode(ByteWriter out) {
        out.u8(0x60);
        out.u32(params.size());
        params.forEach(t -> t.encode(out));
        out.u32(results.size());
        results.forEach(t -> t.encode(out));
    }
}
