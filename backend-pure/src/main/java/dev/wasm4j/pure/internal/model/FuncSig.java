package dev.wasm4j.pure.internal.model;

import java.util.Arrays;

/** A function type in int-coded value types (see {@link ValueTypes}). Immutable. */
public final class FuncSig implements CompositeType {
    public static final FuncSig EMPTY = new FuncSig(new int[0], new int[0]);

    private final int[] params;
    private final int[] results;

    public FuncSig(int[] params, int[] results) {
        this.params = params.clone();
        this.results = results.clone();
    }

    public int paramCount() {
        return params.length;
    }

    public int param(int i) {
        return params[i];
    }

    public int resultCount() {
        return results.length;
    }

    public int result(int i) {
        return results[i];
    }

    public int[] params() {
        return params.clone();
    }

    public int[] results() {
        return results.clone();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof FuncSig f && Arrays.equals(f.params, params) && Arrays.equals(f.results, results);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(params) * 31 + Arrays.hashCode(results);
    }

    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder("(func");
        append(sb, "param", params);
        append(sb, "result", results);
        return sb.append(')').toString();
    }

    private static void append(StringBuilder sb, String word, int[] types) {
        if (types.length > 0) {
            sb.append(" (").append(word);
            for (int t : types) {
                sb.append(' ').append(ValueTypes.toString(t));
            }
            sb.append(')');
        }
    }
}
