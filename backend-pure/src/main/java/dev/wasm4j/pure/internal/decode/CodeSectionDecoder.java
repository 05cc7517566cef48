package dev.wasm4j.pure.internal.decode;

import dev.wasm4j.pure.internal.model.FunctionBody;

import java.util.Arrays;

/**
 * Decodes the code section's frame: each body's local declarations and the byte range of its
 * instructions. The instructions themselves are left for lazy decoding with {@link CodeReader}.
 */
final class CodeSectionDecoder {
    /** The most locals a function may declare (wasmtime's limit; the format allows 2^32-1). */
    static final int MAX_LOCALS = 50_000;

    private final DecodeContext cx;
    private final ByteReader in;

    CodeSectionDecoder(DecodeContext cx) {
        this.cx = cx;
        this.in = cx.in;
    }

    void decode() {
        int count = cx.readCount();
        int firstIndex = cx.module.importedFuncCount();
        for (int i = 0; i < count; i++) {
            int size = in.readLength();
            int bodyStart = in.position();
            int end = bodyStart + size;
            cx.module.addBody(readBody(firstIndex + i, bodyStart, end));
            in.position(end);
        }
    }

    private FunctionBody readBody(int funcIndex, int bodyStart, int end) {
        int runs = cx.readCount();
        int capacity = DecodeContext.capacityHint(runs);
        int[] counts = new int[capacity];
        int[] types = new int[capacity];
        long total = 0;
        for (int r = 0; r < runs; r++) {
            int at = in.position();
            long n = in.readU32AsLong();
            total += n;
            if (total > MAX_LOCALS) {
                throw ByteReader.malformed(at, "too many locals");
            }
            if (r == counts.length) {
                counts = Arrays.copyOf(counts, r * 2);
                types = Arrays.copyOf(types, r * 2);
            }
            counts[r] = (int) n;
            types[r] = cx.types.readValueType(in);
        }
        int codeStart = in.position();
        if (codeStart > end) {
            throw ByteReader.malformed(bodyStart, "section size mismatch");
        }
        return new FunctionBody(funcIndex, Arrays.copyOf(counts, runs), Arrays.copyOf(types, runs), bodyStart,
                codeStart, end);
    }
}
