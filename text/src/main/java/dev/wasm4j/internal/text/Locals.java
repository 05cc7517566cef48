package dev.wasm4j.internal.text;

import java.util.ArrayList;
import java.util.List;

/** A function's parameters and locals: their ids and the declared local types. */
final class Locals {
    final IndexSpace space = new IndexSpace("local");
    final List<ValType> declared = new ArrayList<>();

    /** Encodes the local declarations, runs of equal types compressed into one entry. */
    void encode(ByteWriter out) {
        ByteWriter entries = new ByteWriter();
        int runs = 0;
        int i = 0;
        while (i < declared.size()) {
            int j = i;
            while (j < declared.size() && declared.get(j).equals(declared.get(i))) {
                j++;
            }
            entries.u32(j - i);
            declared.get(i).encode(entries);
            runs++;
            i = j;
        }
        out.u32(runs);
        out.append(entries);
    }
}
