package dev.wasm4j.capi;

import dev.wasm4j.CustomSection;
import dev.wasm4j.ModuleNames;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What backend-native reads from a module's bytes itself, because wasmtime's C API does not expose it:
 * custom sections, the name section, table limits past 32 bits and the 64-bit flag, and where each
 * function's code is (to tell which instruction trapped).
 *
 * @param customSections every custom section, in binary order
 * @param names          the decoded name section
 * @param tables         every table, imported ones first (empty if the scan could not read them)
 * @param importedTables table index of each import that is a table, by import position (others absent)
 * @param exportIndices  the index in its index space of each export, by export position
 * @param importedFunctions how many functions are imported
 * @param codeStarts     the byte offset where each defined function's body starts (its locals first)
 */
record BinaryLayout(List<CustomSection> customSections, ModuleNames names, List<TableLimits> tables,
                    Map<Integer, Integer> importedTables, List<Integer> exportIndices, int importedFunctions,
                    int[] codeStarts) {

    /** A table's limits as the binary states them. */
    record TableLimits(long minimum, Optional<Long> maximum, boolean table64) {
    }

    /** Where the body of function {@code index} starts (-1 for an imported or unknown function). */
    long functionStart(int index) {
        int defined = index - importedFunctions;
        return defined >= 0 && defined < codeStarts.length ? codeStarts[defined] : -1;
    }
}
